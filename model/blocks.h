#pragma once
// One attention sub-layer followed by one gated feed-forward sub-layer, both pre-norm residual.

#include "model/attention.h"
#include "model/layers.h"

namespace alfee::model {

// Self-attention (keys from the query stream) or cross-attention (keys from another stream,
// normalised by their own RMSNorm [ours]).
class AttentionBlockImpl : public torch::nn::Module {
  public:
    AttentionBlockImpl(int64_t dim, int64_t heads, int64_t ffnHidden, bool cross);
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
