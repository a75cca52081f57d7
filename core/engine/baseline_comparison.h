// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A fine-tuning run's metrics beside those of the band-power baseline on the same windows and
// split: the reference every model result is read against (the report, the run details and
// `alfee runs show`).

#include <QJsonArray>
#include <QJsonObject>
#include <QVector>

#include "core/engine/run_registry.h"

namespace alfee::core {

// One task of a model run and the baseline fitted on the same split, if there is one.
struct BaselineComparison {
    QString task;            // the model's task name
    qint64 baselineRun = 0;  // 0: no baseline on this split
    QJsonObject model;       // split (validation, test) -> whole-split metrics
    QJsonObject baseline;    // the same for the baseline run
};

// The metrics a side-by-side table shows, in its order.
const QStringList& comparedMetrics();

// Per task of `run` (a fine-tuning run): the baseline its plan ran beside it (config
// "baseline_runs"), else the newest finished baseline on the same data (content hash) and
// split. Empty for runs that are not fine-tuning runs.
QVector<BaselineComparison> compareWithBaseline(RunRegistry& registry, const RunRecord& run,
                                                QString* error);

// [{task, baseline_run (null: none), metrics: {METRIC: {model: {validation, test},
// baseline: {validation, test}}}}] for JSON output.
QJsonArray comparisonJson(const QVector<BaselineComparison>& comparisons);

// One sentence on the test split: "On the test split (the same windows), the model has the
// higher balanced accuracy, 0.750 against 0.625 for the band-power baseline (run 1); the
// band-power baseline (run 1) has the higher AUROC, 0.951 against 0.819 for the model.";
// without a baseline, what to run to get one.
QString comparisonSentence(const BaselineComparison& c);

}  // namespace alfee::core
