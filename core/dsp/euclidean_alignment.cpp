// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dsp/euclidean_alignment.h"

#include <algorithm>
#include <cmath>

namespace alfee::core::dsp {
namespace {

// One Jacobi rotation that zeroes a[p][q], applied to a (both sides) and to the vectors v.
void rotate(std::vector<double>& a, std::vector<double>& v, int n, int p, int q) {
    const double apq = a[size_t(p * n + q)];
    const double theta = (a[size_t(q * n + q)] - a[size_t(p * n + p)]) / (2 * apq);
    const double t = (theta >= 0 ? 1.0 : -1.0) / (std::abs(theta) + std::sqrt(theta * theta + 1));
    const double c = 1 / std::sqrt(t * t + 1), s = t * c;
    for (int k = 0; k < n; ++k) {  // columns p and q
        const double akp = a[size_t(k * n + p)], akq = a[size_t(k * n + q)];
        a[size_t(k * n + p)] = c * akp - s * akq, a[size_t(k * n + q)] = s * akp + c * akq;
    }
    for (int k = 0; k < n; ++k) {  // rows p and q
        const double apk = a[size_t(p * n + k)], aqk = a[size_t(q * n + k)];
        a[size_t(p * n + k)] = c * apk - s * aqk, a[size_t(q * n + k)] = s * apk + c * aqk;
    }
    for (int k = 0; k < n; ++k) {
        const double vkp = v[size_t(k * n + p)], vkq = v[size_t(k * n + q)];
        v[size_t(k * n + p)] = c * vkp - s * vkq, v[size_t(k * n + q)] = s * vkp + c * vkq;
    }
}

// The sum of squares off the diagonal.
double offDiagonal(const std::vector<double>& a, int n) {
    double sum = 0;
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            if (i != j) sum += a[size_t(i * n + j)] * a[size_t(i * n + j)];
    return sum;
}

double squaredNorm(const std::vector<double>& a) {
    double sum = 0;
    for (double v : a) sum += v * v;
    return sum;
}

// `window` with each row's mean removed.
std::vector<double> centredRows(std::vector<double> window, int channels, int samples) {
    for (int c = 0; c < channels; ++c) {
        double* row = window.data() + size_t(c) * size_t(samples);
        double mean = 0;
        for (int t = 0; t < samples; ++t) mean += row[t] / samples;
        for (int t = 0; t < samples; ++t) row[t] -= mean;
    }
    return window;
}

double dot(const double* a, const double* b, int n) {
    double sum = 0;
    for (int t = 0; t < n; ++t) sum += a[t] * b[t];
    return sum;
}

std::vector<double> identity(int n) {
    std::vector<double> m(size_t(n * n), 0.0);
    for (int i = 0; i < n; ++i) m[size_t(i * n + i)] = 1;
    return m;
}

}  // namespace

std::vector<double> spatialCovariance(const std::vector<double>& window, int channels,
                                      int samples) {
    const std::vector<double> x = centredRows(window, channels, samples);
    std::vector<double> r(size_t(channels * channels), 0.0);
    for (int i = 0; i < channels; ++i)
        for (int j = i; j < channels; ++j)
            r[size_t(i * channels + j)] = r[size_t(j * channels + i)] =
                dot(&x[size_t(i) * size_t(samples)], &x[size_t(j) * size_t(samples)], samples) /
                samples;
    return r;
}

void symmetricEigen(const std::vector<double>& matrix, int n, std::vector<double>* values,
                    std::vector<double>* vectors) {
    std::vector<double> a = matrix;
    *vectors = identity(n);
    // Quadratic convergence: a few sweeps reach rounding level; 100 is a guard, never reached.
    const double tolerance = 1e-30 * std::max(squaredNorm(a), 1e-300);
    for (int sweep = 0; sweep < 100 && offDiagonal(a, n) > tolerance; ++sweep)
        for (int p = 0; p < n; ++p)
            for (int q = p + 1; q < n; ++q)
                if (a[size_t(p * n + q)] != 0) rotate(a, *vectors, n, p, q);
    values->resize(size_t(n));
    for (int i = 0; i < n; ++i) (*values)[size_t(i)] = a[size_t(i * n + i)];
}

std::vector<double> inverseSquareRoot(const std::vector<double>& matrix, int n) {
    std::vector<double> values, v;
    symmetricEigen(matrix, n, &values, &v);
    const double largest = values.empty() ? 0 : *std::max_element(values.begin(), values.end());
    if (largest <= 0) return identity(n);  // nothing to whiten
    std::vector<double> out(size_t(n * n), 0.0);
    for (int k = 0; k < n; ++k) {
        const double gain = 1 / std::sqrt(std::max(values[size_t(k)], kEigenvalueFloor * largest));
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < n; ++j)
                out[size_t(i * n + j)] += v[size_t(i * n + k)] * gain * v[size_t(j * n + k)];
    }
    return out;
}

std::vector<double> multiply(const std::vector<double>& a, const std::vector<double>& b, int n,
                             int columns) {
    std::vector<double> out(size_t(n) * size_t(columns), 0.0);
    for (int i = 0; i < n; ++i)
        for (int k = 0; k < n; ++k) {
            const double aik = a[size_t(i * n + k)];
            const double* row = b.data() + size_t(k) * size_t(columns);
            double* target = out.data() + size_t(i) * size_t(columns);
            for (int t = 0; t < columns; ++t) target[t] += aik * row[t];
        }
    return out;
}

}  // namespace alfee::core::dsp
