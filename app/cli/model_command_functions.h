// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The commands that `alfee-model` runs (those of commandTable() with Runner::Model).

#include "app/cli/command_table.h"

namespace alfee::cli {

// Command name -> its function, for dispatch() in `alfee-model`.
const QHash<QString, CommandFunction>& modelCommandFunctions();

}  // namespace alfee::cli
