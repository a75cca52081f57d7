// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The commands of `alfee` and `alfee-model`: one table that both programs read.

#include <QHash>
#include <QStringList>
#include <QTextStream>
#include <QVector>

#include "app/cli/cli_context.h"

namespace alfee::cli {

// The process that runs a command: `alfee` itself, or `alfee-model`, the only one that loads
// LibTorch (about 0.3 s a start), which `alfee` starts with the same arguments.
enum class Runner { Cli, Model };

// One command: its name, one line of help (empty for the internal commands that another command
// runs, such as `export-weights`) and the process that runs it.
struct CommandInfo {
    const char* name;
    const char* summary;
    Runner runner;
};

using CommandFunction = int (*)(CliContext&);

// Every command, in the order `alfee --help` lists them.
const QVector<CommandInfo>& commandTable();

// The command named `name`, or nullptr.
const CommandInfo* findCommand(const QString& name);

// Runs `args[0]` with the rest of `args` in the process `self`, whose commands are `functions`;
// in `alfee`, a command of `alfee-model` is handed to it. Returns the exit code.
int dispatch(const QStringList& args, QTextStream& out, QTextStream& err, Runner self,
             const QHash<QString, CommandFunction>& functions);

}  // namespace alfee::cli
