// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `alfee study`: does the model help on my data? Arms x subject-wise folds x seeds of ordinary
// runs, with statistics a reviewer accepts; `study --resume ID`, `study show ID`,
// `study export ID --csv FILE`.

#include "app/cli/cli_context.h"

namespace alfee::cli {

int runStudy(CliContext& ctx);

}  // namespace alfee::cli
