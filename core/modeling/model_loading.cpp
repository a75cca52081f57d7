// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/modeling/model_loading.h"

#include <QFileInfo>
#include <stdexcept>

#include "core/engine/run_registry.h"
#include "core/engine/training_data.h"
#include "core/recording/recording.h"

namespace alfee::core {

void failJob(const QString& message) {
    throw std::runtime_error(message.toStdString());
}

std::unique_ptr<Workspace> openOrCreateWorkspace(const QString& path) {
    QString error;
    auto ws =
        QFileInfo::exists(path) ? Workspace::open(path, &error) : Workspace::create(path, &error);
    if (!ws) failJob(error);
    return ws;
}

QString selectedCheckpoint(const EvaluationOptions& o, Workspace& ws, qint64* runId) {
    if (o.run.isEmpty()) return o.checkpoint;
    QString error;
    RunRegistry registry(ws);
    const auto run = registry.find(o.run, &error);
    if (!run) failJob(error);
    *runId = run->id;
    if (run->kind == "baseline")
        failJob(QStringLiteral("run %1 is the band-power baseline: it has no network to "
                               "reconstruct with or look inside (evaluate, infer and export "
                               "predictions apply its fitted model)")
                    .arg(run->id));
    const QString path = registry.selectedCheckpoint(run->id, &error);
    if (path.isEmpty())
        failJob(error.isEmpty() ? QStringLiteral("run %1 has no checkpoint yet").arg(run->id)
                                : error);
    return path;
}

LoadedModel loadModel(const QString& path, const EvaluationOptions& o, bool needHead) {
    model::applyRuntime({o.device.toStdString(), o.threads, false, 0});
    std::string why;
    const auto device = model::chooseDevice(o.device.toStdString(), &why);
    if (!device) failJob(QString::fromStdString(why));
    auto loaded = readCheckpoint(path, torch::kCPU);
    LoadedModel m{std::make_unique<model::AlfeeSession>(loaded.model, *device),
                  CheckpointData::fromJson(loaded.meta.preprocessJson)};
    if (needHead && m.data.tasks.isEmpty())
        failJob(path + ": a pretrained checkpoint without a fine-tuning head; fine-tune it first");
    return m;
}

QString checkpointOfOptions(const EvaluationOptions& o) {
    if (o.run.isEmpty()) return o.checkpoint;
    qint64 runId = 0;
    return selectedCheckpoint(o, *openOrCreateWorkspace(o.workspace), &runId);
}

PreparedWindow windowOfOptions(const EvaluationOptions& o, const CheckpointData& model) {
    QString error;
    const QString file = o.dataPaths.value(0);
    auto rec = Recording::open(file, &error);
    if (!rec) failJob(error);
    // Channels as the workspace maps the same content (overrides, bad channels), as training,
    // evaluation and inference read them.
    std::unique_ptr<Workspace> ws;
    if (!o.workspace.isEmpty() && QFileInfo::exists(o.workspace) &&
        !(ws = Workspace::open(o.workspace, &error)))
        failJob(error);
    SourceRecording source;
    if (!sourceOfFile(ws.get(), file, &source, &error)) failJob(error);
    PreparedWindow w;
    const double seconds = o.windowSeconds > 0 ? o.windowSeconds : model.windowSeconds;
    if (!extractWindow(*rec, source.mapping, model.electrodes, o.onsetSeconds, seconds,
                       dsp::PreprocessConfig::fromJson(model.preprocess), &w, &error))
        failJob(error);
    return w;
}

}  // namespace alfee::core
