// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `alfee export weights RUN|CHECKPOINT OUT`: a run's selected checkpoint, or a checkpoint file,
// as a safetensors file that python/alfee_torch loads (core/modeling/weights_file.h).

#include "app/cli/cli_context.h"

namespace alfee::cli {

int runExportWeights(CliContext& ctx);

}  // namespace alfee::cli
