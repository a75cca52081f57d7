// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/weights_command.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/cli/cli_support.h"
#include "core/modeling/linear_head_predictor.h"
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

// A linear-head run's "weights" (band-power baseline, frozen encoder probe): its fitted model as
// JSON (features, training-split
// scaling, logistic-regression coefficients, classes, preprocessing), for numpy or scikit-learn.
int exportBaseline(const LinearHeadPredictor& baseline, const QString& out, bool json,
                   CliContext& ctx) {
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(QJsonDocument(baseline.model.toJson()).toJson()) < 0 || !file.flush())
        return fail(ctx, QStringLiteral("%1: cannot write (%2)").arg(out, file.errorString()));
    const QJsonObject outcome{
        {"weights", out}, {"run", baseline.run}, {"kind", baseline.model.kind}};
    if (json)
        ctx.out << QJsonDocument(outcome).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        ctx.out << "the linear head of run " << baseline.run << " (" << baseline.model.kind
                << "; JSON: features, their scaling, the logistic regression's weights) in " << out
                << Qt::endl;
    return kOk;
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
            if (const auto baseline = linearHeadOfRun(*ws, source))
                return exportBaseline(*baseline, out, p.isSet("json"), ctx);
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
