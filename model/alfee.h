// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The small facade the rest of the program uses (in the spirit of whisper.cpp's header): one
// object owns a model on its device and answers the questions the application asks.
// Thread safety: one AlfeeSession per thread; calls on one session are not concurrent-safe.

#include <optional>
#include <string>

#include "model/alfee_model.h"
#include "model/checkpoint.h"
#include "model/losses.h"
#include "model/runtime.h"

namespace alfee::model {

// A reconstruction of a window under one mask, with the target it is judged against.
struct Reconstruction {
    at::Tensor prediction;  // [B, T, C, 385]
    at::Tensor target;      // [B, T, C, 385]
    MaskPlan plan;
};

// A model on a device, with bf16 autocast on CUDA.
class AlfeeSession {
  public:
    AlfeeSession(const ModelConfig& config, const c10::Device& device);
    AlfeeSession(Alfee model, const c10::Device& device);

    Alfee& model() { return model_; }
    const c10::Device& device() const { return device_; }

    // The combined pretraining loss of a batch (masks drawn per MODEL.md section 6).
    PretrainLoss pretrainLoss(const Batch& batch);
    // With a given plan; `counts` as in model::pretrainLoss (data parallel).
    PretrainLoss pretrainLoss(const Batch& batch, const MaskPlan& plan,
                              const at::Tensor& counts = {});
    // Fine-tuning logits per task; *clsAttention [B, H, K, T] when asked.
    std::vector<at::Tensor> fineTuneLogits(const Batch& batch, at::Tensor* clsAttention = nullptr);
    // Decoder output for every patch under one masking task (no gradient).
    Reconstruction reconstruct(const Batch& batch, PretrainTask mask);
    // Temporal-encoder output [B, T+1, D] (t_DT first), no mask, no gradient.
    at::Tensor embeddings(const Batch& batch);
    // Channel-encoder cross-attention per layer [B, T, H, C] (scalp maps), no mask.
    std::vector<at::Tensor> channelAttention(const Batch& batch);

  private:
    Batch onDevice(const Batch& batch) const;
    Alfee model_;
    c10::Device device_;
};

}  // namespace alfee::model
