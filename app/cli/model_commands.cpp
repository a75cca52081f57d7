// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/model_commands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/cli/cli_support.h"
#include "core/modeling/torch_include.h"
#include "model/model_info.h"

namespace alfee::cli {
namespace {

int modelInfo(const QCommandLineParser& p, CliContext& ctx) {
    const QString size = p.value("size");
    const auto config = model::presetConfig(size.toStdString());
    if (!config) {
        QStringList names;
        for (const auto& n : model::presetNames()) names << QString::fromStdString(n);
        return fail(ctx,
                    QStringLiteral("no model size '%1' (sizes: %2)").arg(size, names.join(", ")));
    }
    model::Alfee m(*config);
    const int64_t total = model::parameterTotal(m);
    const double paper = config->paperParamsMillions;
    if (p.isSet("json")) {
        QJsonObject parts;
        for (const auto& [part, n] : model::parameterCounts(m))
            parts[QString::fromStdString(part)] = qint64(n);
        const QJsonObject o{{"size", size},
                            {"params_total", qint64(total)},
                            {"params_paper", paper > 0 ? QJsonValue(paper * 1e6) : QJsonValue()},
                            {"parts", parts},
                            {"config", QString::fromStdString(config->serialize())}};
        ctx.out << QJsonDocument(o).toJson();
        ctx.out.flush();
        return kOk;
    }
    ctx.out << "ALFEE-" << size << ": D " << config->dim << " (" << config->timeDim() << " time + "
            << config->freqDim() << " frequency), " << config->heads << " heads, layers "
            << config->channelLayers << "/" << config->temporalLayers << "/"
            << config->decoderLayers << " (channel/temporal/decoder), gated FFN "
            << config->ffnHidden << "\n";
    for (const auto& [part, n] : model::parameterCounts(m))
        ctx.out << QStringLiteral("  %1 %2\n").arg(QString::fromStdString(part), -24).arg(n, 12);
    ctx.out << QStringLiteral("  %1 %2").arg("total", -24).arg(total, 12);
    if (paper > 0)
        ctx.out << QStringLiteral("   (paper: %1M, %2%3%)")
                       .arg(paper)
                       .arg(total >= paper * 1e6 ? "+" : "")
                       .arg((total / (paper * 1e6) - 1) * 100, 0, 'f', 1);
    ctx.out << Qt::endl;
    return kOk;
}

}  // namespace

int runModel(CliContext& ctx) {
    QCommandLineParser p;
    p.addPositionalArgument("action", "info");
    p.addOptions({{"size", "tiny, S, M, B, L or XL", "NAME", "tiny"}, {"json", "Print JSON."}});
    const QString usage = "alfee model info --size NAME [--json]";
    if (!parseArgs(p, ctx.args, ctx, usage)) return p.isSet("help") ? kOk : kUsage;
    if (p.positionalArguments().value(0) == "info") return modelInfo(p, ctx);
    ctx.err << "usage: " << usage << Qt::endl;
    return kUsage;
}

}  // namespace alfee::cli
