// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/blocks.h"

#include <torch/torch.h>

namespace alfee::model {

AttentionBlockImpl::AttentionBlockImpl(const ModelConfig& c, bool cross) : cross_(cross) {
    norm_ = register_module("norm", RMSNorm(c.dim, c.normEps));
    if (cross && c.crossKeyNorm) keyNorm_ = register_module("key_norm", RMSNorm(c.dim, c.normEps));
    attention_ = register_module("attention", Attention(c.dim, c.heads, c.ropeBase));
    ffn_ = register_module("ffn", GatedFeedForward(c.dim, c.ffnHidden, c.normEps));
}

at::Tensor AttentionBlockImpl::forward(AttentionInput in, at::Tensor* weights) {
    const at::Tensor residual = in.query;
    in.query = norm_(in.query);
    if (!cross_)
        in.keyValue = in.query;
    else if (keyNorm_)
        in.keyValue = keyNorm_(in.keyValue);
    return ffn_(residual + attention_(in, weights));
}

}  // namespace alfee::model
