// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/modeling/finetune_job.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
#include <QThread>
#include <numeric>
#include <stdexcept>

#include "core/engine/batch_prefetcher.h"
#include "core/engine/metrics.h"
#include "core/engine/run_registry.h"
#include "core/engine/run_splits.h"
#include "core/engine/subject_alignment.h"
#include "core/engine/window_evaluation.h"
#include "core/modeling/finetune_tasks.h"
#include "core/modeling/training_loop.h"
#include "core/modeling/window_batch.h"
#include "model/layer_decay.h"
#include "model/lora.h"

namespace alfee::core {

// The steps of a fine-tuning run (RunJob runs them).
class FineTuneJob::Impl : public RunSteps {
  public:
    Impl(FineTuneJob& job, FineTuneOptions options)
        : job_(job), o_(std::move(options)), loop_(job, "finetune") {}

    void begin() override;
    void adoptSavedConfig(const QJsonObject& config) override;
    void load() override;
    NewRun describeRun() override;
    bool prepare() override { return prepareData(); }
    QString train(QString* message) override;
    std::optional<RunCounters> counters() const override {
        const TrainingState& s = loop_.state();
        return RunCounters{s.step, s.epoch, s.skipped};
    }

  private:
    void loadTasks();
    void alignSubjectSplits();
    void chooseStart();
    void addAdapters();
    void chooseModelSelection();
    void recordDecoderAttention();
    QJsonArray taskDescriptions() const;
    void warn(const QString& line);
    bool prepareData();
    void setUpModel();
    std::vector<model::RateGroup> rateGroups(model::Alfee& net) const;
    QString trainEpochs(QString* message);
    QString cancelled(QString* message) { return loop_.cancelled(checkpointData_, true, message); }
    std::vector<std::unique_ptr<BatchPrefetcher>> readersFor(const QVector<PlannedBatch>& plan);
    bool runBatch(const PlannedBatch& planned, BatchPrefetcher& reader, QString* message);
    bool trainStep(const PlannedBatch& planned, const WindowBatch& windows);
    void endEpoch();
    double validationScore();
    void testBestModel();
    void emitProgress(const QString& phase, qint64 done, qint64 total) const {
        loop_.progress(phase, done, total, o_.epochs);
    }

    FineTuneJob& job_;
    FineTuneOptions o_;
    TrainingLoop loop_;
    TrainingState& state_ = loop_.state();
    std::vector<FineTuneTask> tasks_;
    CheckpointData checkpointData_;
    std::optional<c10::Device> device_;
    qint64 totalSteps_ = 0;
    QString runDir_, startDescription_;
    QStringList jointlySplit_;  // subjects the tasks share, split once for all of them
    QStringList warnings_;      // said in the log and kept in the run's config
    StartingPoint start_;       // a new run's starting model
    QString selection_;         // what chooses the best epoch
};

// "Adapt, then fine-tune" is two runs: FineTunePlan runs the adaptation first and hands this
// job its checkpoint (adaptedCheckpoint; adaptSteps stays as asked, for the record).
void FineTuneJob::Impl::begin() {
    if (o_.adaptSteps > 0 && o_.adaptedCheckpoint.isEmpty())
        failRun("--adapt-steps: the adaptation is a run of its own before this one (FineTunePlan)");
}

void FineTuneJob::Impl::adoptSavedConfig(const QJsonObject& config) {
    const QString workspace = o_.workspace;
    o_ = FineTuneOptions::fromJson(config);
    o_.workspace = workspace;
}

void FineTuneJob::Impl::load() {
    if (o_.fitsLinearHead())  // a resumed probe's saved settings: it has no steps to go on with
        failRun(QStringLiteral("run %1 is a linear probe (--freeze encoder), which is not resumed: "
                               "run its command again (alfee runs show %1 gives it)")
                    .arg(job_.runId()));
    // A new run's settings, as the CLI checks them (the GUI and the study plans start jobs too).
    if (!job_.resuming())
        if (const QString problem = o_.validate(); !problem.isEmpty()) failRun(problem);
    model::applyRuntime({o_.device.toStdString(), o_.threads, o_.deterministic, o_.seed});
    std::string why;
    device_ = model::chooseDevice(o_.device.toStdString(), &why);
    if (!device_) failRun(QString::fromStdString(why));
    loadTasks();
}

void FineTuneJob::Impl::loadTasks() {
    QString error;
    const QStringList names = o_.datasets.isEmpty() ? QStringList{QString()} : o_.datasets;
    tasks_.reserve(names.size());  // a reader keeps a reference to its task's data
    for (const QString& name : names) {
        FineTuneTask t;
        const bool ok = name.isEmpty()
                            ? loadFileData(job_.workspace(), o_.dataPaths, o_.spec, &t.data, &error)
                            : loadDatasetData(job_.workspace(), name, &t.data, &error);
        checkRun(ok, error);
        for (const QString& line : t.data.excluded) emit job_.log("left out: " + line);
        for (const QString& line : t.data.warnings) warn(line);
        // Files: the task is named by the spec (the CLI's "files", the wizard's folder name).
        const QString filesName = o_.spec.name.isEmpty() ? QStringLiteral("files") : o_.spec.name;
        t.head = {name.isEmpty() ? filesName : name, t.data.spec.classNames()};
        tasks_.push_back(std::move(t));
    }
    alignSubjectSplits();
    for (FineTuneTask& t : tasks_) {
        t.train = t.data.indicesOf("train");
        t.validation = t.data.indicesOf("validation");
        t.test = t.data.indicesOf("test");
        if (t.train.isEmpty())
            failRun(QStringLiteral("%1: no training windows (%2 subjects in all; check --split)")
                        .arg(t.head.name)
                        .arg(t.data.summary()["splits"].toObject().size()));
        t.classWeights = classWeightsOf(t);
        checkpointData_.tasks << t.head;
        t.reader = std::make_unique<WindowReader>(t.data, ShardCache::directoryFor(o_.workspace));
        t.reader->setAlignment(o_.align);
    }
    if (o_.align == kAlignEuclidean) warn(alignmentNote());
    checkpointData_.align = o_.align;  // evaluate and infer align as the model was trained
    chooseModelSelection();
    const DatasetSpec& spec = tasks_.front().data.spec;
    checkpointData_.preprocess = spec.preprocess.toJson();
    checkpointData_.windowSeconds = spec.windowSeconds;
    checkpointData_.electrodes = spec.electrodes;
}

// A person is in one split for every task: tasks that share subjects are split together, and
// the run refuses to start if any subject still sits in two splits.
void FineTuneJob::Impl::alignSubjectSplits() {
    QVector<TrainingData*> data;
    QVector<const TrainingData*> constData;
    QStringList names;
    for (FineTuneTask& t : tasks_) data << &t.data, constData << &t.data, names << t.head.name;
    if (tasks_.size() > 1) {
        jointlySplit_ = splitSharedSubjectsJointly(data);
        if (!jointlySplit_.isEmpty())
            emit job_.log(QStringLiteral("the tasks share %1 subject(s) (%2): every subject of "
                                         "the run was split again, once for all tasks")
                              .arg(jointlySplit_.size())
                              .arg(jointlySplit_.mid(0, 8).join(", ")));
    }
    const QStringList conflicts = subjectSplitConflicts(constData, names);
    if (!conflicts.isEmpty())
        failRun("a subject is in more than one split: " + conflicts.mid(0, 5).join("; "));
}

// The starting model, and what a reader of the run must know of it: tensors it could not take
// from the checkpoint, and data prepared otherwise than the checkpoint was trained on.
void FineTuneJob::Impl::chooseStart() {
    const QString asked =
        o_.scratch ? QString() : (o_.from.isEmpty() ? bundledCheckpoint() : o_.from);
    const QString from = o_.adaptedCheckpoint.isEmpty() ? asked : o_.adaptedCheckpoint;
    if (!o_.scratch && o_.from.isEmpty() && from.isEmpty())
        emit job_.log(
            "no bundled pretrained checkpoint in this installation: starting from scratch");
    start_ = startingModel(from, o_.size, checkpointData_.tasks);
    addAdapters();
    if (start_.checkpoint.isEmpty()) return;
    if (!start_.fresh.isEmpty())
        emit job_.log(QStringLiteral("%1 tensor(s) start fresh, the checkpoint has none of them "
                                     "(a new task head): %2")
                          .arg(start_.fresh.size())
                          .arg(start_.fresh.join(", ")));
    if (!start_.reshaped.isEmpty())
        warn(QStringLiteral("%1 tensor(s) of the checkpoint have another shape here and start "
                            "fresh: %2")
                 .arg(start_.reshaped.size())
                 .arg(start_.reshaped.join(", ")));
    const DatasetSpec& spec = tasks_.front().data.spec;
    const QJsonObject ours = spec.preprocess.toJson(), theirs = start_.data.preprocess;
    if (!theirs.isEmpty() && dsp::PreprocessConfig::fromJson(theirs).toJson() != ours)
        warn(QStringLiteral("the data is preprocessed otherwise than %1 was trained on: %2 here, "
                            "%3 there")
                 .arg(start_.checkpoint, spec.preprocess.describe(),
                      dsp::PreprocessConfig::fromJson(theirs).describe()));
    if (start_.data.windowSeconds != spec.windowSeconds)
        warn(QStringLiteral("%1 s windows here, %2 s in the training of %3")
                 .arg(spec.windowSeconds)
                 .arg(start_.data.windowSeconds)
                 .arg(start_.checkpoint));
}

// --lora-rank: fresh adapters on a plain model (a checkpoint that has some is merged first).
void FineTuneJob::Impl::addAdapters() {
    if (o_.loraRank == 0) return;
    if (start_.model->config().loraRank > 0) start_.model = model::mergedLora(start_.model);
    start_.model->addLora(o_.loraRank, 2.0 * o_.loraRank);
    qint64 adapters = 0, head = 0, all = 0;
    for (const auto& p : start_.model->named_parameters()) {
        all += p.value().numel();
        if (model::isLoraParameter(p.key())) adapters += p.value().numel();
        if (model::parameterDepth(p.key(), start_.model->config()) < 0) head += p.value().numel();
    }
    emit job_.log(QStringLiteral("LoRA adapters of rank %1 on the attention projections: their %2 "
                                 "parameters and the task head's %3 train, the other %4 stay as "
                                 "they are")
                      .arg(o_.loraRank)
                      .arg(adapters)
                      .arg(head)
                      .arg(all - adapters - head));
}

// The best epoch is the one with the best mean validation balanced accuracy over the tasks that
// have validation windows; with none, the lowest training loss, which is said as a warning.
void FineTuneJob::Impl::chooseModelSelection() {
    QStringList without;
    for (const FineTuneTask& t : tasks_)
        if (t.validation.isEmpty()) without << t.head.name;
    if (without.size() == int(tasks_.size())) {
        selection_ =
            QT_TRANSLATE_NOOP("alfee::core", "epoch training loss (no validation windows)");
        warn(
            "no validation windows (no subject in the validation split; check --split): the "
            "epoch with the lowest training loss is taken as the best model");
        return;
    }
    selection_ = QT_TRANSLATE_NOOP("alfee::core", "validation balanced accuracy");
    if (!without.isEmpty())
        warn(QStringLiteral("task(s) %1 have no validation windows and take no part in choosing "
                            "the best epoch")
                 .arg(without.join(", ")));
}

void FineTuneJob::Impl::recordDecoderAttention() {
    QVector<const TrainingData*> data;
    for (const FineTuneTask& t : tasks_) data << &t.data;
    const QJsonObject use = decoderAttentionUse(loop_.net()->config(), data);
    emit job_.log("decoder attention: " + use["used"].toString() + " (" +
                  use["queries_per_window"].toString() + " queries a window)");
    QString error;
    checkRun(job_.registry().addToConfig(job_.runId(), "decoder_attention", use, &error), error);
}

// What each task's windows are, as the data says (a dataset run's "spec" is unused): for the
// run's record and its report.
QJsonArray FineTuneJob::Impl::taskDescriptions() const {
    QJsonArray out;
    for (const FineTuneTask& t : tasks_) {
        const DatasetSpec& spec = t.data.spec;
        out.append(QJsonObject{
            {"name", t.head.name},
            {"paradigm", spec.task},
            {"classes", QJsonArray::fromStringList(t.head.classes)},
            {"electrodes", spec.electrodes.isEmpty() ? QJsonValue("all mapped")
                                                     : QJsonArray::fromStringList(spec.electrodes)},
            {"window_s", spec.windowSeconds},
            {"stride_s", spec.strideSeconds},
            {"preprocess", spec.preprocess.describe()},
            {"subject_pattern", spec.subjectPattern}});
    }
    return out;
}

void FineTuneJob::Impl::warn(const QString& line) {
    warnings_ << line;
    emit job_.log("warning: " + line);
}

NewRun FineTuneJob::Impl::describeRun() {
    chooseStart();
    NewRun run;
    run.kind = "finetune";
    run.name = o_.name.isEmpty() ? "finetune " + tasks_.front().head.name : o_.name;
    run.experiment = o_.experiment;
    run.config = o_.toJson();
    QJsonArray summaries, definitions;
    for (const FineTuneTask& t : tasks_)
        summaries.append(t.data.summary()), definitions.append(t.data.definition());
    run.config["data_summary"] = summaries;
    run.config["data_definitions"] = definitions;
    if (!jointlySplit_.isEmpty())
        run.config["jointly_split_subjects"] = QJsonArray::fromStringList(jointlySplit_);
    run.config["warnings"] = QJsonArray::fromStringList(warnings_);
    run.config["model_selection"] = selection_;
    run.config["tasks"] = taskDescriptions();
    run.config["starting_checkpoint"] = start_.checkpoint;
    if (!start_.checkpoint.isEmpty())
        run.config["starting_checkpoint_sha256"] = fileSha256(start_.checkpoint);
    run.config["fresh_tensors"] = QJsonArray::fromStringList(start_.fresh);
    run.config["reshaped_tensors"] = QJsonArray::fromStringList(start_.reshaped);
    QStringList names, hashes;
    for (const FineTuneTask& t : tasks_) names << t.head.name, hashes << t.data.contentHash();
    run.dataset = names.join(", ");
    run.datasetHash = hashes.join(",");
    run.device = device_->str().c_str();
    run.threads = o_.threads;
    run.seed = qint64(o_.seed);
    return run;
}

bool FineTuneJob::Impl::prepareData() {
    for (FineTuneTask& t : tasks_) {
        QString error;
        const bool ok = t.reader->prepare(
            std::max(1, o_.threads > 0 ? o_.threads : QThread::idealThreadCount()),
            [&](int done, int total) { emitProgress("preparing data", done, total); },
            job_.cancelFlag(), &error);
        if (!ok && !error.isEmpty()) failRun(error);
        if (!ok) return false;
        emit job_.log(QStringLiteral("%1: %2 windows from %3 recordings (%4 cached shards reused,"
                                     " %5 built)")
                          .arg(t.head.name)
                          .arg(t.data.windows.size())
                          .arg(t.data.recordings.size())
                          .arg(t.reader->reusedShards())
                          .arg(t.reader->builtShards()));
    }
    return true;
}

void FineTuneJob::Impl::setUpModel() {
    const bool resumed = loop_.openModel(
        *device_,
        [this] {
            if (!start_.model) chooseStart();  // resumed before its first checkpoint
            return start_.model;
        },
        [this](model::Alfee& net) { return rateGroups(net); }, o_.weightDecay, true);
    runDir_ = loop_.runDirectory();
    startDescription_ = resumed ? QStringLiteral("resumed from %1 at step %2")
                                      .arg(loop_.lastCheckpoint())
                                      .arg(state_.step)
                                : start_.description;
    totalSteps_ = 0;
    for (int e = 0; e < o_.epochs; ++e)
        totalSteps_ += epochPlan(tasks_, o_.seed, e, o_.batch).size();
    loop_.setSteps({totalSteps_, o_.warmupFraction, o_.clipNorm, o_.maxBadSteps});
    emit job_.log(QStringLiteral("run %1: %2, %3 epochs of %4 steps, batch %5, lr %6, on %7")
                      .arg(job_.runId())
                      .arg(startDescription_)
                      .arg(o_.epochs)
                      .arg(totalSteps_ / o_.epochs)
                      .arg(o_.batch)
                      .arg(o_.lr)
                      .arg(QString::fromStdString(device_->str())));
}

// A group per layer depth (--layer-decay) and one for the task head (--head-lr).
std::vector<model::RateGroup> FineTuneJob::Impl::rateGroups(model::Alfee& net) const {
    const double headRate = o_.headLr > 0 ? o_.headLr : o_.lr;
    return model::layerRateGroups(net, o_.lr, o_.layerDecay, headRate);
}

bool FineTuneJob::Impl::trainStep(const PlannedBatch& planned, const WindowBatch& windows) {
    FineTuneTask& task = tasks_[planned.task];
    const model::Batch batch = makeBatch(windows.windows);
    loop_.beginStep();
    at::Tensor reconstruction;
    const model::Batch onDevice{batch.patches.to(*device_), batch.channels.to(*device_),
                                batch.valid.to(*device_), batch.paradigm.to(*device_)};
    std::vector<at::Tensor> logits;
    {
        model::AutocastScope autocast(*device_);
        logits = loop_.net()->classify(onDevice, nullptr, &reconstruction);
    }
    const auto loss = model::fineTuneLoss(
        {logits[planned.task]}, {labelsOf(task, planned.windows).to(*device_)}, {task.classWeights},
        reconstruction, onDevice, loop_.net()->config().separateTimeFreqLoss, o_.labelSmoothing);
    const double value = loss.item<double>();
    if (!loop_.applyStep(loss, value)) return false;
    state_.epochLossSum += value;
    ++state_.epochLossCount;
    return true;
}

double FineTuneJob::Impl::validationScore() {
    double sum = 0;
    int scored = 0;
    for (size_t k = 0; k < tasks_.size(); ++k) {
        FineTuneTask& t = tasks_[k];
        if (t.validation.isEmpty()) continue;
        emitProgress("validating", 0, t.validation.size());
        const auto probabilities = predictProbabilities(loop_.session(), int(k), *t.reader,
                                                        t.validation, o_.batch, job_.cancelFlag());
        if (probabilities.size() != t.validation.size()) return std::nan("");  // cancelled
        QVector<int> truth;
        for (int i : t.validation) truth << t.data.windows[i].label;
        sum += classificationMetrics(truth, probabilities, t.head.classes.size()).balancedAccuracy;
        ++scored;
    }
    return scored ? sum / scored : std::nan("");
}

void FineTuneJob::Impl::endEpoch() {
    const double trainLoss =
        state_.epochLossCount ? state_.epochLossSum / state_.epochLossCount : std::nan("");
    const double validation = validationScore();
    if (job_.cancelRequested()) return;
    // Without validation windows the epoch's training loss selects the model.
    const double score = std::isnan(validation) ? -trainLoss : validation;
    QString error;
    checkRun(job_.registry().logMetrics(
                 job_.runId(), state_.step, state_.epoch,
                 {{"epoch_train_loss", trainLoss}, {"val_balanced_accuracy", validation}}, &error),
             error);
    emit job_.epochFinished({{"epoch", state_.epoch + 1},
                             {"train_loss", trainLoss},
                             {"val_balanced_accuracy", validation}});
    if (score > state_.bestScore) {
        state_.bestScore = score, state_.bestEpoch = state_.epoch, state_.epochsWithoutGain = 0;
        const QString best = runDir_ + "/best.alfee-ckpt";
        model::Alfee merged = model::mergedLora(loop_.net());  // plain weights: the result
        writeCheckpoint(best, merged, nullptr, checkpointData_, state_.step, {});
        checkRun(
            job_.registry().addCheckpoint(
                job_.runId(), {best, fileSha256(best), state_.step, state_.epoch, true}, &error),
            error);
    } else {
        ++state_.epochsWithoutGain;
    }
    ++state_.epoch;
    state_.batchInEpoch = 0;
    state_.epochLossSum = 0, state_.epochLossCount = 0;
    loop_.saveResumable(checkpointData_);
}

std::vector<std::unique_ptr<BatchPrefetcher>> FineTuneJob::Impl::readersFor(
    const QVector<PlannedBatch>& plan) {
    std::vector<std::unique_ptr<BatchPrefetcher>> readers;
    for (size_t k = 0; k < tasks_.size(); ++k) {
        QVector<QVector<int>> mine;
        for (int b = state_.batchInEpoch; b < plan.size(); ++b)
            if (plan[b].task == int(k)) mine << plan[b].windows;
        readers.push_back(std::make_unique<BatchPrefetcher>(*tasks_[k].reader, mine));
    }
    return readers;
}

// One planned batch: a step, or a skipped one; false when too many were skipped in a row.
bool FineTuneJob::Impl::runBatch(const PlannedBatch& planned, BatchPrefetcher& reader,
                                 QString* message) {
    WindowBatch windows;
    reader.next(&windows);
    if (!windows.error.isEmpty()) failRun(windows.error);
    const bool taken = trainStep(planned, windows);
    if (!loop_.countStep(taken, planned.windows.size(), message)) return false;
    if (taken) {
        QString error;
        const double rate = o_.lr * loop_.rateFactor(state_.step - 1);
        checkRun(
            job_.registry().logMetrics(job_.runId(), state_.step, state_.epoch,
                                       {{"train_loss", loop_.lastLoss()}, {"lr", rate}}, &error),
            error);
    }
    emitProgress("training", state_.step, totalSteps_);
    return true;
}

QString FineTuneJob::Impl::trainEpochs(QString* message) {
    loop_.startClock();
    while (state_.epoch < o_.epochs && state_.epochsWithoutGain < o_.patience) {
        const QVector<PlannedBatch> plan = epochPlan(tasks_, o_.seed, state_.epoch, o_.batch);
        model::trainHeadOnly(loop_.net(), state_.epoch < o_.probeEpochs);
        const auto readers = readersFor(plan);
        for (; state_.batchInEpoch < plan.size(); ++state_.batchInEpoch) {
            if (job_.cancelRequested()) return cancelled(message);
            const PlannedBatch& planned = plan[state_.batchInEpoch];
            if (!runBatch(planned, *readers[planned.task], message)) return run_status::kFailed;
            if (state_.step % o_.checkpointEvery == 0 && state_.batchInEpoch + 1 < plan.size()) {
                ++state_.batchInEpoch;  // the checkpoint resumes after this batch
                loop_.saveResumable(checkpointData_);
                --state_.batchInEpoch;
            }
        }
        endEpoch();
        // Cancelled during validation: the resumed run validates this epoch again.
        if (job_.cancelRequested()) return cancelled(message);
    }
    return run_status::kFinished;
}

void FineTuneJob::Impl::testBestModel() {
    const QString best = runDir_ + "/best.alfee-ckpt";
    std::unique_ptr<model::AlfeeSession> bestSession;
    if (QFileInfo::exists(best))
        bestSession = std::make_unique<model::AlfeeSession>(readCheckpoint(best, torch::kCPU).model,
                                                            *device_);
    model::AlfeeSession& session = bestSession ? *bestSession : loop_.session();
    QJsonObject metrics;
    for (size_t k = 0; k < tasks_.size(); ++k) {
        FineTuneTask& t = tasks_[k];
        QVector<ResultRecord> results;
        QVector<PredictionRecord> predictions;
        for (const QString& split : {QStringLiteral("validation"), QStringLiteral("test")}) {
            const QVector<int>& indices = split == "test" ? t.test : t.validation;
            if (indices.isEmpty()) continue;
            emitProgress("testing", 0, indices.size());
            const WindowEvaluation e = evaluateWindows(
                t.data, indices,
                predictProbabilities(session, int(k), *t.reader, indices, o_.batch, nullptr),
                t.head.classes.size(), split);
            results += e.results;
            predictions += e.predictions;
            metrics[tasks_.size() > 1 ? t.head.name + "/" + split : split] = e.metrics;
        }
        QString error;
        const QString source = "finetune:" + t.head.name;
        checkRun(
            job_.registry().recordResults(job_.runId(), source, t.head.classes, results, &error),
            error);
        checkRun(job_.registry().recordPredictions(job_.runId(), source, predictions, &error),
                 error);
    }
    job_.result_["metrics"] = metrics;
}

QString FineTuneJob::Impl::train(QString* message) {
    setUpModel();
    recordDecoderAttention();
    const QString status = trainEpochs(message);
    if (status == run_status::kFinished) {
        testBestModel();
        *message =
            QCoreApplication::translate("alfee::core",
                                        "best epoch %1 of %2 (by %3); %4 non-finite steps skipped")
                .arg(state_.bestEpoch + 1)
                .arg(state_.epoch)
                .arg(QCoreApplication::translate("alfee::core", selection_.toUtf8().constData()))
                .arg(state_.skipped);
    }
    job_.result_["checkpoint"] = runDir_ + "/best.alfee-ckpt";
    return status;
}

FineTuneJob::FineTuneJob(const FineTuneOptions& options, QObject* parent)
    : RunJob("finetune", options.workspace, 0, parent),
      impl_(std::make_unique<Impl>(*this, options)) {
    setSteps(impl_.get());
}

FineTuneJob::FineTuneJob(const QString& workspace, qint64 run, QObject* parent)
    : RunJob("finetune", workspace, run, parent) {
    FineTuneOptions o;
    o.workspace = workspace;
    impl_ = std::make_unique<Impl>(*this, o);
    setSteps(impl_.get());
}

FineTuneJob::~FineTuneJob() = default;

}  // namespace alfee::core
