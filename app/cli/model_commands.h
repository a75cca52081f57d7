#pragma once
// `alfee model`: questions about the ALFEE network itself.

#include "app/cli/cli_context.h"

namespace alfee::cli {

int runModel(CliContext& ctx);

}  // namespace alfee::cli
