// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the exports of a run's predictions share: the run's own predictions, task by task with
// each task's class names, and the run's window length.

#include <QStringList>
#include <optional>

#include "core/engine/run_registry.h"

namespace alfee::core {

// One task's predictions in a run: what made them (the registry's source), the task's name
// and its own class names, in the order of its probabilities.
struct TaskPredictions {
    QString source, task;
    QStringList classes;
};

// A run's own predictions (a fine-tuning run's per task, a baseline's; an evaluation run's
// own), never those of evaluations that older workspaces recorded into the run.
struct RunPredictions {
    QVector<PredictionRecord> rows;  // in the order recorded
    QVector<TaskPredictions> tasks;  // in the order of their first row

    // The task `row` belongs to (by its source).
    const TaskPredictions& taskOf(const PredictionRecord& row) const;
    // Every task's class names, each once, in task order: the probability columns of a table
    // that holds several tasks.
    QStringList allClasses() const;
};

// Nullopt with *error when the run predicted nothing (or the registry cannot be read).
std::optional<RunPredictions> predictionsOfRun(RunRegistry& registry, qint64 run, QString* error);

// The run's window length in seconds (its dataset spec), 0 when the record does not say.
double windowSecondsOfRun(const RunRecord& run);

// The predicted class of a window: the index of its largest probability.
int predictedClass(const PredictionRecord& p);

}  // namespace alfee::core
