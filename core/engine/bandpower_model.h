#pragma once
// A fitted band-power baseline as its run folder keeps it (bandpower-model.json): what it reads
// (electrodes, bands, preprocessing, window length), the training split's feature scaling and
// the logistic regression. Evaluation and inference apply it to new windows without its run.

#include <QJsonObject>
#include <QStringList>

#include "core/engine/band_power.h"
#include "core/engine/logistic_regression.h"

namespace alfee::core {

// The baseline's whole model; JSON round trip, and class probabilities of a window.
struct BandPowerModel {
    QStringList electrodes;  // the feature rows, in order (each with every band)
    QVector<FrequencyBand> bands;
    QJsonObject preprocess;  // dsp::PreprocessConfig JSON of the windows it was fitted on
    double windowSeconds = 0;
    QStringList classes;
    QVector<double> mean, std;  // of the training split, per feature
    LogisticModel model;
    QString align = "none";  // `--align` of its run: its windows are aligned alike when applied

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject& json, BandPowerModel* out, QString* error);
    // Reads `path`; false with the file and the problem in *error.
    static bool load(const QString& path, BandPowerModel* out, QString* error);
    // Standardised log band powers of `window` (z-scored rows, as the window reader gives them);
    // false naming the electrodes the window lacks.
    bool features(const PreparedWindow& window, double rateHz, QVector<double>* out,
                  QString* error) const;
};

// The rows of `window` for `electrodes`, in that order; the display names of those it lacks in
// *missing (they are left out).
PreparedWindow selectRows(const PreparedWindow& window, const QStringList& electrodes,
                          QStringList* missing);

// The file name of the model in a baseline run's folder.
inline constexpr char kBandPowerModelFile[] = "bandpower-model.json";

}  // namespace alfee::core
