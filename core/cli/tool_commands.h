#pragma once
// Commands that live in a sibling executable because they need LibTorch (`alfee model` runs
// `alfee-model`), so that the other commands start without loading it.

#include "core/cli/cli_context.h"

namespace alfee::core::cli {

int runModelTool(CliContext& ctx);

}  // namespace alfee::core::cli
