// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/band_power.h"

#include <algorithm>
#include <cmath>
#include <complex>

#include "core/dsp/spectrum.h"

namespace alfee::core {

QVector<FrequencyBand> standardBands() {
    return {
        {"delta", 1, 4}, {"theta", 4, 8}, {"alpha", 8, 13}, {"beta", 13, 30}, {"gamma", 30, 45}};
}

QVector<double> welchDensity(const float* x, int n, double rate, int segment) {
    const std::vector<double> w = dsp::periodicHann(size_t(segment));
    double windowPower = 0;
    for (double v : w) windowPower += v * v;
    QVector<double> psd(segment / 2 + 1, 0.0);
    const int step = segment / 2;
    int segments = 0;
    std::vector<std::complex<double>> buffer(static_cast<size_t>(segment));
    for (int start = 0; start + segment <= n; start += step, ++segments) {
        double mean = 0;
        for (int i = 0; i < segment; ++i) mean += x[start + i];
        mean /= segment;
        for (int i = 0; i < segment; ++i) buffer[size_t(i)] = (x[start + i] - mean) * w[size_t(i)];
        dsp::fft(buffer);
        for (int k = 0; k <= segment / 2; ++k) psd[k] += std::norm(buffer[size_t(k)]);
    }
    const double scale = 1.0 / (rate * windowPower * std::max(1, segments));
    for (int k = 0; k <= segment / 2; ++k)
        psd[k] *= scale * (k == 0 || k == segment / 2 ? 1.0 : 2.0);  // one-sided
    return psd;
}

QVector<double> logBandPowers(const PreparedWindow& window, double rate,
                              const QVector<FrequencyBand>& bands) {
    const int n = window.samplesPerChannel;
    int segment = 1;
    while (segment * 2 <= std::min<double>(n, 2 * rate)) segment *= 2;  // about 2 s
    const double df = rate / segment;
    QVector<double> features;
    QVector<float> microvolts(n);
    for (int c = 0; c < window.electrodes.size(); ++c) {
        const float* z = window.data.constData() + qsizetype(c) * n;
        for (int i = 0; i < n; ++i) microvolts[i] = float(z[i] * window.std[c] + window.mean[c]);
        const QVector<double> psd = welchDensity(microvolts.constData(), n, rate, segment);
        for (const FrequencyBand& band : bands) {
            double power = 0;
            for (int k = 0; k < psd.size(); ++k)
                if (k * df >= band.low && k * df < band.high) power += psd[k] * df;
            features << std::log10(std::max(power, 1e-12));
        }
    }
    return features;
}

}  // namespace alfee::core
