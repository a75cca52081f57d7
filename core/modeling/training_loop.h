// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The training loop that pretraining and fine-tuning share (MODEL.md sections 6 and 7): the
// model and AdamW (a learning-rate group each) resumed from the run's last checkpoint or made
// fresh, warm-up and cosine from each group's own peak rate, one optimizer step with clipping
// where a non-finite loss or gradient skips the step and too many in a row fail the run,
// progress with samples per second and time left, the resumable checkpoint, and the words of a
// cancelled, failed or finished run. The jobs keep what differs: data, loss, validation, and
// what a step records.

#include <QElapsedTimer>
#include <functional>
#include <memory>
#include <vector>

#include "core/engine/run_job.h"
#include "core/modeling/torch_include.h"
#include "core/modeling/training_state.h"
#include "core/modeling/training_support.h"
#include "model/layer_decay.h"

namespace alfee::core {

// How a run's steps go: the schedule, clipping and the patience with non-finite steps.
struct StepSettings {
    qint64 totalSteps = 0;
    double warmupFraction = 0;
    double clipNorm = 1;
    int maxBadSteps = 0;
};

// The shared loop of a training job (one per run; see the file comment).
class TrainingLoop {
  public:
    // `command`: the CLI command that resumes such a run ("finetune", "pretrain").
    TrainingLoop(RunJob& job, QString command) : job_(job), command_(std::move(command)) {}

    // The run's model on `device`: from its last checkpoint when a resumed run has one, else
    // fresh(); AdamW over groupsOf(model) with `weightDecay`. `recordsRun`: a resumed run
    // forgets what the registry holds past the checkpoint (work done after it is redone).
    // True when it resumed from a checkpoint.
    bool openModel(const c10::Device& device, const std::function<model::Alfee()>& fresh,
                   const std::function<std::vector<model::RateGroup>(model::Alfee&)>& groupsOf,
                   double weightDecay, bool recordsRun);
    void setSteps(const StepSettings& steps) { steps_ = steps; }

    // Each group's rate for the current step, and the gradients cleared.
    void beginStep();
    // Backward, afterBackward() (a data-parallel gradient sum), clipping and the optimizer
    // step; false, and nothing changed, when `value` (the loss) or the gradient norm is not
    // finite.
    bool applyStep(const at::Tensor& loss, double value,
                   const std::function<void()>& afterBackward = {});
    // Counts a step taken (`taken`, of `samples` windows) or skipped and moves to the next
    // step; false, with *message, when more than maxBadSteps in a row were skipped.
    bool countStep(bool taken, qint64 samples, QString* message);
    // The learning rate factor (warm-up and cosine) of `step`.
    double rateFactor(qint64 step) const;

    // Progress of `phase`; training phases carry samples per second and time left, and an
    // epoch count when `epochs` > 0.
    void progress(const QString& phase, qint64 done, qint64 total, int epochs = 0) const;
    void startClock() { clock_.start(); }
    // The resumable checkpoint (weights, optimizer, state) as last.alfee-ckpt of the run.
    void saveResumable(const CheckpointData& data);
    // Cancelled: saved when `save` (the process that records the run) and said how to resume.
    QString cancelled(const CheckpointData& data, bool save, QString* message);

    TrainingState& state() { return state_; }
    const TrainingState& state() const { return state_; }
    model::AlfeeSession& session() { return *session_; }
    model::Alfee& net() { return session_->model(); }
    QString runDirectory() const { return runDir_; }
    QString lastCheckpoint() const { return runDir_ + "/last.alfee-ckpt"; }
    double lastLoss() const { return lastLoss_; }  // of the last step taken

  private:
    RunJob& job_;
    QString command_, runDir_;
    StepSettings steps_;
    std::unique_ptr<model::AlfeeSession> session_;
    std::unique_ptr<torch::optim::AdamW> optimizer_;
    std::vector<double> peakRates_;  // each parameter group's peak learning rate
    TrainingState state_;
    int badInRow_ = 0;
    QElapsedTimer clock_;
    qint64 stepsTimed_ = 0, samplesTimed_ = 0;
    double lastLoss_ = std::nan("");
};

}  // namespace alfee::core
