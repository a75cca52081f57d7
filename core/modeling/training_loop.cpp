// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/modeling/training_loop.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <optional>

#include "core/engine/lr_schedule.h"

namespace alfee::core {

bool TrainingLoop::openModel(
    const c10::Device& device, const std::function<model::Alfee()>& fresh,
    const std::function<std::vector<model::RateGroup>(model::Alfee&)>& groupsOf, double weightDecay,
    bool recordsRun) {
    runDir_ = job_.runDirectory();
    const QString last = lastCheckpoint();
    model::Alfee net{nullptr};
    std::optional<TrainingState> saved;
    if (job_.resuming() && QFileInfo::exists(last)) {
        auto loaded = readCheckpoint(last, torch::kCPU);
        net = loaded.model;
        saved = TrainingState::fromJson(loaded.meta.trainingStateJson);
    } else {
        net = fresh();  // new, or resumed before its first checkpoint: starts over
    }
    session_ = std::make_unique<model::AlfeeSession>(net, device);
    session_->model()->train();
    std::vector<torch::optim::OptimizerParamGroup> groups;
    peakRates_.clear();
    for (model::RateGroup& g : groupsOf(session_->model())) {
        groups.emplace_back(g.parameters,
                            std::make_unique<torch::optim::AdamWOptions>(
                                torch::optim::AdamWOptions(g.rate).weight_decay(weightDecay)));
        peakRates_.push_back(g.rate);
    }
    optimizer_ = std::make_unique<torch::optim::AdamW>(
        groups, torch::optim::AdamWOptions(peakRates_.front()).weight_decay(weightDecay));
    if (saved) {
        std::string error;
        checkRun(model::loadOptimizerState(last.toStdString(), *optimizer_, &error),
                 QString::fromStdString(error));
        state_ = *saved;
        state_.restoreRandomState();
    }
    QString why;
    if (job_.resuming() && recordsRun)
        checkRun(job_.registry().forgetAfter(job_.runId(), state_.step, &why), why);
    return saved.has_value();
}

double TrainingLoop::rateFactor(qint64 step) const {
    return warmupCosineRate(1.0, step, steps_.totalSteps, steps_.warmupFraction);
}

void TrainingLoop::beginStep() {
    const double factor = rateFactor(state_.step);
    auto& groups = optimizer_->param_groups();
    for (size_t g = 0; g < groups.size(); ++g)
        static_cast<torch::optim::AdamWOptions&>(groups[g].options()).lr(peakRates_[g] * factor);
    optimizer_->zero_grad();
}

bool TrainingLoop::applyStep(const at::Tensor& loss, double value,
                             const std::function<void()>& afterBackward) {
    if (!std::isfinite(value)) return false;
    loss.backward();
    if (afterBackward) afterBackward();
    const double norm =
        torch::nn::utils::clip_grad_norm_(session_->model()->parameters(), steps_.clipNorm);
    if (!std::isfinite(norm)) {
        optimizer_->zero_grad();
        return false;
    }
    optimizer_->step();
    lastLoss_ = value;
    return true;
}

bool TrainingLoop::countStep(bool taken, qint64 samples, QString* message) {
    if (taken) {
        badInRow_ = 0, ++stepsTimed_, samplesTimed_ += samples;
    } else if (++state_.skipped, ++badInRow_ > steps_.maxBadSteps) {
        *message = QCoreApplication::translate("alfee::core",
                                               "%1 steps in a row had a non-finite loss or "
                                               "gradient (%2 skipped in all); lower --lr")
                       .arg(badInRow_)
                       .arg(state_.skipped);
        return false;
    }
    ++state_.step;
    return true;
}

void TrainingLoop::progress(const QString& phase, qint64 done, qint64 total, int epochs) const {
    JobProgress p;
    p.phase = phase, p.run = job_.runId();
    p.done = done, p.total = total;
    if (epochs > 0) p.epoch = state_.epoch + 1, p.epochs = epochs;
    p.loss = lastLoss_;
    const double seconds = clock_.isValid() ? clock_.elapsed() / 1000.0 : 0;
    if (phase == "training" && stepsTimed_ > 0 && seconds > 0) {
        p.samplesPerSecond = samplesTimed_ / seconds;
        p.secondsLeft = (total - done) * seconds / stepsTimed_;
    }
    emit job_.progress(p);
}

void TrainingLoop::saveResumable(const CheckpointData& data) {
    core::saveResumable(job_.registry(), job_.runId(), lastCheckpoint(), session_->model(),
                        *optimizer_, data, state_);
}

QString TrainingLoop::cancelled(const CheckpointData& data, bool save, QString* message) {
    if (save) saveResumable(data);
    *message = QCoreApplication::translate("alfee::core",
                                           "cancelled at step %1; resume with alfee %2 --resume %3")
                   .arg(state_.step)
                   .arg(command_)
                   .arg(job_.runId());
    return run_status::kCancelled;
}

}  // namespace alfee::core
