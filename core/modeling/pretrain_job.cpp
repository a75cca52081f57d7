#include "core/modeling/pretrain_job.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>
#include <random>
#include <stdexcept>

#include "core/engine/batch_prefetcher.h"
#include "core/engine/lr_schedule.h"
#include "core/engine/pretrain_data.h"
#include "core/engine/run_registry.h"
#include "core/engine/shard_cache.h"
#include "core/modeling/training_state.h"
#include "core/modeling/training_support.h"
#include "core/modeling/window_batch.h"
#include "model/losses.h"

namespace alfee::core {
namespace {

[[noreturn]] void fail(const QString& message) {
    throw std::runtime_error(message.toStdString());
}

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
    void add(const model::PretrainLoss& l) {
        total += l.total.item<double>(), forecast += l.forecast.item<double>();
        maskTime += l.maskTime.item<double>(), maskChannel += l.maskChannel.item<double>();
        paradigm += l.paradigm.item<double>(), ++count;
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

}  // namespace

class PretrainJob::Impl {
  public:
    Impl(PretrainJob& job, PretrainOptions options, qint64 resumeRun)
        : job_(job), o_(std::move(options)), runId_(resumeRun), resuming_(resumeRun > 0) {}

    QString execute(QString* message);
    void recordFailure(const QString& message);

  private:
    void openWorkspace();
    void loadRunToResume();
    void loadData();
    void createRun();
    bool prepareData();
    void setUpModel();
    QString train(QString* message);
    bool trainStep(const WindowBatch& windows);
    model::Batch batchOf(const WindowBatch& windows) const;
    void logTraining();
    void checkpoint();
    LossSums validationLoss();
    void saveResumable();
    QString cancelled(QString* message);
    void emitProgress(const QString& phase, qint64 done, qint64 total);
    void check(bool ok, const QString& error) {
        if (!ok) fail(error);
    }

    PretrainJob& job_;
    PretrainOptions o_;
    qint64 runId_ = 0;
    bool resuming_ = false;
    bool owned_ = false;  // the run was created or claimed by this job: its failure is ours
    std::unique_ptr<Workspace> ws_;
    std::unique_ptr<RunRegistry> registry_;
    TrainingData data_;
    std::unique_ptr<WindowReader> reader_;
    QVector<int> train_, validation_;
    CheckpointData checkpointData_;
    std::optional<c10::Device> device_;
    std::unique_ptr<model::AlfeeSession> session_;
    std::unique_ptr<torch::optim::AdamW> optimizer_;
    TrainingState state_;
    LossSums sums_;
    int badInRow_ = 0;
    QString runDir_;
    QElapsedTimer clock_;
    qint64 stepsTimed_ = 0;
    double lastLoss_ = std::nan("");
};

void PretrainJob::Impl::openWorkspace() {
    QString error;
    ws_ = Workspace::openOrCreate(o_.workspace, &error);
    check(ws_ != nullptr, error);
    registry_ = std::make_unique<RunRegistry>(*ws_);
}

void PretrainJob::Impl::loadRunToResume() {
    QString error;
    const auto run = registry_->claimForResume(runId_, "pretrain", &error);
    check(run.has_value(), error);
    owned_ = true;
    const QString workspace = o_.workspace;
    o_ = PretrainOptions::fromJson(run->config);
    o_.workspace = workspace;
}

void PretrainJob::Impl::loadData() {
    QString error;
    check(loadPretrainData(*ws_, o_, &data_, &error), error);
    for (const QString& line : data_.excluded) emit job_.log("left out: " + line);
    train_ = data_.indicesOf("train");
    validation_ = data_.indicesOf("validation").mid(0, o_.validationWindows);
    if (train_.isEmpty()) fail("no training windows: every subject was held out for validation");
    reader_ = std::make_unique<WindowReader>(data_, ShardCache::directoryFor(o_.workspace));
    checkpointData_.preprocess = data_.spec.preprocess.toJson();
    checkpointData_.windowSeconds = data_.spec.windowSeconds;
}

void PretrainJob::Impl::createRun() {
    NewRun run;
    run.kind = "pretrain";
    run.name = o_.name.isEmpty() ? "pretrain " + o_.size : o_.name;
    run.experiment = o_.experiment;
    run.config = o_.toJson();
    QJsonObject summary{{"recordings", data_.recordings.size()},
                        {"train_windows", train_.size()},
                        {"validation_windows", data_.indicesOf("validation").size()},
                        {"hours", data_.windows.size() * data_.spec.windowSeconds / 3600.0}};
    run.config["data_summary"] = summary;
    run.dataset = "pretraining";
    run.datasetHash = data_.contentHash();
    run.device = device_->str().c_str();
    run.threads = o_.threads;
    run.seed = qint64(o_.seed);
    QString error;
    const auto id = registry_->create(run, &error);
    check(id.has_value(), error);
    runId_ = *id;
    owned_ = true;
}

bool PretrainJob::Impl::prepareData() {
    QString error;
    const bool ok = reader_->prepare(
        std::max(1, o_.threads > 0 ? o_.threads : QThread::idealThreadCount()),
        [&](int done, int total) { emitProgress("preparing data", done, total); },
        job_.cancelFlag(), &error);
    if (!ok && !error.isEmpty()) fail(error);
    if (ok)
        emit job_.log(QStringLiteral("%1 training and %2 validation windows (%3 h) from %4 "
                                     "recordings (%5 cached shards reused, %6 built)")
                          .arg(train_.size())
                          .arg(validation_.size())
                          .arg(data_.windows.size() * data_.spec.windowSeconds / 3600.0, 0, 'f', 2)
                          .arg(data_.recordings.size())
                          .arg(reader_->reusedShards())
                          .arg(reader_->builtShards()));
    return ok;
}

void PretrainJob::Impl::setUpModel() {
    runDir_ = QFileInfo(o_.workspace).absoluteFilePath() + ".runs/" + QString::number(runId_);
    QDir().mkpath(runDir_);
    const QString last = runDir_ + "/last.alfee-ckpt";
    model::Alfee net{nullptr};
    std::optional<TrainingState> saved;
    if (resuming_ && QFileInfo::exists(last)) {
        auto loaded = readCheckpoint(last, torch::kCPU);
        net = loaded.model;
        saved = TrainingState::fromJson(loaded.meta.trainingStateJson);
    } else if (!o_.from.isEmpty()) {
        net = readCheckpoint(o_.from, torch::kCPU).model;
    } else {
        const auto config = model::presetConfig(o_.size.toStdString());
        if (!config) fail(QStringLiteral("no model size '%1'").arg(o_.size));
        net = model::Alfee(*config);
    }
    session_ = std::make_unique<model::AlfeeSession>(net, *device_);
    session_->model()->train();
    optimizer_ = std::make_unique<torch::optim::AdamW>(
        session_->model()->parameters(),
        torch::optim::AdamWOptions(o_.lr).weight_decay(o_.weightDecay));
    if (saved) {
        std::string error;
        check(model::loadOptimizerState(last.toStdString(), *optimizer_, &error),
              QString::fromStdString(error));
        state_ = *saved;
        state_.restoreRandomState();
    }
    QString why;
    if (resuming_) check(registry_->forgetAfter(runId_, state_.step, &why), why);
    emit job_.log(
        QStringLiteral("run %1: %2 model, %3 steps of %4 windows, lr %5, on %6%7")
            .arg(runId_)
            .arg(QString::fromStdString(session_->model()->config().name))
            .arg(o_.steps)
            .arg(o_.batch)
            .arg(o_.lr)
            .arg(QString::fromStdString(device_->str()))
            .arg(saved ? QStringLiteral(", resumed at step %1").arg(state_.step) : QString()));
}

model::Batch PretrainJob::Impl::batchOf(const WindowBatch& windows) const {
    QVector<int> paradigms;
    for (int i : windows.indices) paradigms << data_.windows[i].label;
    const model::Batch b = makeBatch(windows.windows, paradigms);
    return {b.patches.to(*device_), b.channels.to(*device_), b.valid.to(*device_),
            b.paradigm.to(*device_)};
}

bool PretrainJob::Impl::trainStep(const WindowBatch& windows) {
    for (auto& group : optimizer_->param_groups())
        static_cast<torch::optim::AdamWOptions&>(group.options())
            .lr(warmupCosineRate(o_.lr, state_.step, o_.steps, o_.warmupFraction));
    optimizer_->zero_grad();
    const model::PretrainLoss loss = session_->pretrainLoss(batchOf(windows));
    const double value = loss.total.item<double>();
    if (!std::isfinite(value)) return false;
    loss.total.backward();
    const double norm =
        torch::nn::utils::clip_grad_norm_(session_->model()->parameters(), o_.clipNorm);
    if (!std::isfinite(norm)) {
        optimizer_->zero_grad();
        return false;
    }
    optimizer_->step();
    sums_.add(loss);
    lastLoss_ = value;
    return true;
}

void PretrainJob::Impl::logTraining() {
    auto values = sums_.means("train_");
    values << qMakePair(QStringLiteral("lr"),
                        warmupCosineRate(o_.lr, state_.step - 1, o_.steps, o_.warmupFraction));
    QString error;
    check(registry_->logMetrics(runId_, state_.step, state_.epoch, values, &error), error);
    sums_ = LossSums();
}

// The loss over the held-out windows with masks drawn from a fixed seed, so that every
// validation sees the same draw; the training random stream is left where it was.
LossSums PretrainJob::Impl::validationLoss() {
    LossSums sums;
    if (validation_.isEmpty()) return sums;
    torch::NoGradGuard noGrad;
    session_->model()->eval();
    auto generator = at::detail::getDefaultCPUGenerator();
    const auto saved = generator.get_state();
    torch::manual_seed(o_.seed + 7919);
    QVector<QVector<int>> batches;
    for (int i = 0; i < validation_.size(); i += o_.batch) batches << validation_.mid(i, o_.batch);
    BatchPrefetcher reader(*reader_, batches);
    WindowBatch windows;
    for (int done = 0; reader.next(&windows); ++done) {
        if (!windows.error.isEmpty()) fail(windows.error);
        emitProgress("validating", done, batches.size());
        sums.add(session_->pretrainLoss(batchOf(windows)));
    }
    generator.set_state(saved);
    session_->model()->train();
    return sums;
}

void PretrainJob::Impl::saveResumable() {
    core::saveResumable(*registry_, runId_, runDir_ + "/last.alfee-ckpt", session_->model(),
                        *optimizer_, checkpointData_, state_);
}

// A resumable checkpoint, the validation loss, and the weights alone as the run's result.
void PretrainJob::Impl::checkpoint() {
    const LossSums validation = validationLoss();
    QString error;
    if (validation.count > 0)
        check(registry_->logMetrics(runId_, state_.step, state_.epoch, validation.means("val_"),
                                    &error),
              error);
    saveResumable();
    const QString weights = runDir_ + "/pretrained.alfee-ckpt";
    writeCheckpoint(weights, session_->model(), nullptr, checkpointData_, state_.step, {});
    check(registry_->addCheckpoint(
              runId_, {weights, fileSha256(weights), state_.step, state_.epoch, true}, &error),
          error);
    if (validation.count > 0)
        emit job_.epochFinished(
            {{"step", state_.step}, {"val_loss", validation.means("")[0].second}});
}

QString PretrainJob::Impl::cancelled(QString* message) {
    saveResumable();
    *message = QStringLiteral("cancelled at step %1; resume with alfee pretrain --resume %2")
                   .arg(state_.step)
                   .arg(runId_);
    return run_status::kCancelled;
}

void PretrainJob::Impl::emitProgress(const QString& phase, qint64 done, qint64 total) {
    JobProgress p;
    p.phase = phase;
    p.done = done, p.total = total;
    p.loss = lastLoss_;
    const double seconds = clock_.isValid() ? clock_.elapsed() / 1000.0 : 0;
    if (phase == "training" && stepsTimed_ > 0 && seconds > 0) {
        p.samplesPerSecond = stepsTimed_ * o_.batch / seconds;
        p.secondsLeft = (total - done) * seconds / stepsTimed_;
    }
    emit job_.progress(p);
}

QString PretrainJob::Impl::train(QString* message) {
    clock_.start();
    while (state_.step < o_.steps) {
        const QVector<QVector<int>> plan = passPlan(train_, o_.seed, state_.epoch, o_.batch);
        BatchPrefetcher reader(*reader_, plan.mid(state_.batchInEpoch));
        WindowBatch windows;
        for (; state_.batchInEpoch < plan.size() && state_.step < o_.steps; ++state_.batchInEpoch) {
            if (job_.cancelRequested()) return cancelled(message);
            reader.next(&windows);
            if (!windows.error.isEmpty()) fail(windows.error);
            if (trainStep(windows)) {
                badInRow_ = 0, ++stepsTimed_;
            } else if (++state_.skipped, ++badInRow_ > o_.maxBadSteps) {
                *message = QStringLiteral(
                               "%1 steps in a row had a non-finite loss or gradient; "
                               "lower --lr")
                               .arg(badInRow_);
                return run_status::kFailed;
            }
            ++state_.step;
            if (state_.step % o_.logEvery == 0) logTraining();
            emitProgress("training", state_.step, o_.steps);
            if (state_.step % o_.checkpointEvery == 0 || state_.step == o_.steps) {
                ++state_.batchInEpoch;  // the checkpoint resumes after this batch
                checkpoint();
                --state_.batchInEpoch;
            }
        }
        if (state_.batchInEpoch >= plan.size()) ++state_.epoch, state_.batchInEpoch = 0;
    }
    return run_status::kFinished;
}

QString PretrainJob::Impl::execute(QString* message) {
    openWorkspace();
    if (resuming_) loadRunToResume();
    const QString problem = o_.validate();
    if (!problem.isEmpty()) fail(problem);
    model::applyRuntime({o_.device.toStdString(), o_.threads, o_.deterministic, o_.seed});
    std::string why;
    device_ = model::chooseDevice(o_.device.toStdString(), &why);
    if (!device_) fail(QString::fromStdString(why));
    loadData();
    if (!resuming_) createRun();
    job_.result_ = {{"run", runId_}, {"workspace", QFileInfo(o_.workspace).absoluteFilePath()}};
    QString error;
    if (!prepareData()) {
        *message = "cancelled while preparing the data";
        check(registry_->finish(runId_, run_status::kCancelled, *message, &error), error);
        return run_status::kCancelled;
    }
    setUpModel();
    const QString status = train(message);
    if (status == run_status::kFinished)
        *message = QStringLiteral("%1 steps; %2 non-finite steps skipped")
                       .arg(state_.step)
                       .arg(state_.skipped);
    check(registry_->setProgress(runId_, state_.step, state_.epoch, state_.skipped, &error), error);
    check(registry_->finish(runId_, status, *message, &error), error);
    job_.result_["status"] = status;
    job_.result_["checkpoint"] = runDir_ + "/pretrained.alfee-ckpt";
    return status;
}

void PretrainJob::Impl::recordFailure(const QString& message) {
    QString ignored;
    // A refused resume (finished, running elsewhere) leaves the run as it was.
    if (registry_ && owned_) registry_->finish(runId_, run_status::kFailed, message, &ignored);
    job_.result_["run"] = runId_;
}

PretrainJob::PretrainJob(const PretrainOptions& options, QObject* parent)
    : Job(parent), impl_(std::make_unique<Impl>(*this, options, 0)) {}

PretrainJob::PretrainJob(const QString& workspace, qint64 run, QObject* parent) : Job(parent) {
    PretrainOptions o;
    o.workspace = workspace;
    impl_ = std::make_unique<Impl>(*this, o, run);
}

PretrainJob::~PretrainJob() = default;

QString PretrainJob::execute(QString* message) {
    return impl_->execute(message);
}

void PretrainJob::recordFailure(const QString& message) {
    impl_->recordFailure(message);
}

}  // namespace alfee::core
