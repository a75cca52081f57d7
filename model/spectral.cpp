// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/spectral.h"

#include <torch/torch.h>

#include <cmath>

namespace alfee::model {

at::Tensor periodicHann(int64_t n, const at::TensorOptions& options) {
    auto idx = torch::arange(n, options.dtype(torch::kFloat64));
    auto w = 0.5 - 0.5 * torch::cos(2.0 * M_PI * idx / static_cast<double>(n));
    return w.to(options.dtype());
}

at::Tensor logPeriodogram(const at::Tensor& patches) {
    const int64_t n = patches.size(-1);
    // The FFT runs in float32 at least: bf16 has too few bits for a log-spectrum.
    auto x = patches.scalar_type() == torch::kFloat64 ? patches : patches.to(torch::kFloat32);
    auto w = periodicHann(n, x.options());
    auto spectrum = torch::fft::rfft(x * w, c10::nullopt, -1);
    auto power = spectrum.abs().pow(2) / (w * w).sum();
    return torch::log10(power.clamp_min(1e-10));
}

}  // namespace alfee::model
