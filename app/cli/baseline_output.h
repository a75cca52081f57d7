// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A fine-tuning run's metrics beside the band-power baseline's, as the command line prints them
// (`alfee finetune`, `alfee runs show`).

#include <QJsonArray>

#include "app/cli/cli_context.h"
#include "core/engine/run_registry.h"

namespace alfee::cli {

// The comparison of run `run` with its baseline (comparisonJson), printed as a table with one
// sentence per task unless `quiet`; empty for runs that are not fine-tuning runs.
QJsonArray printBaselineComparison(RunRegistry& registry, const RunRecord& run, QTextStream& out,
                                   bool quiet);

}  // namespace alfee::cli
