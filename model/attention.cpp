#include "model/attention.h"

#include <torch/torch.h>

#include <cmath>

#include "model/rope.h"

namespace alfee::model {

AttentionImpl::AttentionImpl(int64_t dim, int64_t heads) : heads_(heads), headDim_(dim / heads) {
    q_ = register_module("q", torch::nn::Linear(dim, dim));
    k_ = register_module("k", torch::nn::Linear(dim, dim));
    v_ = register_module("v", torch::nn::Linear(dim, dim));
    o_ = register_module("o", torch::nn::Linear(dim, dim));
}

at::Tensor AttentionImpl::split(const at::Tensor& x) const {
    return x.view({x.size(0), x.size(1), heads_, headDim_});
}

at::Tensor AttentionImpl::forward(const AttentionInput& in, at::Tensor* weights) {
    auto q = applyRope(split(q_(in.query)), in.queryPos);
    auto k = applyRope(split(k_(in.keyValue)), in.keyPos);
    auto v = split(v_(in.keyValue));
    if (in.queryAdd.defined()) q = q + in.queryAdd.unsqueeze(2).to(q.scalar_type());
    if (in.keyAdd.defined()) k = k + in.keyAdd.unsqueeze(2).to(k.scalar_type());
    // [N, H, Lq, Lk]
    auto scores = torch::matmul(q.transpose(1, 2), k.permute({0, 2, 3, 1})) /
                  std::sqrt(static_cast<double>(headDim_));
    if (in.allowed.defined())
        scores = scores.masked_fill(in.allowed.logical_not().unsqueeze(1),
                                    -std::numeric_limits<float>::infinity());
    auto probs = torch::softmax(scores.to(torch::kFloat32), -1).to(v.scalar_type());
    if (in.needWeights && weights) *weights = probs.detach();
    auto out = torch::matmul(probs, v.transpose(1, 2));  // [N, H, Lq, d]
    return o_(out.transpose(1, 2).reshape({out.size(0), out.size(2), heads_ * headDim_}));
}

}  // namespace alfee::model
