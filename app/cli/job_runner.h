// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs a job on a worker thread for the command line: a progress bar with loss, samples/s and
// time left on a terminal, plain lines otherwise; Ctrl-C cancels the job (it checkpoints).

#include <QTextStream>

#include "app/cli/cli_context.h"
#include "core/engine/job.h"

namespace alfee::cli {

// Runs `job` to its end on a QThread and returns its status (finished, cancelled, failed).
QString runJob(Job& job, QTextStream& out, QTextStream& err, bool quiet = false);

}  // namespace alfee::cli
