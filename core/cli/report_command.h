#pragma once
// `alfee report RUN --html FILE`: a run of the registry as one self-contained HTML page.

#include "core/cli/cli_context.h"

namespace alfee::core::cli {

int runReport(CliContext& ctx);

}  // namespace alfee::core::cli
