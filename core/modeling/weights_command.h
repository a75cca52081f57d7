#pragma once
// `alfee export weights RUN|CHECKPOINT OUT`: a run's selected checkpoint, or a checkpoint file,
// as a safetensors file that python/alfee_torch loads (core/modeling/weights_file.h).

#include "core/cli/cli_context.h"

namespace alfee::core::cli {

int runExportWeights(CliContext& ctx);

}  // namespace alfee::core::cli
