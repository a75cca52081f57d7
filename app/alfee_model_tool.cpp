// `alfee-model`: the LibTorch half of the command line, run by `alfee model ...`.
#include <QCoreApplication>
#include <QTextStream>

#include "core/modeling/model_commands.h"

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("alfee");
    QTextStream out(stdout), err(stderr);
    alfee::core::cli::CliContext ctx{app.arguments().mid(1), out, err};
    return alfee::core::cli::runModel(ctx);
}
