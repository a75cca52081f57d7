// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The preprocessing chain of a dataset: band-pass, notch, resampling to 256 Hz, z-score.

#include <QJsonObject>
#include <vector>

namespace alfee::core::dsp {

// What is done to each channel before it becomes model input; saved with datasets and checkpoints.
struct PreprocessConfig {
    bool bandpass = true;
    double lowHz = 0.5, highHz = 45.0;  // 4th-order Butterworth, zero phase
    int order = 4;
    double notchHz = 50.0;  // 0 turns the notch off; 60 for the Americas
    double notchQuality = 30.0;
    double targetRateHz = 256.0;
    double zscoreEpsilon = 1e-5;

    QJsonObject toJson() const;
    static PreprocessConfig fromJson(const QJsonObject& json);
    // "band-pass 0.5-45 Hz (order 4), notch 50 Hz, 256 Hz", for messages and reports.
    QString describe() const;
    // Empty when usable at `rateHz`, else why not (a band above Nyquist, ...).
    QString problemAt(double rateHz) const;
};

// Band-pass -> notch -> resample of one channel, as scipy would compute it.
std::vector<double> preprocessChannel(const std::vector<double>& x, double rateHz,
                                      const PreprocessConfig& config);

// preprocessChannel for channels of one rate and length, filtered four at a time.
void preprocessChannels(std::vector<std::vector<double>>& channels, double rateHz,
                        const PreprocessConfig& config);

// Per-window z-score of MODEL.md: z = (y - mean) / (std + eps), std with ddof 0.
struct ZScore {
    double mean = 0, std = 0;
};
ZScore zscoreInPlace(std::vector<double>& y, double epsilon);

}  // namespace alfee::core::dsp
