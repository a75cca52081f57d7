#pragma once
// `alfee pretrain`, `alfee finetune`, `alfee evaluate` and `alfee infer`: the training jobs
// from the command line.

#include "app/cli/cli_context.h"

namespace alfee::cli {

int runPretrain(CliContext& ctx);
int runFineTune(CliContext& ctx);
int runEvaluate(CliContext& ctx);
int runInfer(CliContext& ctx);

}  // namespace alfee::cli
