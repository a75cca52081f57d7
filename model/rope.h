// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Rotary position encoding (rotate-half form) over time-step indices (MODEL.md section 3).

#include <ATen/core/Tensor.h>

namespace alfee::model {

// Rotates x [..., L, H, d] by the angles of integer positions [..., L] (broadcast over heads).
at::Tensor applyRope(const at::Tensor& x, const at::Tensor& positions, double base = 10000.0);

}  // namespace alfee::model
