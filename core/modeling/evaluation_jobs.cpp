// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/modeling/evaluation_jobs.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
#include <QSet>
#include <QThread>
#include <cmath>
#include <numeric>
#include <stdexcept>

#include "core/engine/metrics.h"
#include "core/engine/run_registry.h"
#include "core/engine/shard_cache.h"
#include "core/engine/subject_alignment.h"
#include "core/engine/subject_centring.h"
#include "core/engine/window_evaluation.h"
#include "core/modeling/applied_model.h"
#include "core/modeling/model_loading.h"
#include "core/modeling/window_batch.h"
#include "core/recording/recording.h"

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
                     const AppliedModel& model, int task, QVector<QVector<double>>* probabilities,
                     QString* message) {
    WindowReader reader(data, ShardCache::directoryFor(o.workspace));
    reader.setAlignment(model.data.align);  // as the model's windows were in training
    const int threads = o.threads > 0 ? o.threads : QThread::idealThreadCount();
    auto report = [&](int done, int total) { emit job.progress({"preparing data", done, total}); };
    QString error;
    if (!reader.prepare(threads, report, job.cancelFlag(), &error)) {
        *message = error.isEmpty() ? QStringLiteral("cancelled") : error;
        return error.isEmpty() ? run_status::kCancelled : run_status::kFailed;
    }
    const QVector<int> all = allIndices(data);
    *probabilities =
        model.predict(reader, data, all, task, o.batch, job.cancelFlag(), [&](int done) {
            emit job.progress({"predicting", done, all.size()});
        });
    if (job.cancelRequested()) {
        *message = "cancelled";
        return run_status::kCancelled;
    }
    return {};
}

// What an evaluation is of: the run it evaluates (0: a checkpoint file), the checkpoint, the
// task's head and the device it ran on.
struct EvaluationSubject {
    qint64 evaluatedRun = 0;
    QString checkpoint, task, device, align;
    QStringList classes;
};

NewRun evaluationRun(const EvaluationSubject& s, const TrainingData& data) {
    QJsonObject config{{"checkpoint", s.checkpoint},
                       {"task", s.task},
                       {"data", data.name},
                       {"spec", data.spec.toJson()},
                       {"data_summary", QJsonArray{data.summary()}},
                       {"warnings", QJsonArray::fromStringList(data.warnings)}};
    if (s.evaluatedRun > 0) config["evaluates_run"] = s.evaluatedRun;
    if (!s.align.isEmpty()) config["align"] = s.align;
    const QString name = s.evaluatedRun > 0 ? QStringLiteral("evaluate run %1").arg(s.evaluatedRun)
                                            : "evaluate " + QFileInfo(s.checkpoint).fileName();
    return {"evaluate", name, {}, config, data.name, data.contentHash(), s.device, 0, 0};
}

// Records an evaluation as a run of its own, linked to the run it evaluates (config key
// evaluates_run): written into that run, it once took the place of the run's test score.
qint64 recordEvaluation(Workspace& ws, const EvaluationSubject& s, const TrainingData& data,
                        const WindowEvaluation& e) {
    RunRegistry registry(ws);
    QString error;
    const auto id = registry.create(evaluationRun(s, data), &error);
    if (!id) failJob(error);
    const QString source = "evaluate:" + s.task;
    if (!registry.recordResults(*id, source, s.classes, e.results, &error) ||
        !registry.recordPredictions(*id, source, e.predictions, &error) ||
        !registry.finish(*id, run_status::kFinished, {}, &error))
        failJob(error);
    return *id;
}

// The subjects whose windows run `run` trained or validated on, over all its tasks.
QSet<QString> fittedSubjects(const RunRecord& run) {
    const QJsonValue summaries = run.config["data_summary"];
    const QJsonArray all = summaries.isArray() ? summaries.toArray() : QJsonArray{summaries};
    QSet<QString> subjects;
    for (const QJsonValue& summary : all)
        for (const char* split : {"train", "validation"})
            for (const QJsonValue& s :
                 summary["splits"][QLatin1String(split)]["subjects"].toArray())
                subjects.insert(s.toString());
    return subjects;
}

// A warning when windows of `data` belong to subjects the evaluated run trained or validated on:
// their scores say how well the model remembers, not how it does on new people.
void warnAboutFittedSubjects(Workspace& ws, qint64 runId, TrainingData& data) {
    QString error;
    const auto run = RunRegistry(ws).find(QString::number(runId), &error);
    if (!run) return;
    const QSet<QString> fitted = fittedSubjects(*run);
    QSet<QString> seen;
    int windows = 0;
    for (const WindowRef& w : data.windows)
        if (fitted.contains(w.subject)) ++windows, seen.insert(w.subject);
    if (windows == 0) return;
    QStringList names(seen.begin(), seen.end());
    names.sort();
    data.warnings << QStringLiteral(
                         "%1 of the %2 windows are of subjects that run %3 trained or validated "
                         "on (%4): their scores overstate how the model does on new people")
                         .arg(windows)
                         .arg(data.windows.size())
                         .arg(runId)
                         .arg(names.join(", "));
}

// The workspace at `path` when there is one (without creating it): recordings found in it are
// read with their stored mapping.
std::unique_ptr<Workspace> existingWorkspace(const QString& path) {
    if (path.isEmpty() || !QFileInfo::exists(path)) return nullptr;
    QString error;
    auto ws = Workspace::open(path, &error);
    if (!ws) failJob(error);
    return ws;
}

// Windows of plain recordings cut as the model's checkpoint says, their channels mapped as the
// workspace maps the same content (overrides, bad channels), else by the label rules.
TrainingData windowsOfFiles(const EvaluationOptions& o, const CheckpointData& model) {
    TrainingData data;
    data.name = o.dataPaths.join(' ');
    data.spec.preprocess = dsp::PreprocessConfig::fromJson(model.preprocess);
    data.spec.electrodes = model.electrodes;
    data.spec.windowSeconds = o.windowSeconds > 0 ? o.windowSeconds : model.windowSeconds;
    const double stride = o.strideSeconds > 0 ? o.strideSeconds : data.spec.windowSeconds;
    const auto ws = existingWorkspace(o.workspace);
    QString error;
    for (const QString& file : o.dataPaths) {
        auto rec = Recording::open(file, &error);
        SourceRecording source;
        if (!rec || !sourceOfFile(ws.get(), file, &source, &error)) failJob(error);
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
    if (model.align == kAlignEuclidean) data.warnings << alignmentNote();
    if (model.subjectCentring) data.warnings << centringNote();
    if (data.spec.windowSeconds != model.windowSeconds)
        data.warnings << QStringLiteral("%1 s windows, but %2 was trained on %3 s windows")
                             .arg(data.spec.windowSeconds)
                             .arg(checkpoint)
                             .arg(model.windowSeconds);
    return data;
}

// Options no job can run with, refused before any work (the command line refuses them by flag;
// this guards every other caller): a batch of 0 once predicted no window, for ever.
void checkOptions(const EvaluationOptions& o) {
    if (o.batch < 1) failJob(QStringLiteral("the batch must be 1 or more, not %1").arg(o.batch));
    if (o.threads < 0)
        failJob(QStringLiteral("threads must be 0 (every core) or more, not %1").arg(o.threads));
    for (const double seconds : {o.windowSeconds, o.strideSeconds})
        if (!std::isfinite(seconds) || seconds < 0)
            failJob(QStringLiteral("the window and stride must be positive, not %1").arg(seconds));
    // The model reads one-second patches: a window of 2.5 s has none for its last half second.
    if (o.windowSeconds != std::floor(o.windowSeconds))
        failJob(QStringLiteral("the window must be a whole number of seconds (the model reads "
                               "1 s patches), not %1")
                    .arg(o.windowSeconds));
}

}  // namespace

EvaluateJob::EvaluateJob(const EvaluationOptions& options, QObject* parent)
    : Job(parent), o_(options) {}
EvaluateJob::~EvaluateJob() = default;

QString EvaluateJob::execute(QString* message) {
    checkOptions(o_);
    auto ws = openOrCreateWorkspace(o_.workspace);
    EvaluationSubject subject;
    const AppliedModel m = appliedModel(o_, ws.get(), &subject.evaluatedRun);
    subject.checkpoint = m.source;
    const int task = taskIndex(m.data, o_.task, subject.checkpoint);
    const TaskHead& head = m.data.tasks[task];
    subject.task = head.name, subject.classes = head.classes;
    subject.device = m.device;
    subject.align = m.data.align;
    TrainingData data = evaluationData(o_, *ws, m.data, subject.checkpoint);
    if (subject.evaluatedRun > 0) warnAboutFittedSubjects(*ws, subject.evaluatedRun, data);
    for (const QString& line : data.excluded) emit log("left out: " + line);
    for (const QString& line : data.warnings) emit log("warning: " + line);
    const QVector<int> toModel = classMap(data.spec.classNames(), head.classes);
    QVector<QVector<double>> probabilities;
    if (const QString status = predictEvery(*this, o_, data, m, task, &probabilities, message);
        !status.isEmpty())
        return status;
    const WindowEvaluation e = evaluateWindows(data, allIndices(data), probabilities,
                                               head.classes.size(), "evaluation", toModel);
    result_ = e.metrics;
    result_["task"] = head.name;
    result_["classes"] = QJsonArray::fromStringList(head.classes);
    result_["per_subject"] = e.perSubject;
    result_["run"] = recordEvaluation(*ws, subject, data, e);
    if (subject.evaluatedRun > 0) result_["evaluates_run"] = subject.evaluatedRun;
    result_["checkpoint"] = subject.checkpoint;
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
    checkOptions(o_);
    const auto ws = existingWorkspace(o_.workspace);
    qint64 run = 0;
    const AppliedModel m = appliedModel(o_, ws.get(), &run);
    const QString path = m.source;
    const int task = taskIndex(m.data, o_.task, path);
    const TrainingData data = windowsOfFiles(o_, m.data);
    QVector<QVector<double>> probabilities;
    if (const QString status = predictEvery(*this, o_, data, m, task, &probabilities, message);
        !status.isEmpty())
        return status;
    const QStringList classes = m.data.tasks[task].classes;
    result_ = {{"task", m.data.tasks[task].name},
               {"classes", QJsonArray::fromStringList(classes)},
               {"checkpoint", path},
               {"windows", windowsJson(o_.dataPaths, data, classes, probabilities)}};
    if (m.data.align == kAlignEuclidean)  // the model's alignment, each file by its own windows
        result_["align"] = QStringLiteral("euclidean: each file's windows by their own covariance");
    *message = QStringLiteral("%1 windows").arg(data.windows.size());
    return run_status::kFinished;
}

}  // namespace alfee::core
