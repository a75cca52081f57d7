// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/modeling/training_support.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "core/engine/batch_prefetcher.h"
#include "core/modeling/safetensors.h"
#include "core/modeling/weights_file.h"
#include "core/modeling/window_batch.h"

namespace alfee::core {
namespace {

QString shapeText(const at::Tensor& t) {
    QStringList dims;
    for (int64_t d : t.sizes()) dims << QString::number(d);
    return "[" + dims.join(", ") + "]";
}

// Copies every parameter and buffer of `from` whose name and shape `to` has as well; the others
// of `to` keep their fresh values and are listed in *fresh / *reshaped.
void copyMatchingWeights(model::Alfee& from, model::Alfee& to, QStringList* fresh,
                         QStringList* reshaped) {
    torch::NoGradGuard noGrad;
    auto copy = [&](const auto& source, auto targets) {
        for (auto& p : targets) {
            const auto* s = source.find(p.key());
            const QString name = QString::fromStdString(p.key());
            if (!s)
                *fresh << name;
            else if (s->sizes() != p.value().sizes())
                *reshaped << QStringLiteral("%1 %2 (checkpoint: %3)")
                                 .arg(name, shapeText(p.value()), shapeText(*s));
            else
                p.value().copy_(*s);
        }
    };
    copy(from->named_parameters(), to->named_parameters());
    copy(from->named_buffers(), to->named_buffers());
}

model::ModelConfig withTasks(model::ModelConfig config, const QVector<TaskHead>& tasks) {
    config.taskTokens = tasks.size();
    config.taskClasses.clear();
    for (const TaskHead& t : tasks) config.taskClasses.push_back(t.classes.size());
    return config;
}

}  // namespace

std::string CheckpointData::toJson() const {
    QJsonArray taskArray;
    for (const TaskHead& t : tasks)
        taskArray.append(
            QJsonObject{{"name", t.name}, {"classes", QJsonArray::fromStringList(t.classes)}});
    const QJsonObject o{{"preprocess", preprocess},
                        {"window_seconds", windowSeconds},
                        {"electrodes", QJsonArray::fromStringList(electrodes)},
                        {"tasks", taskArray},
                        {"align", align}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

CheckpointData CheckpointData::fromJson(const std::string& json) {
    const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
    CheckpointData d;
    d.preprocess = o["preprocess"].toObject(o);  // plain preprocessing JSON in older files
    d.windowSeconds = o["window_seconds"].toDouble(10);
    d.align = o["align"].toString(QStringLiteral("none"));  // none before --align existed
    for (const QJsonValue& e : o["electrodes"].toArray()) d.electrodes << e.toString();
    for (const QJsonValue& t : o["tasks"].toArray()) {
        TaskHead head{t["name"].toString(), {}};
        for (const QJsonValue& c : t["classes"].toArray()) head.classes << c.toString();
        d.tasks << head;
    }
    return d;
}

StartingPoint startingModel(const QString& from, const QString& size,
                            const QVector<TaskHead>& tasks) {
    StartingPoint start;
    if (from.isEmpty()) {
        const auto config = model::presetConfig(size.toStdString());
        if (!config) throw std::runtime_error("no model size '" + size.toStdString() + "'");
        start.description = QStringLiteral("from scratch (ALFEE-%1)").arg(size);
        start.model = model::Alfee(withTasks(*config, tasks));
        return start;
    }
    model::LoadedCheckpoint loaded = readCheckpoint(from, torch::kCPU);
    start.model = model::Alfee(withTasks(loaded.meta.config, tasks));
    copyMatchingWeights(loaded.model, start.model, &start.fresh, &start.reshaped);
    start.checkpoint = from;
    start.data = CheckpointData::fromJson(loaded.meta.preprocessJson);
    start.description = QStringLiteral("from %1 (ALFEE-%2)")
                            .arg(from, QString::fromStdString(loaded.meta.config.name));
    return start;
}

void writeCheckpoint(const QString& path, model::Alfee& model,
                     const torch::optim::Optimizer* optimizer, const CheckpointData& data,
                     qint64 step, const QJsonObject& trainingState) {
    const model::CheckpointMeta meta{
        model->config(), data.toJson(), model::kVocabularyVersion, step,
        QJsonDocument(trainingState).toJson(QJsonDocument::Compact).toStdString()};
    std::string error;
    if (!model::saveCheckpoint(path.toStdString(), model, optimizer, meta, &error))
        throw std::runtime_error(error);
}

model::LoadedCheckpoint readCheckpoint(const QString& path, const c10::Device& device) {
    if (looksLikeSafetensors(path)) {  // weights exported for or saved by PyTorch
        QString why;
        auto weights = readWeightsFile(path, device, &why);
        if (!weights) throw std::runtime_error(why.toStdString());
        return *weights;
    }
    std::string error;
    auto loaded = model::loadCheckpoint(path.toStdString(), device, &error);
    if (!loaded) throw std::runtime_error(error);
    return *loaded;
}

void saveResumable(RunRegistry& registry, qint64 run, const QString& path, model::Alfee& model,
                   const torch::optim::Optimizer& optimizer, const CheckpointData& data,
                   const TrainingState& state) {
    writeCheckpoint(path, model, &optimizer, data, state.step, state.toJson());
    QString error;
    if (!registry.addCheckpoint(run, {path, fileSha256(path), state.step, state.epoch, false},
                                &error) ||
        !registry.setProgress(run, state.step, state.epoch, state.skipped, &error))
        throw std::runtime_error(error.toStdString());
}

QJsonObject decoderAttentionUse(const model::ModelConfig& config,
                                const QVector<const TrainingData*>& data) {
    qint64 fewest = std::numeric_limits<qint64>::max(), most = 0;
    for (const TrainingData* d : data) {
        const qint64 steps = std::llround(d->spec.windowSeconds);
        for (const SourceRecording& r : d->recordings) {
            const qint64 channels = d->spec.electrodes.isEmpty() ? r.mapping.mapped().size()
                                                                 : d->spec.electrodes.size();
            fewest = std::min(fewest, channels * steps), most = std::max(most, channels * steps);
        }
    }
    const bool fullForFewest = config.fullDecoderAttention(fewest);
    const bool fullForMost = config.fullDecoderAttention(most);
    const QString used =
        fullForMost ? QStringLiteral("full")
        : !fullForFewest
            ? QStringLiteral("step")
            : QStringLiteral("full up to %1 queries, step above").arg(config.decoderFullLimit);
    return {{"setting", QString::fromStdString(config.decoderAttention)},
            {"full_limit_queries", config.decoderFullLimit},
            {"queries_per_window", QStringLiteral("%1-%2").arg(fewest).arg(most)},
            {"used", used}};
}

QVector<QVector<double>> predictProbabilities(model::AlfeeSession& session, int task,
                                              WindowReader& reader, const QVector<int>& indices,
                                              int batch, const std::atomic_bool* cancel,
                                              const std::function<void(int)>& progress) {
    QVector<QVector<int>> batches;
    for (int i = 0; i < indices.size(); i += batch) batches << indices.mid(i, batch);
    BatchPrefetcher prefetcher(reader, batches);
    session.model()->eval();
    torch::NoGradGuard noGrad;
    QVector<QVector<double>> out;
    WindowBatch b;
    while ((!cancel || !*cancel) && prefetcher.next(&b)) {
        if (!b.error.isEmpty()) throw std::runtime_error(b.error.toStdString());
        const auto logits = session.fineTuneLogits(makeBatch(b.windows))[task];
        const auto p = torch::softmax(logits.to(torch::kFloat64), -1).cpu().contiguous();
        for (int64_t i = 0; i < p.size(0); ++i)
            out << QVector<double>(p[i].data_ptr<double>(), p[i].data_ptr<double>() + p.size(1));
        if (progress) progress(out.size());
    }
    session.model()->train();
    return out;
}

}  // namespace alfee::core
