// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Frequency-branch features of MODEL.md section 2: Hann-windowed log10 periodogram per patch.

#include <ATen/core/Tensor.h>

namespace alfee::model {

// Periodic Hann window of length n (scipy.signal.get_window('hann', n)).
at::Tensor periodicHann(int64_t n, const at::TensorOptions& options);

// log10(|rfft(x * w)|^2 / sum(w^2)) clamped at 1e-10, over the last dimension (256 -> 129 bins).
at::Tensor logPeriodogram(const at::Tensor& patches);

}  // namespace alfee::model
