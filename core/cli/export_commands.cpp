#include "core/cli/export_commands.h"

#include "core/cli/cli_support.h"
#include "core/engine/run_registry.h"
#include "core/export/predictions_csv.h"

namespace alfee::core::cli {

int runExport(CliContext& ctx) {
    QCommandLineParser p;
    p.addPositionalArgument("what", "predictions");
    p.addPositionalArgument("run", "Run id or name");
    p.addOptions({{"csv", "One row per window: classes and probabilities", "FILE"},
                  {"edf", "EDF+ copies with the predictions as annotations (not yet)", "DIR"}});
    const QString usage = "alfee export predictions RUN --csv FILE [--workspace W]";
    if (!parseArgs(p, ctx.args, ctx, usage)) return p.isSet("help") ? kOk : kUsage;
    const QStringList args = p.positionalArguments();
    if (args.size() != 2 || args[0] != "predictions" || !(p.isSet("csv") || p.isSet("edf"))) {
        ctx.err << "usage: " << usage << Qt::endl;
        return kUsage;
    }
    if (p.isSet("edf")) return fail(ctx, "export to EDF+ annotations is not there yet; use --csv");
    auto ws = openWorkspace(p, ctx);
    if (!ws) return kFailed;
    QString error;
    const auto run = RunRegistry(*ws).find(args[1], &error);
    if (!run) return fail(ctx, error);
    if (!writePredictionsCsv(*ws, run->id, p.value("csv"), &error)) return fail(ctx, error);
    ctx.out << "predictions of run " << run->id << " in " << p.value("csv") << Qt::endl;
    return kOk;
}

}  // namespace alfee::core::cli
