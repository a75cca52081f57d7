#pragma once
// `alfee model`: questions about the ALFEE network itself.

#include "core/cli/cli_context.h"

namespace alfee::core::cli {

int runModel(CliContext& ctx);

}  // namespace alfee::core::cli
