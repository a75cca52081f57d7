// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A linear-head run as evaluate and infer apply it (the band-power baseline, or a frozen
// encoder's probe): the model its run folder keeps, what its windows must be, and class
// probabilities of windows.

#include <atomic>
#include <memory>
#include <optional>

#include "core/engine/encoder_features.h"
#include "core/engine/feature_model.h"
#include "core/engine/window_reader.h"
#include "core/modeling/training_support.h"
#include "core/workspace/workspace.h"

namespace alfee::core {

// A fitted linear head, ready to predict.
struct LinearHeadPredictor {
    qint64 run = 0;
    QString modelPath;
    FeatureModel model;
    std::shared_ptr<EncoderFeatures> encoder;  // a probe's frozen encoder; null for a baseline

    // The windows it reads, as a checkpoint would say it: preprocessing, window length, its
    // electrodes (every one required) and one task head with its classes.
    CheckpointData data() const;
    // Probabilities of the windows `indices` of `reader` (prepared); false when cancelled or
    // with *error naming the window's recording and what it lacks. With subject centring each
    // subject's windows among `indices` give its mean.
    bool predict(WindowReader& reader, const TrainingData& windows, const QVector<int>& indices,
                 const std::atomic_bool* cancel, QVector<QVector<double>>* out,
                 QString* error) const;

  private:
    bool featuresOf(WindowReader& reader, const TrainingData& windows, const QVector<int>& batch,
                    QVector<QVector<double>>* rows, QString* error) const;
};

// The linear head of the run `idOrName` when it is a band-power baseline or a frozen encoder
// probe; nullopt for other runs. Throws (failJob) when its model file or encoder is missing or
// damaged.
std::optional<LinearHeadPredictor> linearHeadOfRun(Workspace& workspace, const QString& idOrName,
                                                   const QString& device = "cpu", int threads = 0);

}  // namespace alfee::core
