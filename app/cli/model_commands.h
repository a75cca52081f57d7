// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `alfee model`: questions about the ALFEE network itself.

#include "app/cli/cli_context.h"

namespace alfee::cli {

int runModel(CliContext& ctx);

}  // namespace alfee::cli
