#include "model/blocks.h"

#include <torch/torch.h>

namespace alfee::model {

AttentionBlockImpl::AttentionBlockImpl(int64_t dim, int64_t heads, int64_t ffnHidden, bool cross)
    : cross_(cross) {
    norm_ = register_module("norm", RMSNorm(dim));
    if (cross) keyNorm_ = register_module("key_norm", RMSNorm(dim));
    attention_ = register_module("attention", Attention(dim, heads));
    ffn_ = register_module("ffn", GatedFeedForward(dim, ffnHidden));
}

at::Tensor AttentionBlockImpl::forward(AttentionInput in, at::Tensor* weights) {
    const at::Tensor residual = in.query;
    in.query = norm_(in.query);
    in.keyValue = cross_ ? keyNorm_(in.keyValue) : in.query;
    return ffn_(residual + attention_(in, weights));
}

}  // namespace alfee::model
