// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RMSNorm and the gated feed-forward block (MODEL.md section 4).

#include <torch/nn/module.h>
#include <torch/nn/modules/linear.h>

namespace alfee::model {

// y = x / rms(x) * weight.
class RMSNormImpl : public torch::nn::Module {
  public:
    explicit RMSNormImpl(int64_t dim, double eps = 1e-6);
    at::Tensor forward(const at::Tensor& x);

  private:
    at::Tensor weight_;
    double eps_;
};
TORCH_MODULE(RMSNorm);

// Pre-norm gated feed-forward with its residual: x + W_out(SiLU(W_in n) * SiLU(W_gate n)).
class GatedFeedForwardImpl : public torch::nn::Module {
  public:
    GatedFeedForwardImpl(int64_t dim, int64_t hidden, double normEps = 1e-6);
    at::Tensor forward(const at::Tensor& x);

  private:
    RMSNorm norm_{nullptr};
    torch::nn::Linear inGate_{nullptr}, out_{nullptr};  // W_in and W_gate as one GEMM
};
TORCH_MODULE(GatedFeedForward);

}  // namespace alfee::model
