#include "model/layers.h"

#include <torch/torch.h>

namespace alfee::model {

RMSNormImpl::RMSNormImpl(int64_t dim, double eps) : eps_(eps) {
    weight_ = register_parameter("weight", torch::ones({dim}));
}

at::Tensor RMSNormImpl::forward(const at::Tensor& x) {
    auto xf = x.to(torch::kFloat32);
    auto normed = xf * torch::rsqrt(xf.pow(2).mean(-1, true) + eps_);
    return (normed * weight_).to(x.scalar_type());
}

GatedFeedForwardImpl::GatedFeedForwardImpl(int64_t dim, int64_t hidden) {
    norm_ = register_module("norm", RMSNorm(dim));
    in_ = register_module("w_in", torch::nn::Linear(dim, hidden));
    gate_ = register_module("w_gate", torch::nn::Linear(dim, hidden));
    out_ = register_module("w_out", torch::nn::Linear(hidden, dim));
}

at::Tensor GatedFeedForwardImpl::forward(const at::Tensor& x) {
    auto n = norm_(x);
    return x + out_(torch::silu(in_(n)) * torch::silu(gate_(n)));
}

}  // namespace alfee::model
