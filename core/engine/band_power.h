// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The classical reference features: log band power per channel and band (Welch's method), the
// inputs of the band-power baseline.

#include <QString>
#include <QVector>

#include "core/dataset/window_extractor.h"

namespace alfee::core {

// A frequency band [low, high) in Hz.
struct FrequencyBand {
    QString name;
    double low = 0, high = 0;
};

// delta 1-4, theta 4-8, alpha 8-13, beta 13-30, gamma 30-45 Hz.
QVector<FrequencyBand> standardBands();

// Welch's power spectral density of one channel (uV^2/Hz), as scipy.signal.welch with a
// periodic Hann window, 50% overlap, constant detrend and one-sided density scaling:
// `segment` samples a segment (a power of two), frequencies k * rate / segment.
QVector<double> welchDensity(const float* x, int n, double rate, int segment);

// log10 of the power (uV^2) in each band of each channel, channel-major: [c * bands + b]. The
// window's z-scored rows are returned to microvolts first (mean and std of the window).
QVector<double> logBandPowers(const PreparedWindow& window, double rate,
                              const QVector<FrequencyBand>& bands);

}  // namespace alfee::core
