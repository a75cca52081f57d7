// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dsp/spectrum.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace alfee::core::dsp {

void fft(std::vector<std::complex<double>>& a) {
    const size_t n = a.size();
    if (n == 0 || (n & (n - 1)) != 0) throw std::invalid_argument("FFT length must be 2^k");
    for (size_t i = 1, j = 0; i < n; ++i) {
        size_t bit = n >> 1;
        for (; j & bit; bit >>= 1) j ^= bit;
        j ^= bit;
        if (i < j) std::swap(a[i], a[j]);
    }
    for (size_t len = 2; len <= n; len <<= 1) {
        for (size_t i = 0; i < n; i += len) {
            for (size_t k = 0; k < len / 2; ++k) {
                // Twiddles from the angle each time: the recurrence would lose digits.
                const std::complex<double> w = std::polar(1.0, -2.0 * M_PI * k / len);
                const std::complex<double> u = a[i + k], v = a[i + k + len / 2] * w;
                a[i + k] = u + v;
                a[i + k + len / 2] = u - v;
            }
        }
    }
}

std::vector<double> periodicHann(size_t n) {
    std::vector<double> w(n);
    for (size_t i = 0; i < n; ++i) w[i] = 0.5 - 0.5 * std::cos(2.0 * M_PI * i / n);
    return w;
}

std::vector<double> hannPeriodogram(const std::vector<double>& x) {
    const std::vector<double> w = periodicHann(x.size());
    std::vector<std::complex<double>> data(x.size());
    double energy = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        data[i] = x[i] * w[i];
        energy += w[i] * w[i];
    }
    fft(data);
    std::vector<double> p(x.size() / 2 + 1);
    for (size_t k = 0; k < p.size(); ++k) p[k] = std::norm(data[k]) / energy;
    return p;
}

std::vector<double> logHannPeriodogram(const std::vector<double>& x) {
    std::vector<double> p = hannPeriodogram(x);
    for (double& v : p) v = std::log10(std::max(v, 1e-10));
    return p;
}

}  // namespace alfee::core::dsp
