// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `alfee-model`: the LibTorch half of the command line, run by `alfee model|finetune|evaluate|
// infer ...` with the command name first.
#include <QCoreApplication>
#include <QTextStream>
#include <cstring>
#include <memory>

#include "app/cli/model_command_functions.h"

#ifdef ALFEE_WITH_REPORTS
#include <QGuiApplication>
#endif

namespace {

// Reports paint text (figures, PDF pages): that takes a QGuiApplication, on the offscreen
// platform where none is chosen, so that it runs without a display.
std::unique_ptr<QCoreApplication> application(int& argc, char* argv[]) {
#ifdef ALFEE_WITH_REPORTS
    if (argc >= 2 && std::strcmp(argv[1], "report") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

}  // namespace

int main(int argc, char* argv[]) {
    const auto app = application(argc, argv);
    QCoreApplication::setApplicationName("alfee");
    QCoreApplication::setApplicationVersion(ALFEE_VERSION);
    QTextStream out(stdout), err(stderr);
    const QStringList args = QCoreApplication::arguments().mid(1);
    return alfee::cli::dispatch(args, out, err, alfee::cli::Runner::Model,
                                alfee::cli::modelCommandFunctions());
}
