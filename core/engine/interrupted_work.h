// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a process that ended without finishing (killed, crashed, the machine went down) left
// unfinished in a workspace, said once at the next start: an import, and training runs.

#include <QStringList>

namespace alfee::core {

class Workspace;

// One sentence per interrupted import or run whose process is gone from this machine; the runs
// are marked interrupted (resumable) and the import's record is cleared, so each is said once.
// Empty when nothing was interrupted or on error (*error set).
// Runs cancelled because the workbench was closed during training (the user agreed) are said
// too: noteCancelledOnQuit records the run when it happens.
QStringList takeInterruptedWork(Workspace& ws, QString* error);

// Records that run `run` is being cancelled because the application closes, for the next start.
bool noteCancelledOnQuit(Workspace& ws, qint64 run, QString* error);

}  // namespace alfee::core
