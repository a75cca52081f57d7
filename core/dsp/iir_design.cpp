// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dsp/iir_design.h"

#include <algorithm>
#include <cmath>
#include <complex>

namespace alfee::core::dsp {
namespace {

using Complex = std::complex<double>;

struct Zpk {
    std::vector<Complex> z, p;
    double k = 1;
};

// Analog Butterworth prototype: poles on the left unit half-circle (scipy buttap).
Zpk butterPrototype(int order) {
    Zpk f;
    for (int m = -order + 1; m < order; m += 2)
        f.p.push_back(-std::exp(Complex(0, M_PI * m / (2.0 * order))));
    return f;
}

// Pre-warped analog frequency for the bilinear transform at fs = 2 (scipy's convention).
double warp(double hz, double fs) {
    return 4.0 * std::tan(M_PI * (2.0 * hz / fs) / 2.0);
}

Zpk lowpassToBandpass(const Zpk& f, double w0, double bw) {
    Zpk out;
    for (const Complex& p : f.p) {
        const Complex pl = p * bw / 2.0;
        const Complex root = std::sqrt(pl * pl - w0 * w0);
        out.p.push_back(pl + root);
        out.p.push_back(pl - root);
    }
    for (const Complex& p : f.p) (void)p, out.z.push_back(0.0);
    out.k = f.k * std::pow(bw, static_cast<double>(f.p.size() - f.z.size()));
    return out;
}

Zpk lowpassToLowpass(const Zpk& f, double w0) {
    Zpk out = f;
    for (Complex& p : out.p) p *= w0;
    out.k = f.k * std::pow(w0, static_cast<double>(f.p.size()));
    return out;
}

Zpk lowpassToHighpass(const Zpk& f, double w0) {
    Zpk out;
    Complex prod = 1.0;
    for (const Complex& p : f.p) {
        out.p.push_back(w0 / p);
        prod *= -p;
    }
    out.z.assign(f.p.size(), 0.0);
    out.k = f.k * std::real(1.0 / prod);
    return out;
}

Zpk bilinear(const Zpk& f) {
    const double fs2 = 4.0;
    Zpk out;
    Complex num = 1.0, den = 1.0;
    for (const Complex& z : f.z) {
        out.z.push_back((fs2 + z) / (fs2 - z));
        num *= fs2 - z;
    }
    for (const Complex& p : f.p) {
        out.p.push_back((fs2 + p) / (fs2 - p));
        den *= fs2 - p;
    }
    out.z.insert(out.z.end(), f.p.size() - f.z.size(), -1.0);
    out.k = f.k * std::real(num / den);
    return out;
}

// Takes and removes the element of `from` nearest to `target`.
Complex takeNearest(std::vector<Complex>& from, Complex target) {
    auto it = std::min_element(from.begin(), from.end(), [&](Complex x, Complex y) {
        return std::abs(x - target) < std::abs(y - target);
    });
    const Complex v = *it;
    from.erase(it);
    return v;
}

// Pairs poles with their conjugates and with the nearest zeros; the sections nearest the unit
// circle come last and the gain goes to the first section, as scipy's zpk2sos does.
Sos toSos(Zpk f) {
    std::vector<Complex> poles;
    for (const Complex& p : f.p)
        if (p.imag() >= 0) poles.push_back(p);
    std::sort(poles.begin(), poles.end(),
              [](Complex x, Complex y) { return std::abs(x) > std::abs(y); });  // closest first
    Sos sos(poles.size());
    std::vector<Complex> zeros = f.z;
    for (size_t s = 0; s < poles.size(); ++s) {
        const Complex p = poles[s];
        Biquad& q = sos[poles.size() - 1 - s];
        const bool real = std::abs(p.imag()) < 1e-14;
        q.a = real ? std::array<double, 3>{1, -p.real(), 0}
                   : std::array<double, 3>{1, -2 * p.real(), std::norm(p)};
        const int nz = std::min<int>(real ? 1 : 2, zeros.size());
        std::vector<Complex> picked;
        for (int i = 0; i < nz; ++i) picked.push_back(takeNearest(zeros, p));
        if (picked.size() == 2)
            q.b = {1, -(picked[0] + picked[1]).real(), (picked[0] * picked[1]).real()};
        else if (picked.size() == 1)
            q.b = {1, -picked[0].real(), 0};
    }
    for (double& b : sos.front().b) b *= f.k;
    return sos;
}

}  // namespace

Sos butterworthBandpass(int order, double lowHz, double highHz, double fs) {
    const double w1 = warp(lowHz, fs), w2 = warp(highHz, fs);
    return toSos(bilinear(lowpassToBandpass(butterPrototype(order), std::sqrt(w1 * w2), w2 - w1)));
}

Sos butterworthHighpass(int order, double cutoffHz, double fs) {
    return toSos(bilinear(lowpassToHighpass(butterPrototype(order), warp(cutoffHz, fs))));
}

Sos butterworthLowpass(int order, double cutoffHz, double fs) {
    return toSos(bilinear(lowpassToLowpass(butterPrototype(order), warp(cutoffHz, fs))));
}

Biquad iirNotch(double f0Hz, double quality, double fs) {
    const double w0 = 2.0 * f0Hz / fs * M_PI;
    const double bw = w0 / quality;
    const double gb = 1.0 / std::sqrt(2.0);
    const double beta = (std::sqrt(1.0 - gb * gb) / gb) * std::tan(bw / 2.0);
    const double gain = 1.0 / (1.0 + beta);
    Biquad q;
    q.b = {gain, -2.0 * gain * std::cos(w0), gain};
    q.a = {1.0, -2.0 * gain * std::cos(w0), 2.0 * gain - 1.0};
    return q;
}

}  // namespace alfee::core::dsp
