// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Second-order sections, the form every IIR filter of the project is designed and run in.

#include <array>
#include <vector>

namespace alfee::core::dsp {

// b0 b1 b2 / 1 a1 a2 (scipy's sos row, a0 normalised to 1).
struct Biquad {
    std::array<double, 3> b{1, 0, 0};
    std::array<double, 3> a{1, 0, 0};
};

using Sos = std::vector<Biquad>;

}  // namespace alfee::core::dsp
