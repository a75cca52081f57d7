// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The `alfee` program as the command-line tests run it, and the bundled demo recordings they
// run it on.

#include <QByteArray>
#include <QDir>
#include <QProcess>
#include <QStringList>

namespace alfee::tests {

// How one `alfee` command ended: exit code (-1 when it crashed), stdout and stderr.
struct CliRun {
    int code = -1;
    QByteArray out, err;
};

// Runs `alfee ARGS` (in `folder` when given) and waits for it, up to 15 minutes.
inline CliRun runAlfee(const QStringList& args, const QString& folder = {}) {
    QProcess p;
    if (!folder.isEmpty()) p.setWorkingDirectory(folder);
    p.start(QStringLiteral(ALFEE_CLI_PATH), args);
    p.waitForFinished(900000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// resources/demo of the source tree: 8 EEGMAT subjects and an EEGMMIDB run.
inline QString demoFolder() {
    return QDir(QStringLiteral(ALFEE_TEST_DATA_DIR) + "/../../resources/demo").absolutePath();
}

}  // namespace alfee::tests
