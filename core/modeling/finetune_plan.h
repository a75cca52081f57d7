// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The jobs one `alfee finetune` (or the wizard's Start) makes, in order: the band-power
// baseline; or fine-tuning, after the band-power baseline on the same split with
// `--with-baseline` (one per dataset), and after `--adapt-steps N` steps of continued
// pretraining on the run's own recordings when N > 0 ("adapt, then fine-tune": a pretraining
// run of its own, from the starting checkpoint; fine-tuning then starts from its weights). The
// command line and the runs dashboard run what the plan hands out, one job after the other, and
// know nothing of the steps.

#include <memory>
#include <utility>

#include "core/engine/finetune_options.h"
#include "core/engine/job.h"
#include "core/engine/pretrain_options.h"

namespace alfee::core {

// The settings of the adaptation run of `options`: the fine-tuning's own windows (no labels
// read), of its training and validation subjects, or of every subject with --adapt-on all.
PretrainOptions adaptationOf(const FineTuneOptions& options);

// The jobs of one fine-tuning request, handed out one at a time.
class FineTunePlan {
  public:
    explicit FineTunePlan(FineTuneOptions options);

    // The next job, given how the one before ended (its status and result; both unused for
    // the first). Null when the plan is done: *stopped is empty when every job ran, else it
    // says why the plan stopped early (the adaptation did not finish).
    std::unique_ptr<Job> next(const QString& status, const QJsonObject& result, QString* stopped);
    // What the job handed out last does, for a progress bar: "adaptation", "fine-tuning" or
    // "baseline".
    QString stage() const { return stages_.value(current_).name; }
    // Lines for the user about jobs that ended without stopping the plan (a baseline that
    // failed: the model is still fine-tuned), taken once.
    QStringList takeNotes() { return std::exchange(notes_, {}); }

  private:
    struct Stage {
        QString name;     // baseline, adaptation, fine-tuning
        QString dataset;  // a baseline's dataset (empty: the run's files)
    };
    void noteEnded(const Stage& stage, const QString& status, const QJsonObject& result);
    std::unique_ptr<Job> jobFor(const Stage& stage) const;

    FineTuneOptions o_;
    QVector<Stage> stages_;
    int handedOut_ = 0;
    int current_ = -1;  // the stage of the job handed out last
    QString stopped_;
    QStringList notes_;
};

}  // namespace alfee::core
