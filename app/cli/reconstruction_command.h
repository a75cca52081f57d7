// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `alfee export reconstruction (--run RUN | --checkpoint FILE) RECORDING OUT.edf [--onset S]
// [--mask channel|temporal|forecast|none] [--seed N]`: one window through the model, written as
// EDF+ with the original and reconstructed traces (core/export/reconstruction_edf.h).

#include "app/cli/cli_context.h"

namespace alfee::cli {

int runExportReconstruction(CliContext& ctx);

}  // namespace alfee::cli
