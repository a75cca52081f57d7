// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The whole ALFEE network: patch embedding, channel and temporal encoders, decoder and heads.

#include <ATen/core/Tensor.h>
#include <torch/nn/module.h>

#include "model/encoders.h"
#include "model/heads.h"
#include "model/masks.h"
#include "model/patch_embedding.h"

namespace alfee::model {

// A batch of windows; recordings with fewer channels are padded and marked invalid.
struct Batch {
    at::Tensor patches;   // [B, C, T, 256] z-scored
    at::Tensor channels;  // [B, C] int64: rows of the 90-electrode table
    at::Tensor valid;     // [B, C] bool: false for padding
    at::Tensor paradigm;  // [B] int64 paradigm class, -1 unknown (pretraining only)
};

// What the encoders produced for a batch.
struct Encoded {
    at::Tensor steps;                          // [B, T, D] channel-encoder tokens, one per second
    at::Tensor memory;                         // [B, T+1, D] temporal-encoder output, t_DT first
    std::vector<at::Tensor> channelAttention;  // per layer [B, T, H, C], when asked
};

// Predictions of the pretraining forward pass.
struct PretrainOutput {
    at::Tensor reconstruction;  // [B, T, C, 385]: z-scored patch (256) and log-PSD (129)
    at::Tensor paradigmLogits;  // [B, 10]
    at::Tensor logPsd;          // [B, C, T, 129]: the frequency-branch input, reused by the loss
    Encoded encoded;
};

// ALFEE (MODEL.md); XxxImpl + TORCH_MODULE like the PyTorch C++ examples.
class AlfeeImpl : public torch::nn::Module {
  public:
    explicit AlfeeImpl(const ModelConfig& config);
    const ModelConfig& config() const { return config_; }
    // LoRA adapters of `rank` on every attention sub-layer, the update scaled by alpha / rank
    // (model/lora.h); kept in the config, so that a saved model comes back with them.
    void addLora(int rank, double alpha);

    at::Tensor channelEmbedding(const at::Tensor& channels);  // [B, C] -> [B, C, d_head]
    Encoded encode(const Batch& batch, const AttentionMasks& masks, bool needAttention,
                   at::Tensor* logPsd = nullptr);
    PretrainOutput pretrain(const Batch& batch, const MaskPlan& plan, bool needAttention = false);
    // Fine-tuning logits per task; no mask. *clsAttention gets [B, H, K, T] when asked.
    std::vector<at::Tensor> classify(const Batch& batch, at::Tensor* clsAttention = nullptr,
                                     at::Tensor* reconstruction = nullptr);

    PatchEmbedding embedding{nullptr};
    ChannelEncoder channelEncoder{nullptr};
    TemporalEncoder temporalEncoder{nullptr};
    Decoder decoder{nullptr};
    PretrainHeads pretrainHeads{nullptr};
    FineTuneHead fineTuneHead{nullptr};

  private:
    ModelConfig config_;
    at::Tensor channelTable_;  // [90, d_head], truncated normal
};
TORCH_MODULE(Alfee);

// log-PSD of each patch and the 385-value reconstruction target [B, T, C, 385].
at::Tensor reconstructionTarget(const at::Tensor& patches, const at::Tensor& logPsd);

}  // namespace alfee::model
