// `alfee`: the command-line tool. Wiring only: each command lives in core/cli.
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

#include "core/cli/command_table.h"

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("alfee");
    QCoreApplication::setApplicationVersion(ALFEE_VERSION);
    QTextStream out(stdout), err(stderr);
    return alfee::core::cli::dispatch(app.arguments().mid(1), out, err);
}
