// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/modeling/linear_head_predictor.h"

#include <QFileInfo>

#include "core/engine/run_registry.h"
#include "core/engine/subject_centring.h"
#include "core/modeling/frozen_encoder.h"
#include "core/modeling/model_loading.h"

namespace alfee::core {
namespace {

constexpr int kEncoderBatch = 32;

}  // namespace

CheckpointData LinearHeadPredictor::data() const {
    CheckpointData d;
    d.preprocess = model.preprocess;
    d.windowSeconds = model.windowSeconds;
    d.electrodes = model.electrodes;
    const QString head = encoder ? QStringLiteral("probe") : QStringLiteral("bandpower");
    d.tasks = {TaskHead{head, model.classes}};
    d.align = model.align;
    d.subjectCentring = model.subjectCentring;
    return d;
}

// The features (not yet centred or scaled) of the windows `batch`.
bool LinearHeadPredictor::featuresOf(WindowReader& reader, const TrainingData& windows,
                                     const QVector<int>& batch, QVector<QVector<double>>* rows,
                                     QString* error) const {
    const double rate = dsp::PreprocessConfig::fromJson(model.preprocess).targetRateHz;
    QVector<PreparedWindow> read(batch.size());
    for (int k = 0; k < batch.size(); ++k)
        if (!reader.read(batch[k], &read[k], error)) return false;
    *rows = encoder ? encoder->of(read) : QVector<QVector<double>>(batch.size());
    if (model.bands.isEmpty()) return true;
    for (int k = 0; k < batch.size(); ++k) {
        QVector<double> bandPowers;
        if (!model.bandPowerFeatures(read[k], rate, &bandPowers, error)) {
            *error = windows.recordings[windows.windows[batch[k]].recording].path + ": " + *error;
            return false;
        }
        (*rows)[k] += bandPowers;
    }
    return true;
}

bool LinearHeadPredictor::predict(WindowReader& reader, const TrainingData& windows,
                                  const QVector<int>& indices, const std::atomic_bool* cancel,
                                  QVector<QVector<double>>* out, QString* error) const {
    QVector<QVector<double>> rows;
    for (int i = 0; i < indices.size(); i += kEncoderBatch) {
        if (cancel && *cancel) return false;
        QVector<QVector<double>> batch;
        if (!featuresOf(reader, windows, indices.mid(i, kEncoderBatch), &batch, error))
            return false;
        rows += batch;
    }
    if (model.subjectCentring) {
        QVector<QString> subjects;
        for (int i : indices) subjects << windows.windows[i].subject;
        centreBySubject(rows, subjects);
    }
    out->clear();
    for (QVector<double>& row : rows) {
        model.standardise(row);
        *out << model.model.probabilities(row);
    }
    return true;
}

std::optional<LinearHeadPredictor> linearHeadOfRun(Workspace& workspace, const QString& idOrName,
                                                   const QString& device, int threads) {
    QString error;
    RunRegistry registry(workspace);
    const auto run = registry.find(idOrName, &error);
    if (!run) failJob(error);
    const bool probe = run->kind == "finetune" && run->config["freeze"].toString() == "encoder";
    if (run->kind != "baseline" && !probe) return std::nullopt;
    LinearHeadPredictor p;
    p.run = run->id;
    p.modelPath =
        registry.runFolder(run->id) + "/" + (probe ? kProbeModelFile : kBandPowerModelFile);
    if (!QFileInfo::exists(p.modelPath))
        failJob(QStringLiteral("run %1 has no fitted model (%2 is missing): %3")
                    .arg(run->id)
                    .arg(p.modelPath)
                    .arg(run->status == "finished"
                             ? QStringLiteral("fit it again with the run's reproducing command")
                             : QStringLiteral("the run ended %1").arg(run->status)));
    if (!FeatureModel::load(p.modelPath, &p.model, &error)) failJob(error);
    if (!probe) return p;
    if (fileSha256(p.model.encoder) != p.model.encoderSha256)
        failJob(QStringLiteral("run %1's frozen encoder %2 is missing or changed since the probe "
                               "was fitted (SHA-256 differs)")
                    .arg(run->id)
                    .arg(p.model.encoder));
    p.encoder = loadFrozenEncoder(p.model.encoder, device, threads);
    return p;
}

}  // namespace alfee::core
