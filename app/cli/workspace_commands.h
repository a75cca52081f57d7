// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `alfee workspace`, `import`, `dataset`, `mapping` and `montage`: commands on a workspace.

#include "app/cli/cli_context.h"

namespace alfee::cli {

int runWorkspace(CliContext& ctx);
int runImport(CliContext& ctx);
int runDataset(CliContext& ctx);
int runMapping(CliContext& ctx);
int runMontage(CliContext& ctx);

}  // namespace alfee::cli
