// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A run's own predictions as CSV, for spreadsheets, R and pandas: one row per window and task
// (recording, subject, split, onset_s, task, true_class, predicted_class), then a column
// p_<class> for every class of any task, each class once in task order; a row fills the columns
// of its own task's classes and leaves the others empty, so that tasks with different classes
// share one table and a class name never stands for another task's class. Evaluations of the
// run are runs of their own, exported by their own run id.

#include <QString>

namespace alfee::core {

class Workspace;

// Writes the predictions of run `run` to `path` (RFC 4180 quoting); false with *error naming
// the run or the file.
bool writePredictionsCsv(Workspace& workspace, qint64 run, const QString& path, QString* error);

}  // namespace alfee::core
