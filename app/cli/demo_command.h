// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `alfee demo`: the bundled demo workspace, built and shown without a display.

#include "app/cli/cli_context.h"

namespace alfee::cli {

int runDemo(CliContext& ctx);

}  // namespace alfee::cli
