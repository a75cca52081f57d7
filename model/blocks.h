// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One attention sub-layer followed by one gated feed-forward sub-layer, both pre-norm residual.

#include "model/attention.h"
#include "model/layers.h"
#include "model/model_config.h"

namespace alfee::model {

// Self-attention (keys from the query stream) or cross-attention (keys from another stream,
// normalised by their own RMSNorm unless the config turns that off [ours]).
class AttentionBlockImpl : public torch::nn::Module {
  public:
    AttentionBlockImpl(const ModelConfig& config, bool cross);
    // `in.query` is the residual stream; for self-attention `in.keyValue` is ignored.
    at::Tensor forward(AttentionInput in, at::Tensor* weights = nullptr);

  private:
    bool cross_;
    RMSNorm norm_{nullptr}, keyNorm_{nullptr};
    Attention attention_{nullptr};
    GatedFeedForward ffn_{nullptr};
};
TORCH_MODULE(AttentionBlock);

}  // namespace alfee::model
