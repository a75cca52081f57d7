// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `alfee`: the command-line tool. Wiring only: the commands live in app/cli.
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

#include "app/cli/cli_command_functions.h"

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("alfee");
    QCoreApplication::setApplicationVersion(ALFEE_VERSION);
    QTextStream out(stdout), err(stderr);
    return alfee::cli::runAlfee(app.arguments().mid(1), out, err);
}
