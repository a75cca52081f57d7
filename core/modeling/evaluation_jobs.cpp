#include "core/modeling/evaluation_jobs.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
#include <QThread>
#include <cmath>
#include <numeric>
#include <stdexcept>

#include "core/engine/metrics.h"
#include "core/engine/run_registry.h"
#include "core/engine/shard_cache.h"
#include "core/engine/window_evaluation.h"
#include "core/modeling/model_loading.h"
#include "core/modeling/window_batch.h"
#include "core/recording/recording.h"
#include "core/workspace/recording_store.h"

namespace alfee::core {
namespace {

// Maps the data's class indices onto the model's, by class name.
QVector<int> classMap(const QStringList& dataClasses, const QStringList& modelClasses) {
    QVector<int> map;
    for (const QString& c : dataClasses) {
        const int k = modelClasses.indexOf(c);
        if (k < 0)
            failJob(QStringLiteral("class '%1' of the data is not one of the model's (%2)")
                        .arg(c, modelClasses.join(", ")));
        map << k;
    }
    return map;
}

// 0..n-1 over the windows of `data`.
QVector<int> allIndices(const TrainingData& data) {
    QVector<int> all(data.windows.size());
    std::iota(all.begin(), all.end(), 0);
    return all;
}

// Prepares the shards of `data` and predicts every window with the model's first task; returns
// an empty status when done, else cancelled or failed with *message.
QString predictEvery(Job& job, const EvaluationOptions& o, const TrainingData& data,
                     model::AlfeeSession& session, QVector<QVector<double>>* probabilities,
                     QString* message) {
    WindowReader reader(data, ShardCache::directoryFor(o.workspace));
    const int threads = o.threads > 0 ? o.threads : QThread::idealThreadCount();
    auto report = [&](int done, int total) { emit job.progress({"preparing data", done, total}); };
    QString error;
    if (!reader.prepare(threads, report, job.cancelFlag(), &error)) {
        *message = error.isEmpty() ? QStringLiteral("cancelled") : error;
        return error.isEmpty() ? run_status::kCancelled : run_status::kFailed;
    }
    const QVector<int> all = allIndices(data);
    *probabilities =
        predictProbabilities(session, 0, reader, all, o.batch, job.cancelFlag(), [&](int done) {
            emit job.progress({"predicting", done, all.size()});
        });
    if (job.cancelRequested()) {
        *message = "cancelled";
        return run_status::kCancelled;
    }
    return {};
}

// Records an evaluation in run `runId`, or in a new evaluation run when it is 0.
qint64 recordEvaluation(Workspace& ws, qint64 runId, const QString& checkpoint,
                        const TrainingData& data, const QStringList& classes,
                        const WindowEvaluation& e, const QString& device) {
    RunRegistry registry(ws);
    QString error;
    const bool newRun = runId == 0;
    if (newRun) {
        NewRun run{"evaluate", "evaluate " + QFileInfo(checkpoint).fileName(),
                   {},         QJsonObject{{"checkpoint", checkpoint}},
                   data.name,  data.contentHash(),
                   device,     0,
                   0};
        const auto id = registry.create(run, &error);
        if (!id) failJob(error);
        runId = *id;
    }
    const QString source = "evaluate:" + data.name;
    if (!registry.recordResults(runId, source, classes, e.results, &error) ||
        !registry.recordPredictions(runId, source, e.predictions, &error) ||
        (newRun && !registry.finish(runId, run_status::kFinished, {}, &error)))
        failJob(error);
    return runId;
}

// Windows of plain recordings (not imported) cut as the model's checkpoint says.
TrainingData windowsOfFiles(const EvaluationOptions& o, const CheckpointData& model) {
    TrainingData data;
    data.name = o.dataPaths.join(' ');
    data.spec.preprocess = dsp::PreprocessConfig::fromJson(model.preprocess);
    data.spec.electrodes = model.electrodes;
    data.spec.windowSeconds = o.windowSeconds > 0 ? o.windowSeconds : model.windowSeconds;
    const double stride = o.strideSeconds > 0 ? o.strideSeconds : data.spec.windowSeconds;
    QString error;
    for (const QString& file : o.dataPaths) {
        auto rec = Recording::open(file, &error);
        if (!rec) failJob(error);
        SourceRecording source{
            0, QFileInfo(file).absoluteFilePath(), {}, ChannelMapping::fromRecording(rec->info())};
        if (!RecordingStore::sha256OfFile(file, &source.sha256, &error)) failJob(error);
        data.recordings << source;
        for (const Segment& s : rec->info().segments) {
            const double end = s.onsetSeconds + s.recordCount * rec->info().recordDuration;
            for (double t = s.onsetSeconds; t + data.spec.windowSeconds <= end + 1e-9; t += stride)
                data.windows.push_back({int(data.recordings.size() - 1), t, -1, {}, {}});
        }
    }
    if (data.windows.isEmpty()) failJob("no window fits in the recordings given");
    return data;
}

QJsonArray windowsJson(const QStringList& files, const TrainingData& data,
                       const QStringList& classes, const QVector<QVector<double>>& probabilities) {
    QJsonArray windows;
    const QVector<int> predicted = predictedClasses(probabilities);
    for (int i = 0; i < probabilities.size(); ++i) {
        QJsonArray p;
        for (double v : probabilities[i]) p.append(v);
        windows.append(QJsonObject{{"file", files[data.windows[i].recording]},
                                   {"onset_s", data.windows[i].onsetSeconds},
                                   {"probabilities", p},
                                   {"predicted", classes[predicted[i]]}});
    }
    return windows;
}

}  // namespace

EvaluateJob::EvaluateJob(const EvaluationOptions& options, QObject* parent)
    : Job(parent), o_(options) {}
EvaluateJob::~EvaluateJob() = default;

QString EvaluateJob::execute(QString* message) {
    auto ws = openOrCreateWorkspace(o_.workspace);
    qint64 runId = 0;
    const QString path = selectedCheckpoint(o_, *ws, &runId);
    LoadedModel m = loadModel(path, o_);
    const TaskHead& head = m.data.tasks.front();
    DatasetSpec spec = o_.spec;
    spec.preprocess = dsp::PreprocessConfig::fromJson(m.data.preprocess);
    spec.electrodes = m.data.electrodes;
    TrainingData data;
    QString error;
    const bool ok = o_.datasets.isEmpty()
                        ? loadFileData(*ws, o_.dataPaths, spec, &data, &error)
                        : loadDatasetData(*ws, o_.datasets.front(), &data, &error);
    if (!ok) failJob(error);
    for (const QString& line : data.excluded) emit log("left out: " + line);
    const QVector<int> toModel = classMap(data.spec.classNames(), head.classes);
    QVector<QVector<double>> probabilities;
    if (const QString status = predictEvery(*this, o_, data, *m.session, &probabilities, message);
        !status.isEmpty())
        return status;
    const WindowEvaluation e = evaluateWindows(data, allIndices(data), probabilities,
                                               head.classes.size(), "evaluation", toModel);
    runId = recordEvaluation(*ws, runId, path, data, head.classes, e,
                             QString::fromStdString(m.session->device().str()));
    result_ = e.metrics;
    result_["classes"] = QJsonArray::fromStringList(head.classes);
    result_["per_subject"] = e.perSubject;
    result_["run"] = runId;
    result_["checkpoint"] = path;
    *message = QStringLiteral("%1 windows of %2 subjects")
                   .arg(data.windows.size())
                   .arg(e.perSubject.size());
    return run_status::kFinished;
}

InferJob::InferJob(const EvaluationOptions& options, QObject* parent) : Job(parent), o_(options) {}
InferJob::~InferJob() = default;

QString InferJob::execute(QString* message) {
    const QString path = checkpointOfOptions(o_);
    LoadedModel m = loadModel(path, o_);
    const TrainingData data = windowsOfFiles(o_, m.data);
    QVector<QVector<double>> probabilities;
    if (const QString status = predictEvery(*this, o_, data, *m.session, &probabilities, message);
        !status.isEmpty())
        return status;
    const QStringList classes = m.data.tasks.front().classes;
    result_ = {{"classes", QJsonArray::fromStringList(classes)},
               {"checkpoint", path},
               {"windows", windowsJson(o_.dataPaths, data, classes, probabilities)}};
    *message = QStringLiteral("%1 windows").arg(data.windows.size());
    return run_status::kFinished;
}

}  // namespace alfee::core
