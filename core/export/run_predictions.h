#pragma once
// What the exports of a run's predictions share: its class names and window length.

#include <QStringList>
#include <optional>

#include "core/engine/run_registry.h"

namespace alfee::core {

// A run's predictions with its class names.
struct RunPredictions {
    QVector<PredictionRecord> rows;
    QStringList classes;
};

// Nullopt with *error when the run predicted nothing (or the registry cannot be read).
std::optional<RunPredictions> predictionsOfRun(RunRegistry& registry, qint64 run, QString* error);

// The class names the run's results carry (its first task's), or class_0, class_1...
QStringList classNamesOfRun(RunRegistry& registry, qint64 run, int count);

// The run's window length in seconds (its dataset spec), 0 when the record does not say.
double windowSecondsOfRun(const RunRecord& run);

// The predicted class of a window: the index of its largest probability.
int predictedClass(const PredictionRecord& p);

}  // namespace alfee::core
