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
#include "core/modeling/training_support.h"
#include "core/modeling/window_batch.h"
#include "core/recording/recording.h"
#include "core/workspace/recording_store.h"

namespace alfee::core {
namespace {

[[noreturn]] void fail(const QString& message) {
    throw std::runtime_error(message.toStdString());
}

std::unique_ptr<Workspace> openOrCreate(const QString& path) {
    QString error;
    auto ws =
        QFileInfo::exists(path) ? Workspace::open(path, &error) : Workspace::create(path, &error);
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

LoadedModel loadModel(const QString& path, const EvaluationOptions& o, bool needHead = true) {
    model::applyRuntime({o.device.toStdString(), o.threads, false, 0});
    std::string why;
    const auto device = model::chooseDevice(o.device.toStdString(), &why);
    if (!device) fail(QString::fromStdString(why));
    auto loaded = readCheckpoint(path, torch::kCPU);
    LoadedModel m{std::make_unique<model::AlfeeSession>(loaded.model, *device),
                  CheckpointData::fromJson(loaded.meta.preprocessJson)};
    if (needHead && m.data.tasks.isEmpty())
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
    if (job.cancelRequested()) return *message = "cancelled", run_status::kCancelled;
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
        if (!id) fail(error);
        runId = *id;
    }
    const QString source = "evaluate:" + data.name;
    if (!registry.recordResults(runId, source, classes, e.results, &error) ||
        !registry.recordPredictions(runId, source, e.predictions, &error) ||
        (newRun && !registry.finish(runId, run_status::kFinished, {}, &error)))
        fail(error);
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
        if (!rec) fail(error);
        SourceRecording source{
            0, QFileInfo(file).absoluteFilePath(), {}, ChannelMapping::fromRecording(rec->info())};
        if (!RecordingStore::sha256OfFile(file, &source.sha256, &error)) fail(error);
        data.recordings << source;
        for (const Segment& s : rec->info().segments) {
            const double end = s.onsetSeconds + s.recordCount * rec->info().recordDuration;
            for (double t = s.onsetSeconds; t + data.spec.windowSeconds <= end + 1e-9; t += stride)
                data.windows.push_back({int(data.recordings.size() - 1), t, -1, {}, {}});
        }
    }
    if (data.windows.isEmpty()) fail("no window fits in the recordings given");
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
    const bool ok = o_.datasets.isEmpty()
                        ? loadFileData(*ws, o_.dataPaths, spec, &data, &error)
                        : loadDatasetData(*ws, o_.datasets.front(), &data, &error);
    if (!ok) fail(error);
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
    qint64 runId = 0;
    std::unique_ptr<Workspace> ws;
    if (!o_.run.isEmpty()) ws = openOrCreate(o_.workspace);
    const QString path = o_.run.isEmpty() ? o_.checkpoint : checkpointOf(o_, *ws, &runId);
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

namespace {

model::PretrainTask maskTaskOf(const QString& name) {
    if (name == "channel") return model::PretrainTask::MaskChannel;
    if (name == "temporal") return model::PretrainTask::MaskTime;
    if (name == "forecast") return model::PretrainTask::Forecast;
    if (name == "none") return model::PretrainTask::None;
    fail(QStringLiteral("mask task '%1' is not channel, temporal, forecast or none").arg(name));
}

PreparedWindow windowToReconstruct(const EvaluationOptions& o, const CheckpointData& model) {
    QString error;
    const QString file = o.dataPaths.value(0);
    auto rec = Recording::open(file, &error);
    if (!rec) fail(error);
    PreparedWindow w;
    const double seconds = o.windowSeconds > 0 ? o.windowSeconds : model.windowSeconds;
    if (!extractWindow(*rec, ChannelMapping::fromRecording(rec->info()), model.electrodes,
                       o.onsetSeconds, seconds, dsp::PreprocessConfig::fromJson(model.preprocess),
                       &w, &error))
        fail(error);
    return w;
}

// Which patch (c, t) the model did not see, and which prediction stands for it.
bool hiddenPatch(model::PretrainTask task, const model::MaskPlan& plan, int c, int t) {
    switch (task) {
        case model::PretrainTask::MaskChannel:
            return plan.channelMasked[0][c].item<bool>();
        case model::PretrainTask::MaskTime:
            return plan.stepMasked[0][t].item<bool>();
        case model::PretrainTask::Forecast:
            return t > 0;
        default:
            return false;
    }
}

// Copies the model's output into the result, in microvolts; a forecast's prediction at step t
// is of patch t + 1, so it is drawn there (patch 0 has none: NaN).
void fillReconstruction(const PreparedWindow& w, const model::Reconstruction& r,
                        model::PretrainTask task, ReconstructionResult* out) {
    const int c = w.electrodes.size(), t = w.samplesPerChannel / 256;
    const auto predictionTensor = r.prediction[0].to(torch::kCPU, torch::kFloat32).contiguous();
    const auto targetTensor = r.target[0].to(torch::kCPU, torch::kFloat32).contiguous();
    const auto prediction = predictionTensor.accessor<float, 3>();  // [T, C, 385]
    const auto target = targetTensor.accessor<float, 3>();
    const int shift = task == model::PretrainTask::Forecast ? 1 : 0;
    out->original.resize(c * t * 256), out->reconstructed.fill(std::nanf(""), c * t * 256);
    out->originalPsd.resize(c * t * 129), out->reconstructedPsd.fill(std::nanf(""), c * t * 129);
    out->hidden.resize(c * t);
    out->errorPerChannel.resize(c);
    for (int ch = 0; ch < c; ++ch) {
        double squared = 0;
        int judged = 0;
        for (int step = 0; step < t; ++step) {
            const bool hidden = hiddenPatch(task, r.plan, ch, step);
            out->hidden[ch * t + step] = hidden;
            for (int k = 0; k < 129; ++k)
                out->originalPsd[(ch * t + step) * 129 + k] = target[step][ch][256 + k];
            for (int k = 0; k < 256; ++k)
                out->original[ch * t * 256 + step * 256 + k] = float(
                    w.data[ch * w.samplesPerChannel + step * 256 + k] * w.std[ch] + w.mean[ch]);
            if (step - shift < 0) continue;
            const auto predicted = prediction[step - shift][ch];
            for (int k = 0; k < 129; ++k)
                out->reconstructedPsd[(ch * t + step) * 129 + k] = predicted[256 + k];
            for (int k = 0; k < 256; ++k) {
                const int i = ch * t * 256 + step * 256 + k;
                out->reconstructed[i] = float(predicted[k] * w.std[ch] + w.mean[ch]);
                if (hidden || task == model::PretrainTask::None)
                    squared += std::pow(out->reconstructed[i] - out->original[i], 2), ++judged;
            }
        }
        out->errorPerChannel[ch] = judged ? std::sqrt(squared / judged) : std::nan("");
    }
}

}  // namespace

ReconstructJob::ReconstructJob(const EvaluationOptions& options, QObject* parent)
    : Job(parent), o_(options) {
    qRegisterMetaType<alfee::core::ReconstructionResult>();
}
ReconstructJob::~ReconstructJob() = default;

QString ReconstructJob::execute(QString* message) {
    qint64 runId = 0;
    std::unique_ptr<Workspace> ws;
    if (!o_.run.isEmpty()) ws = openOrCreate(o_.workspace);
    const QString path = o_.run.isEmpty() ? o_.checkpoint : checkpointOf(o_, *ws, &runId);
    LoadedModel m = loadModel(path, o_, false);
    const model::PretrainTask task = maskTaskOf(o_.maskTask);
    const PreparedWindow w = windowToReconstruct(o_, m.data);
    torch::manual_seed(o_.maskSeed);
    m.session->model()->eval();
    const model::Reconstruction r = m.session->reconstruct(makeBatch({w}), task);
    ReconstructionResult out{o_.dataPaths.value(0),
                             o_.onsetSeconds,
                             o_.maskTask,
                             w.electrodes,
                             w.samplesPerChannel / 256,
                             {},
                             {},
                             {},
                             {},
                             {},
                             {}};
    fillReconstruction(w, r, task, &out);
    QJsonObject errors;
    for (int c = 0; c < out.electrodes.size(); ++c)
        errors[out.electrodes[c]] = std::isfinite(out.errorPerChannel[c])
                                        ? QJsonValue(out.errorPerChannel[c])
                                        : QJsonValue();
    result_ = {{"checkpoint", path}, {"task", o_.maskTask}, {"rms_error_uv", errors}};
    emit reconstructed(out);
    *message = QStringLiteral("%1 channels x %2 s").arg(out.electrodes.size()).arg(out.steps);
    return run_status::kFinished;
}

}  // namespace alfee::core
