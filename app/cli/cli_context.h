// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a CLI command gets: its arguments and the two output streams.
// The command line is a layer of its own above core/ (app/cli); it names core's types as its own.

#include <QStringList>
#include <QTextStream>

namespace alfee::core {}

namespace alfee::cli {

using namespace alfee::core;  // the commands are written in core's terms

// Arguments after the command name, stdout and stderr; commands return the process exit code.
struct CliContext {
    QStringList args;
    QTextStream& out;
    QTextStream& err;
};

// Exit codes shared by every command.
enum ExitCode { kOk = 0, kFailed = 1, kUsage = 2 };

}  // namespace alfee::cli
