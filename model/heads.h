// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Pretraining heads and the fine-tuning head (MODEL.md sections 4 and 7).

#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/linear.h>

#include "model/blocks.h"
#include "model/model_config.h"

namespace alfee::model {

// Decoder output -> 256 time samples and 129 log-PSD bins; t_DT -> 10 paradigm classes.
class PretrainHeadsImpl : public torch::nn::Module {
  public:
    explicit PretrainHeadsImpl(const ModelConfig& config);
    at::Tensor reconstruct(const at::Tensor& decoded);  // [..., D] -> [..., 256 + 129]
    at::Tensor paradigm(const at::Tensor& taskToken);   // [B, D] -> [B, 10]

  private:
    torch::nn::Linear time_{nullptr}, freq_{nullptr}, paradigm_{nullptr};
};
TORCH_MODULE(PretrainHeads);

// A dictionary of task CLS tokens, one shared cross-attention over the temporal encoder's step
// outputs, and one linear classifier per task.
class FineTuneHeadImpl : public torch::nn::Module {
  public:
    explicit FineTuneHeadImpl(const ModelConfig& config);
    // steps [B, T, D] -> logits per task [B, classes_k]; *weights gets [B, H, K, T] when asked.
    std::vector<at::Tensor> forward(const at::Tensor& steps, at::Tensor* weights = nullptr);

  private:
    at::Tensor tokens_;  // [K, D]
    AttentionBlock attention_{nullptr};
    torch::nn::ModuleList classifiers_;
};
TORCH_MODULE(FineTuneHead);

}  // namespace alfee::model
