// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dsp/preprocessing.h"

#include <QString>
#include <cmath>

#include "core/dsp/iir_design.h"
#include "core/dsp/polyphase_resampler.h"
#include "core/dsp/zero_phase.h"

namespace alfee::core::dsp {

QJsonObject PreprocessConfig::toJson() const {
    return {{"bandpass", bandpass},
            {"low_hz", lowHz},
            {"high_hz", highHz},
            {"order", order},
            {"notch_hz", notchHz},
            {"notch_q", notchQuality},
            {"target_rate_hz", targetRateHz},
            {"zscore_epsilon", zscoreEpsilon}};
}

PreprocessConfig PreprocessConfig::fromJson(const QJsonObject& j) {
    PreprocessConfig c;
    c.bandpass = j.value("bandpass").toBool(c.bandpass);
    c.lowHz = j.value("low_hz").toDouble(c.lowHz);
    c.highHz = j.value("high_hz").toDouble(c.highHz);
    c.order = j.value("order").toInt(c.order);
    c.notchHz = j.value("notch_hz").toDouble(c.notchHz);
    c.notchQuality = j.value("notch_q").toDouble(c.notchQuality);
    c.targetRateHz = j.value("target_rate_hz").toDouble(c.targetRateHz);
    c.zscoreEpsilon = j.value("zscore_epsilon").toDouble(c.zscoreEpsilon);
    return c;
}

QString PreprocessConfig::describe() const {
    const QString band =
        bandpass ? QStringLiteral("band-pass %1-%2 Hz (order %3)").arg(lowHz).arg(highHz).arg(order)
                 : QStringLiteral("no band-pass");
    const QString notch =
        notchHz > 0 ? QStringLiteral("notch %1 Hz").arg(notchHz) : QStringLiteral("no notch");
    return QStringLiteral("%1, %2, %3 Hz").arg(band, notch).arg(targetRateHz);
}

QString PreprocessConfig::problemAt(double rateHz) const {
    const double nyquist = rateHz / 2;
    if (bandpass && (lowHz <= 0 || highHz <= lowHz || highHz >= nyquist))
        return QStringLiteral("band-pass %1-%2 Hz does not fit below the Nyquist frequency %3 Hz")
            .arg(lowHz)
            .arg(highHz)
            .arg(nyquist);
    if (notchHz > 0 && notchHz >= nyquist)
        return QStringLiteral("notch at %1 Hz is above the Nyquist frequency %2 Hz")
            .arg(notchHz)
            .arg(nyquist);
    return {};
}

std::vector<double> preprocessChannel(const std::vector<double>& x, double rateHz,
                                      const PreprocessConfig& c) {
    std::vector<double> y = x;
    if (c.bandpass) y = sosFiltFilt(butterworthBandpass(c.order, c.lowHz, c.highHz, rateHz), y);
    if (c.notchHz > 0 && c.notchHz < rateHz / 2)
        y = sosFiltFilt({iirNotch(c.notchHz, c.notchQuality, rateHz)}, y);
    if (std::abs(rateHz - c.targetRateHz) > 1e-9)
        y = PolyphaseResampler::forRates(rateHz, c.targetRateHz).apply(y);
    return y;
}

void preprocessChannels(std::vector<std::vector<double>>& channels, double rateHz,
                        const PreprocessConfig& c) {
    if (c.bandpass)
        sosFiltFiltChannels(butterworthBandpass(c.order, c.lowHz, c.highHz, rateHz), channels);
    if (c.notchHz > 0 && c.notchHz < rateHz / 2)
        sosFiltFiltChannels({iirNotch(c.notchHz, c.notchQuality, rateHz)}, channels);
    if (std::abs(rateHz - c.targetRateHz) > 1e-9) {
        const PolyphaseResampler resampler = PolyphaseResampler::forRates(rateHz, c.targetRateHz);
        for (auto& x : channels) x = resampler.apply(x);
    }
}

ZScore zscoreInPlace(std::vector<double>& y, double epsilon) {
    ZScore z;
    if (y.empty()) return z;
    for (double v : y) z.mean += v;
    z.mean /= y.size();
    double var = 0;
    for (double v : y) var += (v - z.mean) * (v - z.mean);
    z.std = std::sqrt(var / y.size());
    for (double& v : y) v = (v - z.mean) / (z.std + epsilon);
    return z;
}

}  // namespace alfee::core::dsp
