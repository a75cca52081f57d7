// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli_support.h"

#include <QProcessEnvironment>

namespace alfee::cli {

bool parseArgs(QCommandLineParser& parser, const QStringList& args, CliContext& ctx,
               const QString& usage) {
    parser.addHelpOption();
    parser.addOption(
        {"workspace", "Workspace file (default: $ALFEE_WORKSPACE or ./workspace.alfee).", "PATH"});
    if (!parser.parse(QStringList{"alfee"} + args)) {
        ctx.err << "error: " << parser.errorText() << "\nusage: " << usage << Qt::endl;
        return false;
    }
    if (parser.isSet("help")) {
        ctx.out << "usage: " << usage << "\n" << parser.helpText().section('\n', 2) << Qt::flush;
        return false;
    }
    return true;
}

QString workspacePath(const QCommandLineParser& parser) {
    if (parser.isSet("workspace")) return parser.value("workspace");
    const QString env = QProcessEnvironment::systemEnvironment().value("ALFEE_WORKSPACE");
    return env.isEmpty() ? QStringLiteral("workspace.alfee") : env;
}

std::unique_ptr<Workspace> openWorkspace(const QCommandLineParser& parser, CliContext& ctx) {
    QString error;
    auto ws = Workspace::open(workspacePath(parser), &error);
    if (!ws) ctx.err << "error: " << error << Qt::endl;
    return ws;
}

int fail(CliContext& ctx, const QString& message) {
    ctx.err << "error: " << message << Qt::endl;
    return kFailed;
}

}  // namespace alfee::cli
