#pragma once
// `alfee pretrain`, `alfee finetune`, `alfee evaluate` and `alfee infer`: the training jobs
// from the command line.

#include "core/cli/cli_context.h"

namespace alfee::core::cli {

int runPretrain(CliContext& ctx);
int runFineTune(CliContext& ctx);
int runEvaluate(CliContext& ctx);
int runInfer(CliContext& ctx);

}  // namespace alfee::core::cli
