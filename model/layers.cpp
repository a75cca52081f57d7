// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
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

GatedFeedForwardImpl::GatedFeedForwardImpl(int64_t dim, int64_t hidden, double normEps) {
    norm_ = register_module("norm", RMSNorm(dim, normEps));
    inGate_ = register_module("w_in_gate", torch::nn::Linear(dim, 2 * hidden));
    out_ = register_module("w_out", torch::nn::Linear(hidden, dim));
}

at::Tensor GatedFeedForwardImpl::forward(const at::Tensor& x) {
    auto both = torch::silu(inGate_(norm_(x))).chunk(2, -1);
    return x + out_(both[0] * both[1]);
}

}  // namespace alfee::model
