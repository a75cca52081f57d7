// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/tool_commands.h"

#include <sys/prctl.h>
#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <csignal>

#include "app/cli/numeric_flags.h"

namespace alfee::cli {
namespace {

volatile pid_t g_child = 0;

// The problem with the first numeric flag of `command` (numeric_flags.h) that `args` give a bad
// value; empty when none. Checked here, so that a mistyped number is refused at once rather
// than after alfee-model has loaded LibTorch (0.8 s), which then reads every flag again.
QString numericProblem(const QString& command, const QStringList& args) {
    const QVector<OptionSpec> specs = numericFlags(QString(command).replace('-', ' '));
    for (int i = 0; i < args.size(); ++i) {
        const QString flag = args[i].section('=', 0, 0);
        const OptionSpec* spec = flag.startsWith("--") ? findOption(specs, flag.mid(2)) : nullptr;
        const bool inlineValue = args[i].contains('=');
        if (!spec || (!inlineValue && i + 1 == args.size())) continue;
        const QString value = inlineValue ? args[i].section('=', 1) : args[++i];
        QJsonValue parsed;
        QString error;
        if (!spec->parse(value, &parsed, &error)) return error;
    }
    return {};
}

void passOn(int signal) {
    if (g_child > 0) ::kill(g_child, signal);
}

}  // namespace

int runModelTool(const QString& command, CliContext& ctx) {
    if (const QString problem = numericProblem(command, ctx.args); !problem.isEmpty()) {
        ctx.err << "error: " << problem << Qt::endl;
        return kFailed;
    }
    const QString tool = QCoreApplication::applicationDirPath() + "/alfee-model";
    if (!QFileInfo(tool).isExecutable()) {
        ctx.err << "error: " << tool << ": missing; it is built and installed with alfee"
                << Qt::endl;
        return kFailed;
    }
    ctx.out.flush();
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    // OpenMP's spinning threads collapse LibTorch's throughput beside the read-ahead threads;
    // the policy must be in the environment before the process starts.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains("OMP_WAIT_POLICY")) environment.insert("OMP_WAIT_POLICY", "passive");
    process.setProcessEnvironment(environment);
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    process.start(tool, QStringList{command} + ctx.args);
    g_child = pid_t(process.processId());
    // The terminal sends Ctrl-C to the child as well; it cancels its job and exits on its own.
    auto previousInt = std::signal(SIGINT, SIG_IGN);
    auto previousTerm = std::signal(SIGTERM, passOn);
    const bool ended = process.waitForFinished(-1);
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    g_child = 0;
    if (!ended || process.exitStatus() != QProcess::NormalExit) {
        ctx.err << "error: " << tool << ": " << process.errorString() << Qt::endl;
        return kFailed;
    }
    return process.exitCode();
}

}  // namespace alfee::cli
