#pragma once
// `alfee report RUN [--html FILE] [--pdf FILE] [--workspace W]`: a run's report.

#include "app/cli/cli_context.h"

namespace alfee::cli {

int runReport(CliContext& ctx);

}  // namespace alfee::cli
