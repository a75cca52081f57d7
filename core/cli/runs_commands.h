#pragma once
// `alfee runs list | show RUN | compare RUN RUN`: the run registry from the command line.

#include "core/cli/cli_context.h"

namespace alfee::core::cli {

int runRuns(CliContext& ctx);

}  // namespace alfee::core::cli
