#pragma once
// `alfee export predictions RUN --csv FILE`: results handed back to other tools.

#include "app/cli/cli_context.h"

namespace alfee::cli {

int runExport(CliContext& ctx);

}  // namespace alfee::cli
