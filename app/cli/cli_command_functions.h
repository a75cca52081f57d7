// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The commands that `alfee` runs itself (those of commandTable() with Runner::Cli).

#include "app/cli/command_table.h"

namespace alfee::cli {

// Command name -> its function, for dispatch() in `alfee`.
const QHash<QString, CommandFunction>& cliCommandFunctions();

// Runs `alfee ARGS...` in this process, as `alfee` does (the demo runs its steps so).
int runAlfee(const QStringList& args, QTextStream& out, QTextStream& err);

}  // namespace alfee::cli
