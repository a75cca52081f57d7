// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dsp/polyphase_resampler.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace alfee::core::dsp {
namespace {

double sinc(double x) {
    return x == 0.0 ? 1.0 : std::sin(M_PI * x) / (M_PI * x);
}

std::vector<double> kaiserLowpass(int numTaps, double cutoff, double beta) {
    const double alpha = (numTaps - 1) / 2.0;
    const double i0Beta = std::cyl_bessel_i(0.0, beta);
    std::vector<double> h(numTaps);
    double sum = 0;
    for (int n = 0; n < numTaps; ++n) {
        const double m = n - alpha;
        const double r = m / alpha;
        const double window =
            std::cyl_bessel_i(0.0, beta * std::sqrt(std::max(0.0, 1.0 - r * r))) / i0Beta;
        h[n] = cutoff * sinc(cutoff * m) * window;
        sum += h[n];
    }
    for (double& v : h) v /= sum;  // unit gain at DC, as firwin(scale=True)
    return h;
}

}  // namespace

PolyphaseResampler::PolyphaseResampler(int up, int down) {
    if (up < 1 || down < 1) throw std::invalid_argument("resampling factors must be positive");
    const int g = std::gcd(up, down);
    up_ = up / g;
    down_ = down / g;
    const int maxRate = std::max(up_, down_);
    halfLength_ = 10 * maxRate;
    taps_ = kaiserLowpass(2 * halfLength_ + 1, 1.0 / maxRate, 5.0);
    for (double& v : taps_) v *= up_;
    phases_.resize(up_);
    for (int p = 0; p < up_; ++p) {
        for (size_t k = p; k < taps_.size(); k += up_) phases_[p].push_back(taps_[k]);
        std::reverse(phases_[p].begin(), phases_[p].end());
    }
}

PolyphaseResampler PolyphaseResampler::forRates(double fromHz, double toHz) {
    // Rates in EDF files are rational; 1/1000 Hz resolution covers every real device.
    const long long from = std::llround(fromHz * 1000), to = std::llround(toHz * 1000);
    const long long g = std::gcd(from, to);
    return PolyphaseResampler(static_cast<int>(to / g), static_cast<int>(from / g));
}

size_t PolyphaseResampler::outputLength(size_t n) const {
    const size_t total = n * up_;
    return total / down_ + (total % down_ != 0);
}

namespace {

// Four partial sums: without -ffast-math the compiler keeps one chain of additions otherwise.
double dot(const double* a, const double* b, long long n) {
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    long long i = 0;
    for (; i + 4 <= n; i += 4) {
        s0 += a[i] * b[i];
        s1 += a[i + 1] * b[i + 1];
        s2 += a[i + 2] * b[i + 2];
        s3 += a[i + 3] * b[i + 3];
    }
    for (; i < n; ++i) s0 += a[i] * b[i];
    return (s0 + s1) + (s2 + s3);
}

}  // namespace

std::vector<double> PolyphaseResampler::apply(const std::vector<double>& x) const {
    const long long n = static_cast<long long>(x.size());
    const size_t nOut = outputLength(x.size());
    const long long prePad = down_ - halfLength_ % down_;
    const long long preRemove = (halfLength_ + prePad) / down_;
    std::vector<double> y(nOut);
    for (size_t o = 0; o < nOut; ++o) {
        // Position in the upsampled stream, shifted so that the filter is centred on it.
        const long long t = (static_cast<long long>(o) + preRemove) * down_ - prePad;
        const long long base = t >= 0 ? t / up_ : -((-t + up_ - 1) / up_);  // floor(t / up)
        const int phase = static_cast<int>(t - base * up_);
        const std::vector<double>& taps = phases_[phase];
        const long long m = static_cast<long long>(taps.size());
        // Input i meets tap (base - i) of this phase, stored at index m - 1 - base + i.
        const long long iLow = std::max(0LL, base - (m - 1)), iHigh = std::min(n - 1, base);
        if (iHigh < iLow) continue;
        y[o] = dot(taps.data() + (m - 1 - base + iLow), x.data() + iLow, iHigh - iLow + 1);
    }
    return y;
}

}  // namespace alfee::core::dsp
