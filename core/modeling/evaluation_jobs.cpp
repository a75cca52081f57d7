#include "core/modeling/evaluation_jobs.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
#include <QThread>
#include <numeric>
#include <stdexcept>

#include "core/engine/metrics.h"
#include "core/engine/run_registry.h"
#include "core/engine/shard_cache.h"
#include "core/modeling/training_support.h"
#include "core/recording/recording.h"
#include "core/workspace/recording_store.h"

namespace alfee::core {
namespace {

[[noreturn]] void fail(const QString& message) {
    throw std::runtime_error(message.toStdString());
}

std::unique_ptr<Workspace> openOrCreate(const QString& path) {
    QString error;
    auto ws = QFileInfo::exists(path) ? Workspace::open(path, &error)
                                      : Workspace::create(path, &error);
    if (!ws) fail(error);
    return ws;
}

// The checkpoint a run selected (its best, else its last), or the file given.
QString checkpointOf(const EvaluationOptions& o, Workspace& ws, qint64* runId) {
    if (o.run.isEmpty()) return o.checkpoint;
    QString error;
    RunRegistry registry(ws);
    const auto run = registry.find(o.run, &error);
    if (!run) fail(error);
    *runId = run->id;
    const QVector<CheckpointRecord> checkpoints = registry.checkpoints(run->id, &error);
    for (const CheckpointRecord& c : checkpoints)
        if (c.best) return c.path;
    if (checkpoints.isEmpty()) fail(QStringLiteral("run %1 has no checkpoint yet").arg(run->id));
    return checkpoints.back().path;
}

// A model on its device with what its checkpoint says about the data.
struct LoadedModel {
    std::unique_ptr<model::AlfeeSession> session;
    CheckpointData data;
};

LoadedModel loadModel(const QString& path, const EvaluationOptions& o) {
    model::applyRuntime({o.device.toStdString(), o.threads, false, 0});
    std::string why;
    const auto device = model::chooseDevice(o.device.toStdString(), &why);
    if (!device) fail(QString::fromStdString(why));
    auto loaded = readCheckpoint(path, torch::kCPU);
    LoadedModel m{std::make_unique<model::AlfeeSession>(loaded.model, *device),
                  CheckpointData::fromJson(loaded.meta.preprocessJson)};
    if (m.data.tasks.isEmpty())
        fail(path + ": a pretrained checkpoint without a fine-tuning head; fine-tune it first");
    return m;
}

// Maps the data's class indices onto the model's, by class name.
QVector<int> classMap(const QStringList& dataClasses, const QStringList& modelClasses) {
    QVector<int> map;
    for (const QString& c : dataClasses) {
        const int k = modelClasses.indexOf(c);
        if (k < 0)
            fail(QStringLiteral("class '%1' of the data is not one of the model's (%2)")
                     .arg(c, modelClasses.join(", ")));
        map << k;
    }
    return map;
}

}  // namespace

EvaluateJob::EvaluateJob(const EvaluationOptions& options, QObject* parent)
    : Job(parent), o_(options) {}
EvaluateJob::~EvaluateJob() = default;

QString EvaluateJob::execute(QString* message) {
    auto ws = openOrCreate(o_.workspace);
    qint64 runId = 0;
    const QString path = checkpointOf(o_, *ws, &runId);
    LoadedModel m = loadModel(path, o_);
    const TaskHead& head = m.data.tasks.front();
    DatasetSpec spec = o_.spec;
    spec.preprocess = dsp::PreprocessConfig::fromJson(m.data.preprocess);
    spec.electrodes = m.data.electrodes;
    TrainingData data;
    QString error;
    const bool ok = o_.datasets.isEmpty() ? loadFileData(*ws, o_.dataPaths, spec, &data, &error)
                                          : loadDatasetData(*ws, o_.datasets.front(), &data, &error);
    if (!ok) fail(error);
    for (const QString& line : data.excluded) emit log("left out: " + line);
    const QVector<int> toModel = classMap(data.spec.classNames(), head.classes);
    WindowReader reader(data, ShardCache::directoryFor(o_.workspace));
    const int threads = o_.threads > 0 ? o_.threads : QThread::idealThreadCount();
    auto report = [&](int done, int total) { emit progress({"preparing data", done, total}); };
    if (!reader.prepare(threads, report, cancelFlag(), &error)) {
        *message = error.isEmpty() ? QStringLiteral("cancelled") : error;
        return error.isEmpty() ? run_status::kCancelled : run_status::kFailed;
    }
    QVector<int> all(data.windows.size());
    std::iota(all.begin(), all.end(), 0);
    const auto probabilities = predictProbabilities(
        *m.session, 0, reader, all, o_.batch, cancelFlag(),
        [&](int done) { emit progress({"predicting", done, all.size()}); });
    if (cancelRequested()) return *message = "cancelled", run_status::kCancelled;
    QVector<int> truth;
    QMap<QString, QPair<QVector<int>, QVector<QVector<double>>>> bySubject;
    QVector<PredictionRecord> predictions;
    for (int i = 0; i < all.size(); ++i) {
        const WindowRef& w = data.windows[i];
        truth << toModel[w.label];
        bySubject[w.subject].first << toModel[w.label];
        bySubject[w.subject].second << probabilities[i];
        predictions.push_back({data.recordings[w.recording].path, w.subject, "evaluation",
                               w.onsetSeconds, toModel[w.label], probabilities[i]});
    }
    const int classes = head.classes.size();
    QJsonObject metrics = classificationMetrics(truth, probabilities, classes).toJson();
    QVector<ResultRecord> results{{"evaluation", {}, metrics}};
    QJsonObject perSubject;
    for (auto it = bySubject.cbegin(); it != bySubject.cend(); ++it) {
        const QJsonObject s =
            classificationMetrics(it.value().first, it.value().second, classes).toJson();
        results.push_back({"evaluation", it.key(), s});
        perSubject[it.key()] = s;
    }
    RunRegistry registry(*ws);
    if (runId == 0) {
        NewRun run{"evaluate", "evaluate " + QFileInfo(path).fileName(), {}, {}, data.name,
                   data.contentHash(), QString::fromStdString(m.session->device().str()),
                   threads, 0};
        run.config = QJsonObject{{"checkpoint", path}};
        const auto id = registry.create(run, &error);
        if (!id) fail(error);
        runId = *id;
    }
    const QString source = "evaluate:" + data.name;
    if (!registry.recordResults(runId, source, head.classes, results, &error) ||
        !registry.recordPredictions(runId, source, predictions, &error))
        fail(error);
    if (o_.run.isEmpty() && !registry.finish(runId, run_status::kFinished, {}, &error)) fail(error);
    metrics["classes"] = QJsonArray::fromStringList(head.classes);
    metrics["per_subject"] = perSubject;
    metrics["run"] = runId;
    metrics["checkpoint"] = path;
    result_ = metrics;
    *message = QStringLiteral("%1 windows of %2 subjects").arg(all.size()).arg(bySubject.size());
    return run_status::kFinished;
}

InferJob::InferJob(const EvaluationOptions& options, QObject* parent)
    : Job(parent), o_(options) {}
InferJob::~InferJob() = default;

QString InferJob::execute(QString* message) {
    qint64 runId = 0;
    std::unique_ptr<Workspace> ws;
    if (!o_.run.isEmpty()) ws = openOrCreate(o_.workspace);
    const QString path = o_.run.isEmpty() ? o_.checkpoint : checkpointOf(o_, *ws, &runId);
    LoadedModel m = loadModel(path, o_);
    TrainingData data;
    data.name = o_.dataPaths.join(' ');
    data.spec.preprocess = dsp::PreprocessConfig::fromJson(m.data.preprocess);
    data.spec.electrodes = m.data.electrodes;
    data.spec.windowSeconds = o_.windowSeconds > 0 ? o_.windowSeconds : m.data.windowSeconds;
    const double stride = o_.strideSeconds > 0 ? o_.strideSeconds : data.spec.windowSeconds;
    QString error;
    for (const QString& file : o_.dataPaths) {
        auto rec = Recording::open(file, &error);
        if (!rec) fail(error);
        SourceRecording source{0, QFileInfo(file).absoluteFilePath(), {},
                               ChannelMapping::fromRecording(rec->info())};
        if (!RecordingStore::sha256OfFile(file, &source.sha256, &error)) fail(error);
        data.recordings << source;
        for (const Segment& s : rec->info().segments) {
            const double end = s.onsetSeconds + s.recordCount * rec->info().recordDuration;
            for (double t = s.onsetSeconds; t + data.spec.windowSeconds <= end + 1e-9; t += stride)
                data.windows.push_back({int(data.recordings.size() - 1), t, -1, {}, {}});
        }
    }
    if (data.windows.isEmpty()) fail("no window fits in the recordings given");
    WindowReader reader(data, ShardCache::directoryFor(o_.workspace));
    const int threads = o_.threads > 0 ? o_.threads : QThread::idealThreadCount();
    auto report = [&](int done, int total) { emit progress({"preparing data", done, total}); };
    if (!reader.prepare(threads, report, cancelFlag(), &error)) {
        *message = error.isEmpty() ? QStringLiteral("cancelled") : error;
        return error.isEmpty() ? run_status::kCancelled : run_status::kFailed;
    }
    QVector<int> all(data.windows.size());
    std::iota(all.begin(), all.end(), 0);
    const auto probabilities = predictProbabilities(
        *m.session, 0, reader, all, o_.batch, cancelFlag(),
        [&](int done) { emit progress({"predicting", done, all.size()}); });
    if (cancelRequested()) return *message = "cancelled", run_status::kCancelled;
    const QStringList classes = m.data.tasks.front().classes;
    QJsonArray windows;
    const QVector<int> predicted = predictedClasses(probabilities);
    for (int i = 0; i < all.size(); ++i) {
        QJsonArray p;
        for (double v : probabilities[i]) p.append(v);
        windows.append(QJsonObject{{"file", o_.dataPaths[data.windows[i].recording]},
                                   {"onset_s", data.windows[i].onsetSeconds},
                                   {"probabilities", p},
                                   {"predicted", classes[predicted[i]]}});
    }
    result_ = {{"classes", QJsonArray::fromStringList(classes)},
               {"checkpoint", path},
               {"windows", windows}};
    *message = QStringLiteral("%1 windows").arg(all.size());
    return run_status::kFinished;
}

}  // namespace alfee::core
