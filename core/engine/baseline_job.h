#pragma once
// The band-power baseline as a run of its own (kind "baseline"): the classical reference a
// researcher compares the foundation model with, on the same windows, splits, registry and
// metrics as fine-tuning. No LibTorch.

#include <memory>

#include "core/engine/finetune_options.h"
#include "core/engine/run_job.h"

namespace alfee::core {

// Log band power per channel and band of every window (core/engine/band_power.h), z-scored
// with the training split's statistics, an L2 logistic regression (C from --baseline-c,
// 1 by default; balanced class weights) fitted on the training split, then validation and test
// metrics and predictions in the registry. The fitted model and every window's features are written
// to the run folder.
class BandPowerBaselineJob : public RunJob {
    Q_OBJECT
  public:
    explicit BandPowerBaselineJob(const FineTuneOptions& options, QObject* parent = nullptr);
    ~BandPowerBaselineJob() override;

  private:
    class Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace alfee::core
