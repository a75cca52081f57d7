// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/export_commands.h"

#include "app/cli/cli_support.h"
#include "app/cli/tool_commands.h"
#include "core/engine/run_registry.h"
#include "core/export/predictions_csv.h"
#include "core/export/predictions_edf.h"

namespace alfee::cli {

int runExport(CliContext& ctx) {
    const QString what = ctx.args.value(0);
    if (what == "weights" || what == "reconstruction") {  // LibTorch's part of the command line
        CliContext rest{ctx.args.mid(1), ctx.out, ctx.err};
        return runModelTool("export-" + what, rest);
    }
    QCommandLineParser p;
    p.addPositionalArgument("what", "predictions");
    p.addPositionalArgument("run", "Run id or name");
    p.addOptions(
        {{"csv",
          "One row per window and task: task, true and predicted class, then a p_<class> column "
          "for every class of any task (empty where the class is another task's)",
          "FILE"},
         {"edf", "EDF+ copies of the recordings with the predictions as annotations", "DIR"}});
    const QString usage =
        "alfee export predictions RUN (--csv FILE | --edf DIR) [--workspace W]\n"
        "       alfee export weights RUN|CHECKPOINT OUT [--workspace W]\n"
        "       alfee export reconstruction (--run RUN | --checkpoint FILE) RECORDING OUT.edf "
        "[--onset S] [--mask TASK]";
    if (!parseArgs(p, ctx.args, ctx, usage)) return p.isSet("help") ? kOk : kUsage;
    const QStringList args = p.positionalArguments();
    if (args.size() != 2 || args[0] != "predictions" || !(p.isSet("csv") || p.isSet("edf"))) {
        ctx.err << "usage: " << usage << Qt::endl;
        return kUsage;
    }
    auto ws = openWorkspace(p, ctx);
    if (!ws) return kFailed;
    QString error;
    const auto run = RunRegistry(*ws).find(args[1], &error);
    if (!run) return fail(ctx, error);
    if (p.isSet("csv")) {
        if (!writePredictionsCsv(*ws, run->id, p.value("csv"), &error)) return fail(ctx, error);
        ctx.out << "predictions of run " << run->id << " in " << p.value("csv") << Qt::endl;
    }
    if (p.isSet("edf")) {
        QStringList written;
        if (!writePredictionsEdf(*ws, run->id, p.value("edf"), &written, &error))
            return fail(ctx, error);
        ctx.out << "predictions of run " << run->id << " as annotations in " << written.size()
                << " recording(s):" << Qt::endl;
        for (const QString& f : written) ctx.out << "  " << f << Qt::endl;
    }
    return kOk;
}

}  // namespace alfee::cli
