#pragma once
// Runs a job on a worker thread for the command line: a progress bar with loss, samples/s and
// time left on a terminal, plain lines otherwise; Ctrl-C cancels the job (it checkpoints).

#include <QTextStream>

#include "core/engine/job.h"

namespace alfee::core::cli {

// Runs `job` to its end on a QThread and returns its status (finished, cancelled, failed).
QString runJob(Job& job, QTextStream& out, QTextStream& err, bool quiet = false);

}  // namespace alfee::core::cli
