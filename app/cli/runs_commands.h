// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `alfee runs list | show RUN | compare RUN RUN`: the run registry from the command line.

#include "app/cli/cli_context.h"

namespace alfee::cli {

int runRuns(CliContext& ctx);

}  // namespace alfee::cli
