// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Option parsing and workspace opening shared by the workspace commands.

#include <QCommandLineParser>
#include <memory>

#include "app/cli/cli_context.h"
#include "core/workspace/workspace.h"

namespace alfee::cli {

// Adds --help and --workspace, parses `args`; prints the problem and usage on failure.
bool parseArgs(QCommandLineParser& parser, const QStringList& args, CliContext& ctx,
               const QString& usage);

// The workspace named by --workspace, $ALFEE_WORKSPACE, or ./workspace.alfee.
QString workspacePath(const QCommandLineParser& parser);
std::unique_ptr<Workspace> openWorkspace(const QCommandLineParser& parser, CliContext& ctx);

// Prints "error: <message>" and returns kFailed.
int fail(CliContext& ctx, const QString& message);

}  // namespace alfee::cli
