// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Commands that live in a sibling executable because they need LibTorch (`alfee model`,
// `finetune`, `evaluate` and `infer` run `alfee-model`), so that the other commands start
// without loading it.

#include "app/cli/cli_context.h"

namespace alfee::cli {

// Runs `alfee-model COMMAND ARGS...` with this process's standard streams; Ctrl-C reaches the
// child (which cancels its job cleanly), SIGTERM is passed on, and the child dies with us.
int runModelTool(const QString& command, CliContext& ctx);

}  // namespace alfee::cli
