// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The figures of a study (the JSON other tools read): per arm, each run's test metrics, their
// mean and SD over folds x seeds, the metric of the pooled out-of-fold predictions (seeds
// averaged) with a 95% bootstrap interval over test subjects, and against the reference arm
// the paired differences with their interval, Wilcoxon p and wins/ties/losses.

#include <QJsonObject>

#include "core/engine/study_store.h"

namespace alfee::core {

// {"study", "folds", "seeds", "reference", "arms": [{"arm", "runs": [{"fold", "seed", "run",
// "test_subjects", "metrics"}], "mean", "sd", "pooled": {METRIC: {"value", "ci95"}},
// "versus_reference": {METRIC: {"difference", "ci95", "wilcoxon_p", "wins", "ties",
// "losses"}}}], "finished_runs", "cells", "method"}; cells without a finished run are left out
// of every figure (and counted).
QJsonObject studyResults(Workspace& workspace, const StudyRecord& study, QString* error);

// The metrics a study reports, by today's names.
const QStringList& studyMetrics();

// Plain words on what the figures are, for the command line and the report.
QString studyMethod(const QJsonObject& results);

}  // namespace alfee::core
