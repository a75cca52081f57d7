// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Metrics of predicted windows over a whole split and per subject, with the predictions as the
// run registry stores them; shared by fine-tuning (validation, test) and evaluation.

#include <QJsonObject>
#include <QVector>

#include "core/engine/run_registry.h"
#include "core/engine/training_data.h"

namespace alfee::core {

// What one split's predictions amount to.
struct WindowEvaluation {
    QJsonObject metrics;     // over every window
    QJsonObject perSubject;  // subject -> metrics
    QVector<ResultRecord> results;
    QVector<PredictionRecord> predictions;
};

// `indices` into data.windows with their class probabilities; `toModel` maps the data's class
// indices onto the model's (empty: the same).
WindowEvaluation evaluateWindows(const TrainingData& data, const QVector<int>& indices,
                                 const QVector<QVector<double>>& probabilities, int classes,
                                 const QString& split, const QVector<int>& toModel = {});

}  // namespace alfee::core
