// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Periodogram of one patch (MODEL.md section 2) and the FFT behind it.

#include <complex>
#include <vector>

namespace alfee::core::dsp {

// In-place complex FFT; the length must be a power of two.
void fft(std::vector<std::complex<double>>& data);

// scipy.signal.get_window('hann', n): the periodic Hann window.
std::vector<double> periodicHann(size_t n);

// |rfft(x * w)|^2 / sum(w^2) with the periodic Hann window: n/2+1 bins (129 for 256 samples).
std::vector<double> hannPeriodogram(const std::vector<double>& x);

// log10 of the periodogram, clamped at 1e-10 (the model's frequency-branch input).
std::vector<double> logHannPeriodogram(const std::vector<double>& x);

}  // namespace alfee::core::dsp
