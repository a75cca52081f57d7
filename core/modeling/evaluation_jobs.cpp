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

// The head `name` names; without a name, the only one.
int taskIndex(const CheckpointData& model, const QString& name, const QString& checkpoint) {
    QStringList names;
    for (const TaskHead& t : model.tasks) names << t.name;
    if (name.isEmpty() && names.size() == 1) return 0;
    if (name.isEmpty())
        failJob(QStringLiteral("%1 has %2 tasks (%3): give --task NAME")
                    .arg(checkpoint)
                    .arg(names.size())
                    .arg(names.join(", ")));
    const int k = names.indexOf(name);
    if (k < 0)
        failJob(QStringLiteral("%1 has no task '%2' (its tasks: %3)")
                    .arg(checkpoint, name, names.join(", ")));
    return k;
}

// 0..n-1 over the windows of `data`.
QVector<int> allIndices(const TrainingData& data) {
    QVector<int> all(data.windows.size());
    std::iota(all.begin(), all.end(), 0);
    return all;
}

// Prepares the shards of `data` and predicts every window with the model's task `task`; returns
// an empty status when done, else cancelled or failed with *message.
QString predictEvery(Job& job, const EvaluationOptions& o, const TrainingData& data,
                     model::AlfeeSession& session, int task,
                     QVector<QVector<double>>* probabilities, QString* message) {
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
        predictProbabilities(session, task, reader, all, o.batch, job.cancelFlag(), [&](int done) {
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

// The labelled windows, cut and preprocessed as the checkpoint was trained unless told
// otherwise: files get its window and preprocessing; a dataset keeps its windows but is read
// with the checkpoint's preprocessing. Every difference is a warning of the result.
TrainingData evaluationData(const EvaluationOptions& o, Workspace& ws, const CheckpointData& model,
                            const QString& checkpoint) {
    DatasetSpec spec = o.spec;
    spec.preprocess = dsp::PreprocessConfig::fromJson(model.preprocess);
    spec.electrodes = model.electrodes;
    spec.windowSeconds = o.windowSeconds > 0 ? o.windowSeconds : model.windowSeconds;
    spec.strideSeconds = o.strideSeconds > 0 ? o.strideSeconds : spec.windowSeconds;
    TrainingData data;
    QString error;
    const bool ok = o.datasets.isEmpty() ? loadFileData(ws, o.dataPaths, spec, &data, &error)
                                         : loadDatasetData(ws, o.datasets.front(), &data, &error);
    if (!ok) failJob(error);
    if (data.spec.preprocess.toJson() != spec.preprocess.toJson()) {
        data.warnings << QStringLiteral(
                             "dataset '%1' is preprocessed with %2; read with %3, as "
                             "%4 was trained")
                             .arg(data.name, data.spec.preprocess.describe(),
                                  spec.preprocess.describe(), checkpoint);
        data.spec.preprocess = spec.preprocess;
    }
    if (data.spec.windowSeconds != model.windowSeconds)
        data.warnings << QStringLiteral("%1 s windows, but %2 was trained on %3 s windows")
                             .arg(data.spec.windowSeconds)
                             .arg(checkpoint)
                             .arg(model.windowSeconds);
    return data;
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
    const int task = taskIndex(m.data, o_.task, path);
    const TaskHead& head = m.data.tasks[task];
    TrainingData data = evaluationData(o_, *ws, m.data, path);
    for (const QString& line : data.excluded) emit log("left out: " + line);
    for (const QString& line : data.warnings) emit log("warning: " + line);
    const QVector<int> toModel = classMap(data.spec.classNames(), head.classes);
    QVector<QVector<double>> probabilities;
    if (const QString status =
            predictEvery(*this, o_, data, *m.session, task, &probabilities, message);
        !status.isEmpty())
        return status;
    const WindowEvaluation e = evaluateWindows(data, allIndices(data), probabilities,
                                               head.classes.size(), "evaluation", toModel);
    runId = recordEvaluation(*ws, runId, path, data, head.classes, e,
                             QString::fromStdString(m.session->device().str()));
    result_ = e.metrics;
    result_["task"] = head.name;
    result_["classes"] = QJsonArray::fromStringList(head.classes);
    result_["per_subject"] = e.perSubject;
    result_["run"] = runId;
    result_["checkpoint"] = path;
    result_["window_seconds"] = data.spec.windowSeconds;
    result_["preprocess"] = data.spec.preprocess.toJson();
    result_["warnings"] = QJsonArray::fromStringList(data.warnings);
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
    const int task = taskIndex(m.data, o_.task, path);
    const TrainingData data = windowsOfFiles(o_, m.data);
    QVector<QVector<double>> probabilities;
    if (const QString status =
            predictEvery(*this, o_, data, *m.session, task, &probabilities, message);
        !status.isEmpty())
        return status;
    const QStringList classes = m.data.tasks[task].classes;
    result_ = {{"task", m.data.tasks[task].name},
               {"classes", QJsonArray::fromStringList(classes)},
               {"checkpoint", path},
               {"windows", windowsJson(o_.dataPaths, data, classes, probabilities)}};
    *message = QStringLiteral("%1 windows").arg(data.windows.size());
    return run_status::kFinished;
}

}  // namespace alfee::core
