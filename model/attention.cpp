// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/attention.h"

#include <torch/torch.h>

#include <cmath>

#include "model/rope.h"

namespace alfee::model {

AttentionImpl::AttentionImpl(int64_t dim, int64_t heads, double ropeBase)
    : heads_(heads), headDim_(dim / heads), dim_(dim), ropeBase_(ropeBase) {
    qkv_ = register_module("qkv", torch::nn::Linear(dim, 3 * dim));
    o_ = register_module("o", torch::nn::Linear(dim, dim));
}

void AttentionImpl::addLora(int64_t rank, double scale) {
    const double bound = 1.0 / std::sqrt(static_cast<double>(dim_));  // a Linear's default
    const auto drawn = [&](int64_t rows) {
        return torch::empty({rank, rows}).uniform_(-bound, bound);
    };
    loraQkvA_ = register_parameter("lora_qkv_a", drawn(dim_));
    loraQkvB_ = register_parameter("lora_qkv_b", torch::zeros({3 * dim_, rank}));
    loraOA_ = register_parameter("lora_o_a", drawn(dim_));
    loraOB_ = register_parameter("lora_o_b", torch::zeros({dim_, rank}));
    loraScale_ = scale;
}

at::Tensor AttentionImpl::qkvWeight() const {
    if (!loraQkvA_.defined()) return qkv_->weight;
    return qkv_->weight + loraScale_ * torch::matmul(loraQkvB_, loraQkvA_);
}

at::Tensor AttentionImpl::outputWeight() const {
    if (!loraOA_.defined()) return o_->weight;
    return o_->weight + loraScale_ * torch::matmul(loraOB_, loraOA_);
}

at::Tensor AttentionImpl::split(const at::Tensor& x) const {
    return x.view({x.size(0), x.size(1), heads_, headDim_});
}

at::Tensor AttentionImpl::forward(const AttentionInput& in, at::Tensor* weights) {
    at::Tensor qRaw, kRaw, vRaw;
    if (in.query.is_same(in.keyValue)) {
        auto qkv = torch::nn::functional::linear(in.query, qkvWeight(), qkv_->bias).chunk(3, -1);
        qRaw = qkv[0], kRaw = qkv[1], vRaw = qkv[2];
    } else {
        const auto w = qkvWeight();
        const auto& b = qkv_->bias;
        qRaw = torch::nn::functional::linear(in.query, w.narrow(0, 0, dim_), b.narrow(0, 0, dim_));
        auto kv = torch::nn::functional::linear(in.keyValue, w.narrow(0, dim_, 2 * dim_),
                                                b.narrow(0, dim_, 2 * dim_))
                      .chunk(2, -1);
        kRaw = kv[0], vRaw = kv[1];
    }
    auto q = applyRope(split(qRaw.contiguous()), in.queryPos, ropeBase_);
    auto k = applyRope(split(kRaw.contiguous()), in.keyPos, ropeBase_);
    auto v = split(vRaw.contiguous());
    if (in.queryAdd.defined()) q = q + in.queryAdd.unsqueeze(2).to(q.scalar_type());
    if (in.keyAdd.defined()) k = k + in.keyAdd.unsqueeze(2).to(k.scalar_type());
    // [N, H, Lq, Lk]
    auto scores = torch::matmul(q.transpose(1, 2), k.permute({0, 2, 3, 1})) /
                  std::sqrt(static_cast<double>(headDim_));
    at::Tensor noKey;
    if (in.allowed.defined()) {
        const auto blocked = in.allowed.logical_not().unsqueeze(1);
        // A query with no key at all (a sample without a valid channel) would get NaN from the
        // softmax, and NaN x 0 spreads it through the whole batch's loss: it attends to nothing.
        noKey = blocked.all(-1, true);
        scores = scores.masked_fill(blocked & noKey.logical_not(),
                                    -std::numeric_limits<float>::infinity());
    }
    auto probs = torch::softmax(scores.to(torch::kFloat32), -1);
    if (noKey.defined()) probs = probs.masked_fill(noKey, 0.0);
    probs = probs.to(v.scalar_type());
    if (in.needWeights && weights) *weights = probs.detach();
    auto out = torch::matmul(probs, v.transpose(1, 2));  // [N, H, Lq, d]
    return torch::nn::functional::linear(
        out.transpose(1, 2).reshape({out.size(0), out.size(2), heads_ * headDim_}), outputWeight(),
        o_->bias);
}

}  // namespace alfee::model
