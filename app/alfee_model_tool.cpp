// `alfee-model`: the LibTorch half of the command line, run by `alfee model|finetune|evaluate|
// infer ...` with the command name first.
#include <QCoreApplication>
#include <QTextStream>
#include <cstring>
#include <memory>

#include "core/modeling/model_commands.h"
#include "core/modeling/reconstruction_command.h"
#include "core/modeling/training_commands.h"
#include "core/modeling/weights_command.h"

#ifdef ALFEE_WITH_REPORTS
#include <QGuiApplication>

#include "core/modeling/report_command.h"
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

int reportCommand(alfee::core::cli::CliContext& ctx) {
#ifdef ALFEE_WITH_REPORTS
    return alfee::core::cli::runReport(ctx);
#else
    ctx.err << "alfee report: this build has no reports (configured with "
               "-DALFEE_WITH_REPORTS=OFF, for machines without QtGui)\n";
    return 2;
#endif
}

}  // namespace

int main(int argc, char* argv[]) {
    const auto app = application(argc, argv);
    QCoreApplication::setApplicationName("alfee");
    QCoreApplication::setApplicationVersion(ALFEE_VERSION);
    QTextStream out(stdout), err(stderr);
    const QStringList args = QCoreApplication::arguments().mid(1);
    alfee::core::cli::CliContext ctx{args.mid(1), out, err};
    const QString command = args.value(0);
    if (command == "model") return alfee::core::cli::runModel(ctx);
    if (command == "pretrain") return alfee::core::cli::runPretrain(ctx);
    if (command == "finetune") return alfee::core::cli::runFineTune(ctx);
    if (command == "evaluate") return alfee::core::cli::runEvaluate(ctx);
    if (command == "infer") return alfee::core::cli::runInfer(ctx);
    if (command == "report") return reportCommand(ctx);
    if (command == "export-weights") return alfee::core::cli::runExportWeights(ctx);
    if (command == "export-reconstruction") return alfee::core::cli::runExportReconstruction(ctx);
    err << "usage: alfee-model "
           "model|pretrain|finetune|evaluate|infer|report|export-weights|export-reconstruction "
           "ARGS "
           "(run it through "
           "alfee)\n";
    return 2;
}
