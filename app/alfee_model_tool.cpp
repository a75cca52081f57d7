// `alfee-model`: the LibTorch half of the command line, run by `alfee model|finetune|evaluate|
// infer ...` with the command name first.
#include <QCoreApplication>
#include <QTextStream>

#include "core/modeling/model_commands.h"
#include "core/modeling/training_commands.h"

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("alfee");
    QCoreApplication::setApplicationVersion(ALFEE_VERSION);
    QTextStream out(stdout), err(stderr);
    const QStringList args = app.arguments().mid(1);
    alfee::core::cli::CliContext ctx{args.mid(1), out, err};
    const QString command = args.value(0);
    if (command == "model") return alfee::core::cli::runModel(ctx);
    if (command == "pretrain") return alfee::core::cli::runPretrain(ctx);
    if (command == "finetune") return alfee::core::cli::runFineTune(ctx);
    if (command == "evaluate") return alfee::core::cli::runEvaluate(ctx);
    if (command == "infer") return alfee::core::cli::runInfer(ctx);
    err << "usage: alfee-model model|finetune|evaluate|infer ARGS (run it through alfee)\n";
    return 2;
}
