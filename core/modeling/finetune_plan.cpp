// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/modeling/finetune_plan.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "core/engine/linear_head_job.h"
#include "core/engine/run_registry.h"
#include "core/modeling/finetune_job.h"
#include "core/modeling/frozen_encoder.h"
#include "core/modeling/pretrain_job.h"

namespace alfee::core {
namespace {

// Checkpoints of a short adaptation: at most every 100 steps, and at its end.
constexpr int kAdaptationCheckpointEvery = 100;

// Fine-tuning from the weights the adaptation run left (the run keeps `from` and
// `adapt_steps` as asked, so that its command line asks for the adaptation again).
FineTuneOptions afterAdaptation(FineTuneOptions o, const QJsonObject& adaptation) {
    o.adaptedCheckpoint = adaptation["checkpoint"].toString();
    o.adaptationRun = adaptation["run"].toInteger();
    return o;
}

}  // namespace

PretrainOptions adaptationOf(const FineTuneOptions& o) {
    PretrainOptions p;
    p.workspace = o.workspace;
    p.adaptationOf = {{"finetune", QJsonObject{{"datasets", QJsonArray::fromStringList(o.datasets)},
                                               {"data", QJsonArray::fromStringList(o.dataPaths)},
                                               {"spec", o.spec.toJson()}}},
                      {"adapt_on", o.adaptOn}};
    p.from = o.from.isEmpty() ? bundledCheckpoint() : o.from;
    p.steps = o.adaptSteps, p.batch = o.batch;
    p.checkpointEvery = std::min(kAdaptationCheckpointEvery, o.adaptSteps);
    p.device = o.device, p.threads = o.threads, p.seed = o.seed;
    p.deterministic = o.deterministic;
    p.name = o.name + " (adaptation)", p.experiment = o.experiment;
    return p;
}

FineTunePlan::FineTunePlan(FineTuneOptions options) : o_(std::move(options)) {
    if (o_.use() == kBaselineRun) {
        stages_ << Stage{"baseline", {}};
        return;
    }
    if (o_.withBaseline) {
        if (o_.datasets.isEmpty()) stages_ << Stage{"baseline", {}};
        for (const QString& dataset : o_.datasets) stages_ << Stage{"baseline", dataset};
    }
    if (o_.adaptSteps > 0) stages_ << Stage{"adaptation", {}};
    stages_ << Stage{"fine-tuning", {}};
}

// The band-power baseline beside the model run: its data and split, named after it.
FineTuneOptions baselineBeside(FineTuneOptions o, const QString& dataset) {
    o.baseline = QStringLiteral("bandpower");
    o.freeze = QStringLiteral("none"),
    o.withBandPower = false;  // alignment, centring: as the model's
    if (!dataset.isEmpty()) o.datasets = {dataset};
    if (!o.name.isEmpty()) o.name += QStringLiteral(" (band-power baseline)");
    return o;
}

std::unique_ptr<Job> FineTunePlan::jobFor(const Stage& stage) const {
    if (stage.name == "adaptation") return std::make_unique<PretrainJob>(adaptationOf(o_));
    if (stage.name == "fine-tuning" && o_.fitsLinearHead())
        return std::make_unique<LinearHeadJob>(o_, loadRunEncoder);  // --freeze encoder
    if (stage.name == "fine-tuning") return std::make_unique<FineTuneJob>(o_);
    if (o_.use() == kBaselineRun) return std::make_unique<LinearHeadJob>(o_);
    return std::make_unique<LinearHeadJob>(baselineBeside(o_, stage.dataset));
}

// Takes what the job of `stage` left for the next ones: a baseline's run (linked to the
// fine-tuning run), the adaptation's weights; an adaptation that did not finish stops the plan.
void FineTunePlan::noteEnded(const Stage& stage, const QString& status, const QJsonObject& result) {
    const bool finished = status == run_status::kFinished;
    if (stage.name == "baseline" && finished) o_.baselineRuns << result["run"].toInteger();
    if (stage.name == "baseline" && !finished && o_.use() == kModelRun)
        notes_ << QCoreApplication::translate("alfee::core",
                                              "the band-power baseline (run %1) ended %2: the "
                                              "model is fine-tuned without it")
                      .arg(result["run"].toInteger())
                      .arg(status);
    if (stage.name == "adaptation" && finished) o_ = afterAdaptation(o_, result);
    if (stage.name == "adaptation" && !finished)
        stopped_ = QCoreApplication::translate(
                       "alfee::core",
                       "the adaptation (run %1) ended %2: fine-tuning was not started; resume "
                       "it with alfee pretrain --resume %1, then fine-tune with --from its "
                       "checkpoint")
                       .arg(result["run"].toInteger())
                       .arg(status);
}

std::unique_ptr<Job> FineTunePlan::next(const QString& status, const QJsonObject& result,
                                        QString* stopped) {
    if (handedOut_ > 0 && handedOut_ <= stages_.size())
        noteEnded(stages_[handedOut_ - 1], status, result);
    *stopped = stopped_;
    if (!stopped_.isEmpty() || handedOut_ >= stages_.size()) {
        handedOut_ = int(stages_.size()) + 1;
        return nullptr;
    }
    current_ = handedOut_++;
    return jobFor(stages_[current_]);
}

}  // namespace alfee::core
