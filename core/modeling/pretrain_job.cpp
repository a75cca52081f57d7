// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/modeling/pretrain_job.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QThread>
#include <random>
#include <stdexcept>

#include "core/engine/batch_prefetcher.h"
#include "core/engine/pretrain_data.h"
#include "core/engine/run_registry.h"
#include "core/engine/shard_cache.h"
#include "core/modeling/data_parallel.h"
#include "core/modeling/training_loop.h"
#include "core/modeling/window_batch.h"
#include "model/losses.h"

namespace alfee::core {
namespace {

// The training windows shuffled and cut into batches; a pure function of (seed, pass) so that a
// resumed run reads the same order. The last short batch is dropped (one task split needs 3).
QVector<QVector<int>> passPlan(const QVector<int>& train, quint64 seed, int pass, int batch) {
    std::mt19937_64 rng(seed * 1000003ULL + quint64(pass));
    QVector<int> order = train;
    std::shuffle(order.begin(), order.end(), rng);
    QVector<QVector<int>> plan;
    for (int i = 0; i + batch <= order.size(); i += batch) plan << order.mid(i, batch);
    if (plan.isEmpty() && !order.isEmpty()) plan << order;
    return plan;
}

// Per-task sums of the training loss between two registry writes.
struct LossSums {
    double total = 0, forecast = 0, maskTime = 0, maskChannel = 0, paradigm = 0;
    int count = 0;
    void add(const at::Tensor& terms) {  // as termsOf gives them
        const auto v = terms.to(torch::kCPU, torch::kFloat64).contiguous();
        const double* x = v.data_ptr<double>();
        total += x[0], forecast += x[1], maskTime += x[2], maskChannel += x[3];
        paradigm += x[4], ++count;
    }
    QVector<QPair<QString, double>> means(const QString& prefix) const {
        const double n = std::max(1, count);
        return {{prefix + "loss", total / n},
                {prefix + "forecast_loss", forecast / n},
                {prefix + "mask_time_loss", maskTime / n},
                {prefix + "mask_channel_loss", maskChannel / n},
                {prefix + "paradigm_loss", paradigm / n}};
    }
};

// The loss terms as one tensor [total, forecast, mask time, mask channel, paradigm], so that
// the processes of a data-parallel step add them up in one message.
at::Tensor termsOf(const model::PretrainLoss& l) {
    return torch::stack({l.total, l.forecast, l.maskTime, l.maskChannel, l.paradigm})
        .detach()
        .to(torch::kFloat64);
}

// The rows of a global batch that `rank` of `world` trains on: contiguous and disjoint.
QPair<int, int> shareOf(int size, int rank, int world) {
    const int first = int(qint64(size) * rank / world);
    return {first, int(qint64(size) * (rank + 1) / world) - first};
}

}  // namespace

// The steps of a pretraining run (RunJob runs them), in each process of a data-parallel one.
class PretrainJob::Impl : public RunSteps {
  public:
    Impl(PretrainJob& job, PretrainOptions options)
        : job_(job), o_(std::move(options)), loop_(job, "pretrain") {}

    void begin() override { joinGroup(); }
    qint64 runToFollow() override;
    void adoptSavedConfig(const QJsonObject& config) override;
    void load() override;
    NewRun describeRun() override;
    bool prepare() override;
    QString train(QString* message) override;
    std::optional<RunCounters> counters() const override {
        const TrainingState& s = loop_.state();
        return RunCounters{s.step, s.epoch, s.skipped};
    }
    void setDistributed(const DistributedEnv& env, int timeoutSeconds) {
        o_.distributed = env;
        o_.distributedTimeoutSeconds = timeoutSeconds;
    }

  private:
    bool leader() const { return o_.distributed.leader(); }
    void say(const QString& line) {
        if (leader()) emit job_.log(line);
    }
    void chooseDevice();
    void joinGroup();
    void applyRuntime();
    void shareWeights();
    bool stopRequested();
    void loadData();
    bool prepareData();
    void setUpModel();
    model::Alfee freshModel() const;
    void recordDecoderAttention();
    QString trainSteps(QString* message);
    bool trainStep(const WindowBatch& windows, int first, int global);
    model::Batch batchOf(const WindowBatch& windows) const;
    void logTraining();
    void checkpoint();
    LossSums validationLoss();
    QString cancelled(QString* message) {
        return loop_.cancelled(checkpointData_, leader(), message);
    }
    void emitProgress(const QString& phase, qint64 done, qint64 total) const {
        loop_.progress(phase, done, total);
    }

    PretrainJob& job_;
    PretrainOptions o_;
    TrainingLoop loop_;
    TrainingState& state_ = loop_.state();
    std::unique_ptr<DataParallelGroup> group_;  // null: one process
    TrainingData data_;
    std::unique_ptr<WindowReader> reader_;
    QVector<int> train_, validation_;
    CheckpointData checkpointData_;
    std::optional<c10::Device> device_;
    LossSums sums_;
    QString runDir_;
};

// The other ranks start once rank 0 is ready: the run's settings and the same windows, from
// the shards rank 0 has just cached. They never write to the registry.
qint64 PretrainJob::Impl::runToFollow() {
    if (leader()) return 0;
    return std::stoll(group_->shareFromLeader("run", ""));
}

// A resumed run, or a follower rank, takes the run's saved settings; the workspace and the
// data-parallel place are this process's own.
void PretrainJob::Impl::adoptSavedConfig(const QJsonObject& config) {
    PretrainOptions saved = PretrainOptions::fromJson(config);
    saved.workspace = o_.workspace;
    saved.distributed = o_.distributed;
    saved.distributedTimeoutSeconds = o_.distributedTimeoutSeconds;
    o_ = saved;
}

void PretrainJob::Impl::loadData() {
    QString error;
    checkRun(loadPretrainData(job_.workspace(), o_, &data_, &error), error);
    for (const QString& line : data_.excluded) say("left out: " + line);
    for (const QString& line : data_.warnings) say("warning: " + line);
    train_ = data_.indicesOf("train");
    validation_ = spreadAcrossSubjects(data_, data_.indicesOf("validation"), o_.validationWindows);
    if (train_.isEmpty()) failRun("no training windows: every subject was held out for validation");
    reader_ = std::make_unique<WindowReader>(data_, ShardCache::directoryFor(o_.workspace));
    checkpointData_.preprocess = data_.spec.preprocess.toJson();
    checkpointData_.windowSeconds = data_.spec.windowSeconds;
}

namespace {

int subjectCount(const TrainingData& data) {
    QSet<QString> subjects;
    for (const WindowRef& w : data.windows) subjects.insert(w.subject);
    return int(subjects.size());
}

// A run's dataset column: "pretraining", or what an adaptation run adapts to.
QString adaptedData(const QJsonObject& adaptationOf) {
    if (adaptationOf.isEmpty()) return QStringLiteral("pretraining");
    const QJsonObject f = adaptationOf["finetune"].toObject();
    QStringList names;
    for (const QJsonValue& v : f["datasets"].toArray()) names << v.toString();
    for (const QJsonValue& v : f["data"].toArray()) names << v.toString();
    return QStringLiteral("adaptation to ") + names.join(", ");
}

}  // namespace

NewRun PretrainJob::Impl::describeRun() {
    NewRun run;
    run.kind = "pretrain";
    run.name = o_.name.isEmpty() ? "pretrain " + o_.size : o_.name;
    run.experiment = o_.experiment;
    run.config = o_.toJson();
    QJsonObject summary{{"recordings", data_.recordings.size()},
                        {"train_windows", train_.size()},
                        {"validation_windows", data_.indicesOf("validation").size()},
                        {"validation_windows_used", validation_.size()},
                        {"warnings", QJsonArray::fromStringList(data_.warnings)},
                        {"hours", data_.windows.size() * data_.spec.windowSeconds / 3600.0},
                        {"subjects", subjectCount(data_)}};
    run.config["data_summary"] = summary;
    run.config["data_definitions"] = QJsonArray{data_.definition()};
    if (group_)
        run.config["data_parallel"] =
            QJsonObject{{"world_size", o_.distributed.worldSize},
                        {"backend", QString::fromStdString(group_->backend())},
                        {"launcher", o_.distributed.launcher}};
    run.dataset = adaptedData(o_.adaptationOf);
    run.datasetHash = data_.contentHash();
    run.device = device_->str().c_str();
    run.threads = o_.threads;
    run.seed = qint64(o_.seed);
    return run;
}

bool PretrainJob::Impl::prepareData() {
    QString error;
    const bool ok = reader_->prepare(
        std::max(1, o_.threads > 0 ? o_.threads : QThread::idealThreadCount()),
        [&](int done, int total) { emitProgress("preparing data", done, total); },
        job_.cancelFlag(), &error);
    if (!ok && !error.isEmpty()) failRun(error);
    if (ok)
        say(QStringLiteral("%1 training and %2 validation windows (%3 h) from %4 "
                           "recordings (%5 cached shards reused, %6 built)")
                .arg(train_.size())
                .arg(validation_.size())
                .arg(data_.windows.size() * data_.spec.windowSeconds / 3600.0, 0, 'f', 2)
                .arg(data_.recordings.size())
                .arg(reader_->reusedShards())
                .arg(reader_->builtShards()));
    if (ok && train_.size() < o_.batch)
        say(QStringLiteral("the batch of %1 is more than the %2 training windows: each step "
                           "takes all %2")
                .arg(o_.batch)
                .arg(train_.size()));
    return ok;
}

void PretrainJob::Impl::recordDecoderAttention() {
    const QJsonObject use = decoderAttentionUse(loop_.net()->config(), {&data_});
    say("decoder attention: " + use["used"].toString() + " (" +
        use["queries_per_window"].toString() + " queries a window)");
    QString error;
    checkRun(job_.registry().addToConfig(job_.runId(), "decoder_attention", use, &error), error);
}

void PretrainJob::Impl::setUpModel() {
    const bool resumed = loop_.openModel(
        *device_, [this] { return freshModel(); },
        [this](model::Alfee& net) {
            return std::vector<model::RateGroup>{{net->parameters(), o_.lr}};
        },
        o_.weightDecay, leader());
    runDir_ = loop_.runDirectory();
    loop_.setSteps({o_.steps, o_.warmupFraction, o_.clipNorm, o_.maxBadSteps});
    if (group_) shareWeights();
    say(QStringLiteral("run %1: %2 model, %3 steps of %4 windows, lr %5, on %6%7%8")
            .arg(job_.runId())
            .arg(QString::fromStdString(loop_.net()->config().name))
            .arg(o_.steps)
            .arg(o_.batch)
            .arg(o_.lr)
            .arg(QString::fromStdString(device_->str()))
            .arg(resumed ? QStringLiteral(", resumed at step %1").arg(state_.step) : QString())
            .arg(group_ ? QStringLiteral(", data parallel over %1 processes (%2)")
                              .arg(o_.distributed.worldSize)
                              .arg(QString::fromStdString(group_->backend()))
                        : QString()));
}

// A new run's model: the checkpoint it goes on from (--from), or a fresh one of its size.
model::Alfee PretrainJob::Impl::freshModel() const {
    if (!o_.from.isEmpty()) return readCheckpoint(o_.from, torch::kCPU).model;
    const auto config = model::presetConfig(o_.size.toStdString());
    if (!config) failRun(QStringLiteral("no model size '%1'").arg(o_.size));
    return model::Alfee(*config);
}

// Every rank starts from rank 0's weights; a resumed run also needs every rank at the same
// step with the same optimizer state, which only a workspace that all of them see gives.
void PretrainJob::Impl::shareWeights() {
    std::vector<at::Tensor> tensors;
    for (const auto& p : loop_.net()->parameters()) tensors.push_back(p);
    for (const auto& b : loop_.net()->buffers()) tensors.push_back(b);
    group_->broadcastFromLeader(tensors);
    const std::string step = std::to_string(state_.step);
    if (group_->shareFromLeader("resume_step", step) != step)
        failRun(QStringLiteral("rank %1 resumes at step %2, rank 0 at another: every rank must see "
                               "%3 (put the workspace on a file system they share)")
                    .arg(group_->rank())
                    .arg(state_.step)
                    .arg(runDir_ + "/last.alfee-ckpt"));
}

model::Batch PretrainJob::Impl::batchOf(const WindowBatch& windows) const {
    QVector<int> paradigms;
    for (int i : windows.indices) paradigms << data_.windows[i].label;
    const model::Batch b = makeBatch(windows.windows, paradigms);
    return {b.patches.to(*device_), b.channels.to(*device_), b.valid.to(*device_),
            b.paradigm.to(*device_)};
}

// One step on rows [first, first + n) of a global batch of `global` windows. The masks are
// drawn per global row from the step's seed and the loss terms divided by the global counts,
// so that the ranks' summed gradients are those of the whole batch in one process.
bool PretrainJob::Impl::trainStep(const WindowBatch& windows, int first, int global) {
    loop_.beginStep();
    const model::Batch batch = batchOf(windows);
    const auto& config = loop_.net()->config();
    const model::MaskPlan plan = model::pretrainMasks(
        batch.valid, batch.patches.size(2), config.stepMaskRatio, config.channelMaskRatio,
        {first, global, o_.seed * 1000003ULL + quint64(state_.step)});
    at::Tensor counts = model::pretrainLossCounts(batch, plan);
    if (group_) group_->allReduceSum(counts);
    const model::PretrainLoss loss = loop_.session().pretrainLoss(batch, plan, counts);
    const at::Tensor terms = termsOf(loss);
    if (group_) group_->allReduceSum(terms);
    const double value = terms[0].item<double>();  // the same verdict on every rank
    const bool taken = loop_.applyStep(loss.total, value, [&] {
        if (group_) group_->allReduceGradients(loop_.net()->parameters());
    });
    if (taken) sums_.add(terms);
    return taken;
}

// Cancel on one rank (Ctrl+C, the GUI) stops all of them at the same step.
bool PretrainJob::Impl::stopRequested() {
    if (!group_) return job_.cancelRequested();
    // On the training device: NCCL reduces CUDA tensors only.
    const at::Tensor any = torch::full({1}, job_.cancelRequested() ? 1.0 : 0.0,
                                       torch::TensorOptions(torch::kFloat64).device(*device_));
    group_->allReduceSum(any);
    return any.item<double>() > 0;
}

void PretrainJob::Impl::logTraining() {
    auto values = sums_.means("train_");
    values << qMakePair(QStringLiteral("lr"), o_.lr * loop_.rateFactor(state_.step - 1));
    QString error;
    checkRun(job_.registry().logMetrics(job_.runId(), state_.step, state_.epoch, values, &error),
             error);
    sums_ = LossSums();
}

// The loss over the held-out windows with masks drawn from a fixed seed, so that every
// validation sees the same draw.
LossSums PretrainJob::Impl::validationLoss() {
    LossSums sums;
    if (validation_.isEmpty()) return sums;
    torch::NoGradGuard noGrad;
    loop_.net()->eval();
    const auto& config = loop_.net()->config();
    QVector<QVector<int>> batches;
    for (int i = 0; i < validation_.size(); i += o_.batch) batches << validation_.mid(i, o_.batch);
    BatchPrefetcher reader(*reader_, batches);
    WindowBatch windows;
    for (int done = 0; reader.next(&windows); ++done) {
        if (!windows.error.isEmpty()) failRun(windows.error);
        emitProgress("validating", done, batches.size());
        const model::Batch batch = batchOf(windows);
        const model::MaskPlan plan = model::pretrainMasks(
            batch.valid, batch.patches.size(2), config.stepMaskRatio, config.channelMaskRatio,
            {0, 0, (o_.seed + 7919) * 1000003ULL + quint64(done)});
        sums.add(termsOf(loop_.session().pretrainLoss(batch, plan)));
    }
    loop_.net()->train();
    return sums;
}

// A resumable checkpoint, the validation loss, and the weights alone as the run's result.
void PretrainJob::Impl::checkpoint() {
    const LossSums validation = validationLoss();
    QString error;
    if (validation.count > 0)
        checkRun(job_.registry().logMetrics(job_.runId(), state_.step, state_.epoch,
                                            validation.means("val_"), &error),
                 error);
    loop_.saveResumable(checkpointData_);
    const QString weights = runDir_ + "/pretrained.alfee-ckpt";
    writeCheckpoint(weights, loop_.net(), nullptr, checkpointData_, state_.step, {});
    checkRun(
        job_.registry().addCheckpoint(
            job_.runId(), {weights, fileSha256(weights), state_.step, state_.epoch, true}, &error),
        error);
    if (validation.count > 0)
        emit job_.epochFinished(
            {{"step", state_.step}, {"val_loss", validation.means("")[0].second}});
}

QString PretrainJob::Impl::trainSteps(QString* message) {
    loop_.startClock();
    while (state_.step < o_.steps) {
        const QVector<QVector<int>> plan = passPlan(train_, o_.seed, state_.epoch, o_.batch);
        QVector<QVector<int>> mine;  // this rank's rows of each global batch
        for (const QVector<int>& batch : plan) {
            const auto share = shareOf(batch.size(), o_.distributed.rank, o_.distributed.worldSize);
            mine << batch.mid(share.first, share.second);
        }
        BatchPrefetcher reader(*reader_, mine.mid(state_.batchInEpoch));
        WindowBatch windows;
        for (; state_.batchInEpoch < plan.size() && state_.step < o_.steps; ++state_.batchInEpoch) {
            if (stopRequested()) return cancelled(message);
            reader.next(&windows);
            if (!windows.error.isEmpty()) failRun(windows.error);
            const int global = int(plan[state_.batchInEpoch].size());
            const auto share = shareOf(global, o_.distributed.rank, o_.distributed.worldSize);
            const bool taken = trainStep(windows, share.first, global);
            if (!loop_.countStep(taken, global, message)) return run_status::kFailed;
            if (state_.step % o_.logEvery == 0 && leader()) logTraining();
            emitProgress("training", state_.step, o_.steps);
            if (leader() && (state_.step % o_.checkpointEvery == 0 || state_.step == o_.steps)) {
                ++state_.batchInEpoch;  // the checkpoint resumes after this batch
                checkpoint();
                --state_.batchInEpoch;
            }
        }
        if (state_.batchInEpoch >= plan.size()) ++state_.epoch, state_.batchInEpoch = 0;
    }
    return run_status::kFinished;
}

// The device: as asked, and with several processes on CUDA, this process's own GPU.
void PretrainJob::Impl::chooseDevice() {
    if (device_) return;
    std::string why;
    device_ = model::chooseDevice(o_.device.toStdString(), &why);
    if (!device_) failRun(QString::fromStdString(why));
    if (device_->is_cuda() && o_.distributed.active())
        device_ = c10::Device(torch::kCUDA, c10::DeviceIndex(o_.distributed.localRank));
}

void PretrainJob::Impl::joinGroup() {
    if (!o_.distributed.active()) return;
    chooseDevice();
    group_ = std::make_unique<DataParallelGroup>(
        o_.distributed, *device_, std::chrono::seconds(o_.distributedTimeoutSeconds));
}

void PretrainJob::Impl::applyRuntime() {
    const QString problem = o_.validate();
    if (!problem.isEmpty()) failRun(problem);
    model::applyRuntime({o_.device.toStdString(), o_.threads, o_.deterministic, o_.seed});
    chooseDevice();
}

void PretrainJob::Impl::load() {
    applyRuntime();
    loadData();
}

// Rank 0 tells the others the run once its data is ready (-1: cancelled while preparing).
bool PretrainJob::Impl::prepare() {
    const bool ready = prepareData();
    if (group_ && leader())
        group_->shareFromLeader("run", std::to_string(ready ? job_.runId() : -1));
    return ready;
}

QString PretrainJob::Impl::train(QString* message) {
    setUpModel();
    if (leader()) recordDecoderAttention();
    const QString status = trainSteps(message);
    if (status == run_status::kFinished)
        *message =
            QCoreApplication::translate("alfee::core", "%1 steps; %2 non-finite steps skipped")
                .arg(state_.step)
                .arg(state_.skipped);
    job_.result_["checkpoint"] = runDir_ + "/pretrained.alfee-ckpt";
    return status;
}

PretrainJob::PretrainJob(const PretrainOptions& options, QObject* parent)
    : RunJob("pretrain", options.workspace, 0, parent),
      impl_(std::make_unique<Impl>(*this, options)) {
    setSteps(impl_.get());
}

PretrainJob::PretrainJob(const QString& workspace, qint64 run, QObject* parent)
    : RunJob("pretrain", workspace, run, parent) {
    PretrainOptions o;
    o.workspace = workspace;
    impl_ = std::make_unique<Impl>(*this, o);
    setSteps(impl_.get());
}

PretrainJob::~PretrainJob() = default;

void PretrainJob::setDistributed(const DistributedEnv& env, int timeoutSeconds) {
    impl_->setDistributed(env, timeoutSeconds);
}

}  // namespace alfee::core
