// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A logistic regression on features computed once per window, as its run folder keeps it: the
// band-power baseline (bandpower-model.json) or a frozen encoder's probe (probe-model.json).
// What it reads (electrodes, bands, encoder, preprocessing, window length), the training
// split's feature scaling and the regression. Evaluation and inference apply it to new windows
// without its run.

#include <QJsonObject>
#include <QStringList>

#include "core/engine/band_power.h"
#include "core/engine/logistic_regression.h"

namespace alfee::core {

// The whole model; JSON round trip, and the features of a window. The features of a window are
// the encoder's (a frozen encoder's probe), then the log band powers (the baseline, a hybrid);
// with subject centring each subject's mean is taken off, then the training split's scaling.
struct FeatureModel {
    QString kind = "bandpower";      // or "encoder_probe"
    QStringList electrodes;          // the band-power rows, in order (each with every band)
    QVector<FrequencyBand> bands;    // empty: no band power
    QString encoder, encoderSha256;  // the frozen encoder's checkpoint; empty: none
    int encoderFeatures = 0;         // leading features from the encoder
    bool subjectCentring = false;
    QJsonObject preprocess;  // dsp::PreprocessConfig JSON of the windows it was fitted on
    double windowSeconds = 0;
    QStringList classes;
    QVector<double> mean, std;  // of the training split, per feature
    LogisticModel model;
    QString align = "none";  // `--align` of its run: its windows are aligned alike when applied

    int featureCount() const { return encoderFeatures + int(electrodes.size() * bands.size()); }
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject& json, FeatureModel* out, QString* error);
    // Reads `path`; false with the file and the problem in *error.
    static bool load(const QString& path, FeatureModel* out, QString* error);
    // Log band powers of `window` (z-scored rows, as the window reader gives them), not yet
    // scaled; false naming the electrodes the window lacks.
    bool bandPowerFeatures(const PreparedWindow& window, double rateHz, QVector<double>* out,
                           QString* error) const;
    // The training split's scaling of one row of features.
    void standardise(QVector<double>& row) const;
};

// The rows of `window` for `electrodes`, in that order; the display names of those it lacks in
// *missing (they are left out).
PreparedWindow selectRows(const PreparedWindow& window, const QStringList& electrodes,
                          QStringList* missing);

// The file name of the model in a baseline run's folder, and in a frozen encoder probe's.
inline constexpr char kBandPowerModelFile[] = "bandpower-model.json";
inline constexpr char kProbeModelFile[] = "probe-model.json";

}  // namespace alfee::core
