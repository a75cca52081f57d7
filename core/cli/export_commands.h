#pragma once
// `alfee export predictions RUN --csv FILE`: results handed back to other tools.

#include "core/cli/cli_context.h"

namespace alfee::core::cli {

int runExport(CliContext& ctx);

}  // namespace alfee::core::cli
