// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `alfee report RUN [--html FILE] [--pdf FILE] [--workspace W]`: a run's report.

#include "app/cli/cli_context.h"

namespace alfee::cli {

int runReport(CliContext& ctx);

}  // namespace alfee::cli
