#include "app/cli/weights_command.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/cli/cli_support.h"
#include "core/modeling/model_loading.h"
#include "core/modeling/weights_file.h"

namespace alfee::cli {
namespace {

// The checkpoint of a run of the workspace (its best, else its last). Throws
// std::runtime_error with the reason.
QString checkpointOfRun(const QString& runName, Workspace& ws, qint64* run) {
    EvaluationOptions o;
    o.run = runName;
    return selectedCheckpoint(o, ws, run);
}

}  // namespace

int runExportWeights(CliContext& ctx) {
    QCommandLineParser p;
    p.addPositionalArgument("source", "Run id or name, or a checkpoint file");
    p.addPositionalArgument("out", "The weights file to write (.safetensors)");
    p.addOption({"json", "Print the outcome as JSON."});
    const QString usage = "alfee export weights RUN|CHECKPOINT OUT [--workspace W] [--json]";
    if (!parseArgs(p, ctx.args, ctx, usage)) return p.isSet("help") ? kOk : kUsage;
    if (p.positionalArguments().size() != 2) {
        ctx.err << "usage: " << usage << Qt::endl;
        return kUsage;
    }
    const QString source = p.positionalArguments()[0], out = p.positionalArguments()[1];
    qint64 run = 0;
    try {
        QString path = source;
        if (!QFileInfo(source).isFile()) {  // not a file: a run of the workspace
            auto ws = openWorkspace(p, ctx);
            if (!ws) return kFailed;
            path = checkpointOfRun(source, *ws, &run);
        }
        model::LoadedCheckpoint loaded = readCheckpoint(path, torch::kCPU);
        QString error;
        if (!writeWeightsFile(out, loaded.model, loaded.meta, &error)) return fail(ctx, error);
        const QJsonObject outcome{{"weights", out},
                                  {"checkpoint", path},
                                  {"run", run},
                                  {"size", QString::fromStdString(loaded.meta.config.name)},
                                  {"step", qint64(loaded.meta.step)}};
        if (p.isSet("json"))
            ctx.out << QJsonDocument(outcome).toJson(QJsonDocument::Compact) << Qt::endl;
        else
            ctx.out << "weights of " << path << " (ALFEE-" << outcome["size"].toString()
                    << ", step " << loaded.meta.step << ") in " << out
                    << "; in Python: alfee_torch.load(\"" << out << "\")" << Qt::endl;
        return kOk;
    } catch (const std::exception& e) {
        return fail(ctx, QString::fromStdString(e.what()));
    }
}

}  // namespace alfee::cli
