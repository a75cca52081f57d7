#pragma once
// `alfee report RUN [--html FILE] [--pdf FILE] [--workspace W]`: a run's report.

#include "core/cli/cli_context.h"

namespace alfee::core::cli {

int runReport(CliContext& ctx);

}  // namespace alfee::core::cli
