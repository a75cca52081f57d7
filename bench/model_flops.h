// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Floating-point operations of one ALFEE forward pass, counted from the shapes (a multiply-add
// is two): the convolutions, every linear projection and the attention products. Element-wise
// work, norms and the periodogram are left out (a few percent).

#include <cstdint>

#include "model/model_config.h"

namespace alfee::bench {

// One attention block (attention sub-layer + gated feed-forward) on lq queries and lk keys.
inline double blockFlops(const model::ModelConfig& c, double lq, double lk, bool cross) {
    const double d = c.dim, h = c.ffnHidden;
    const double projections = cross ? 2 * lq * d * d + 2 * lk * d * 2 * d : 2 * lq * d * 3 * d;
    return projections + 4 * lq * lk * d + 2 * lq * d * d + 6 * lq * d * h;
}

// The patch embedding's three conv stacks and projections, per 1 s patch.
inline double patchFlops(const model::ModelConfig& c) {
    const int kernels[] = {7, 31, 63}, strides[] = {2, 4, 8};
    double flops = 0;
    for (int s = 0; s < 3; ++s) {
        const double length = (256 + 2 * (kernels[s] / 2) - kernels[s]) / strides[s] + 1;
        flops += 2 * length * c.convMaps * kernels[s];  // 1 -> maps
        flops += (c.convLayers - 1) * 2 * length * c.convMaps * c.convMaps * kernels[s];
    }
    const double dt = c.timeDim(), df = c.freqDim();
    return flops + 2 * (3.0 * c.convMaps * c.convPooled * dt + dt * dt + 129.0 * df);
}

// Forward FLOPs of fine-tuning one window of `channels` x `steps` seconds (classification and
// the unmasked reconstruction that its loss includes).
inline double fineTuneForwardFlops(const model::ModelConfig& c, double channels, double steps) {
    double f = channels * steps * patchFlops(c);
    f += c.channelLayers * steps *
         (blockFlops(c, channels, channels, false) + blockFlops(c, 1, channels, true));
    f += c.temporalLayers * blockFlops(c, steps + 1, steps + 1, false);
    f += c.decoderLayers * (blockFlops(c, steps * channels, steps + 1, true) +
                            steps * blockFlops(c, channels, channels, false));
    f += 2 * steps * channels * c.dim * 385.0;  // reconstruction heads
    f += blockFlops(c, c.taskTokens, steps, true);
    return f;
}

}  // namespace alfee::bench
