// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A run's predictions on the recordings themselves: for each recording the run predicted, an
// EDF+ (BDF+ for BDF) copy written through EDFlib with the recording's own annotations (as the
// workspace keeps them: the user's edits where there are some) and one
// more per window and task, "<predicted class> p=<probability>" (and the true class where
// known; "<task>: " first where the run has several tasks, each with its own classes) over the
// window's span, which EDFbrowser and MNE show on the traces.

#include <QStringList>

namespace alfee::core {

class Workspace;

// Writes the copies into `dir` (created if needed) as NAME_runN_predictions.edf|bdf; false
// with *error naming the run, the recording or the file.
bool writePredictionsEdf(Workspace& workspace, qint64 run, const QString& dir, QStringList* written,
                         QString* error);

}  // namespace alfee::core
