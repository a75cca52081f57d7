#pragma once
// `alfee demo`: the bundled demo workspace, built and shown without a display.

#include "core/cli/cli_context.h"

namespace alfee::core::cli {

int runDemo(CliContext& ctx);

}  // namespace alfee::core::cli
