// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/rope.h"

#include <torch/torch.h>

namespace alfee::model {

at::Tensor applyRope(const at::Tensor& x, const at::Tensor& positions, double base) {
    const int64_t d = x.size(-1);
    const int64_t half = d / 2;
    auto opts = torch::TensorOptions().dtype(torch::kFloat32).device(x.device());
    auto inv = torch::pow(base, -torch::arange(half, opts) * 2.0 / static_cast<double>(d));
    // angles [..., L, 1, half]: one per position and frequency, shared by every head.
    auto angles = (positions.to(torch::kFloat32).unsqueeze(-1) * inv).unsqueeze(-2);
    auto cos = torch::cat({angles.cos(), angles.cos()}, -1).to(x.scalar_type());
    auto sin = torch::cat({angles.sin(), angles.sin()}, -1).to(x.scalar_type());
    auto x1 = x.narrow(-1, 0, half), x2 = x.narrow(-1, half, half);
    auto rotated = torch::cat({-x2, x1}, -1);
    return x * cos + rotated * sin;
}

}  // namespace alfee::model
