// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `alfee info`, `alfee read` and `alfee repair`: commands on single recordings.

#include "app/cli/cli_context.h"

namespace alfee::cli {

int runInfo(CliContext& ctx);
int runRead(CliContext& ctx);
int runRepair(CliContext& ctx);

}  // namespace alfee::cli
