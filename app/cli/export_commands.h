// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `alfee export predictions RUN --csv FILE`: results handed back to other tools.

#include "app/cli/cli_context.h"

namespace alfee::cli {

int runExport(CliContext& ctx);

}  // namespace alfee::cli
