// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dsp/zero_phase.h"

#include <algorithm>
#include <cstddef>

namespace alfee::core::dsp {

std::vector<std::array<double, 2>> sosSteadyState(const Sos& sos) {
    std::vector<std::array<double, 2>> zi(sos.size());
    double scale = 1.0;
    for (size_t s = 0; s < sos.size(); ++s) {
        const auto& b = sos[s].b;
        const auto& a = sos[s].a;
        // Solve (I - companion(a)^T) zi = b[1:] - a[1:] * b[0] for the 2x2 case.
        const double r0 = b[1] - a[1] * b[0], r1 = b[2] - a[2] * b[0];
        const double z0 = (r0 + r1) / (1.0 + a[1] + a[2]);
        const double z1 = r1 - a[2] * z0;
        zi[s] = {z0 * scale, z1 * scale};
        scale *= (b[0] + b[1] + b[2]) / (a[0] + a[1] + a[2]);
    }
    return zi;
}

void sosFilter(const Sos& sos, std::vector<double>& x, std::vector<std::array<double, 2>>& st) {
    // Sample-major: each sample runs through all sections before the next one, so the
    // sections' dependency chains overlap in the pipeline instead of running one after another.
    const size_t n = sos.size();
    constexpr size_t kMax = 16;
    if (n > kMax) {
        for (size_t s = 0; s < n; s += kMax) {
            const size_t end = std::min(n, s + kMax);
            Sos part(sos.begin() + s, sos.begin() + end);
            std::vector<std::array<double, 2>> partState(st.begin() + s, st.begin() + end);
            sosFilter(part, x, partState);
            std::copy(partState.begin(), partState.end(), st.begin() + s);
        }
        return;
    }
    double b0[kMax], b1[kMax], b2[kMax], a1[kMax], a2[kMax], z0[kMax], z1[kMax];
    for (size_t s = 0; s < n; ++s) {
        b0[s] = sos[s].b[0], b1[s] = sos[s].b[1], b2[s] = sos[s].b[2];
        a1[s] = sos[s].a[1], a2[s] = sos[s].a[2];
        z0[s] = st[s][0], z1[s] = st[s][1];
    }
    for (double& v : x) {
        double in = v;
        for (size_t s = 0; s < n; ++s) {
            const double out = b0[s] * in + z0[s];
            z0[s] = b1[s] * in - a1[s] * out + z1[s];
            z1[s] = b2[s] * in - a2[s] * out;
            in = out;
        }
        v = in;
    }
    for (size_t s = 0; s < n; ++s) st[s] = {z0[s], z1[s]};
}

namespace {

size_t defaultPadLength(const Sos& sos) {
    size_t zeroB2 = 0, zeroA2 = 0;
    for (const Biquad& q : sos) {
        zeroB2 += q.b[2] == 0.0;
        zeroA2 += q.a[2] == 0.0;
    }
    return 3 * (2 * sos.size() + 1 - std::min(zeroB2, zeroA2));
}

std::vector<double> oddExtension(const std::vector<double>& x, size_t pad) {
    const size_t n = x.size();
    std::vector<double> ext(n + 2 * pad);
    for (size_t i = 0; i < pad; ++i) ext[i] = 2.0 * x[0] - x[pad - i];
    std::copy(x.begin(), x.end(), ext.begin() + pad);
    for (size_t i = 0; i < pad; ++i) ext[pad + n + i] = 2.0 * x[n - 1] - x[n - 2 - i];
    return ext;
}

std::vector<std::array<double, 2>> scaled(const std::vector<std::array<double, 2>>& zi, double v) {
    auto out = zi;
    for (auto& z : out) z = {z[0] * v, z[1] * v};
    return out;
}

}  // namespace

namespace {

constexpr int kLanes = 4;

// One causal pass over kLanes interleaved signals (sample-major, lane-minor), starting from the
// unit-step states zi scaled by each lane's first sample. The states live in local arrays that
// cannot alias the data, so the compiler keeps them in registers.
// `backward` runs from the last sample to the first, which spares reversing the data twice.
void filterLanes(const Sos& sos, std::vector<double>& data, size_t length,
                 const std::vector<std::array<double, 2>>& zi, bool backward) {
    constexpr size_t kMaxSections = 8;
    const std::ptrdiff_t step = backward ? -kLanes : kLanes;
    double* const start = data.data() + (backward ? (length - 1) * kLanes : 0);
    double x0[kLanes];
    for (int l = 0; l < kLanes; ++l) x0[l] = start[l];
    for (size_t first = 0; first < sos.size(); first += kMaxSections) {
        const size_t n = std::min(kMaxSections, sos.size() - first);
        double b0[kMaxSections], b1[kMaxSections], b2[kMaxSections], a1[kMaxSections],
            a2[kMaxSections];
        double z0[kMaxSections][kLanes], z1[kMaxSections][kLanes];
        for (size_t s = 0; s < n; ++s) {
            const Biquad& q = sos[first + s];
            b0[s] = q.b[0], b1[s] = q.b[1], b2[s] = q.b[2], a1[s] = q.a[1], a2[s] = q.a[2];
            for (int l = 0; l < kLanes; ++l) {
                z0[s][l] = zi[first + s][0] * x0[l];
                z1[s][l] = zi[first + s][1] * x0[l];
            }
        }
        double* v = start;
        for (size_t t = 0; t < length; ++t, v += step) {
            double x[kLanes];
            for (int l = 0; l < kLanes; ++l) x[l] = v[l];
            for (size_t s = 0; s < n; ++s) {
                for (int l = 0; l < kLanes; ++l) {
                    const double out = b0[s] * x[l] + z0[s][l];
                    z0[s][l] = b1[s] * x[l] - a1[s] * out + z1[s][l];
                    z1[s][l] = b2[s] * x[l] - a2[s] * out;
                    x[l] = out;
                }
            }
            for (int l = 0; l < kLanes; ++l) v[l] = x[l];
        }
    }
}

}  // namespace

void sosFiltFiltChannels(const Sos& sos, std::vector<std::vector<double>>& channels) {
    if (channels.empty() || sos.empty() || channels[0].size() < 2) return;
    const size_t n = channels[0].size();
    const size_t pad = std::min(defaultPadLength(sos), n - 1);
    const size_t length = n + 2 * pad;
    const auto zi = sosSteadyState(sos);
    std::vector<double> data(length * kLanes);
    for (size_t first = 0; first < channels.size(); first += kLanes) {
        const size_t lanes = std::min<size_t>(kLanes, channels.size() - first);
        for (size_t l = 0; l < kLanes; ++l) {
            // Unused lanes repeat the first channel of the group; their result is dropped.
            const auto ext = oddExtension(channels[first + (l < lanes ? l : 0)], pad);
            for (size_t t = 0; t < length; ++t) data[t * kLanes + l] = ext[t];
        }
        filterLanes(sos, data, length, zi, false);
        filterLanes(sos, data, length, zi, true);
        for (size_t l = 0; l < lanes; ++l)
            for (size_t t = 0; t < n; ++t) channels[first + l][t] = data[(t + pad) * kLanes + l];
    }
}

std::vector<double> sosFiltFilt(const Sos& sos, const std::vector<double>& x) {
    if (x.size() < 2 || sos.empty()) return x;
    const size_t pad = std::min(defaultPadLength(sos), x.size() - 1);
    std::vector<double> y = oddExtension(x, pad);
    const auto zi = sosSteadyState(sos);
    auto states = scaled(zi, y.front());
    sosFilter(sos, y, states);
    std::reverse(y.begin(), y.end());
    states = scaled(zi, y.front());
    sosFilter(sos, y, states);
    std::reverse(y.begin(), y.end());
    return std::vector<double>(y.begin() + pad, y.end() - pad);
}

}  // namespace alfee::core::dsp
