// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Linear warm-up then cosine decay to zero (MODEL.md sections 6 and 7); LibTorch 1.13's C++
// API has only StepLR.

#include <algorithm>
#include <cmath>

namespace alfee::core {

// The learning rate of `step` (0-based) out of `total` steps.
inline double warmupCosineRate(double baseRate, long step, long total, double warmupFraction) {
    const long warmup = std::max(1L, long(std::lround(warmupFraction * total)));
    if (step < warmup) return baseRate * double(step + 1) / warmup;
    const double progress = double(step - warmup) / std::max(1L, total - warmup);
    return baseRate * 0.5 * (1.0 + std::cos(M_PI * std::min(1.0, progress)));
}

}  // namespace alfee::core
