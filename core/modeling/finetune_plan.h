#pragma once
// The jobs one `alfee finetune` (or the wizard's Start) makes, in order: the band-power
// baseline; or fine-tuning, after `--adapt-steps N` steps of continued pretraining on the run's
// own recordings when N > 0 ("adapt, then fine-tune": a pretraining run of its own, from the
// starting checkpoint; fine-tuning then starts from its weights). The command line and the runs
// dashboard run what the plan hands out, one job after the other, and know nothing of the steps.

#include <memory>

#include "core/engine/finetune_options.h"
#include "core/engine/job.h"
#include "core/engine/pretrain_options.h"

namespace alfee::core {

// The settings of the adaptation run of `options` (no labels are read: every recording of the
// data takes part, the test subjects' included).
PretrainOptions adaptationOf(const FineTuneOptions& options);

// The jobs of one fine-tuning request, handed out one at a time.
class FineTunePlan {
  public:
    explicit FineTunePlan(FineTuneOptions options) : o_(std::move(options)) {}

    // The next job, given how the one before ended (its status and result; both unused for
    // the first). Null when the plan is done: *stopped is empty when every job ran, else it
    // says why the plan stopped early (the adaptation did not finish).
    std::unique_ptr<Job> next(const QString& status, const QJsonObject& result, QString* stopped);
    // What the job handed out last does, for a progress bar: "adaptation", "fine-tuning" or
    // "baseline".
    QString stage() const { return stage_; }

  private:
    FineTuneOptions o_;
    int handedOut_ = 0;
    QString stage_;
};

}  // namespace alfee::core
