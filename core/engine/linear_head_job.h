// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A logistic regression on features computed once per window, as a run of its own: the
// band-power baseline (kind "baseline", the classical reference a researcher compares the
// foundation model with) or a frozen encoder's linear probe (kind "finetune" with --freeze
// encoder, maybe with band power beside: the hybrid head). Same windows, splits, registry and
// metrics as fine-tuning. No LibTorch: the encoder comes through EncoderFeatures.

#include <memory>

#include "core/engine/encoder_features.h"
#include "core/engine/finetune_options.h"
#include "core/engine/run_job.h"

namespace alfee::core {

// Features of every window: the frozen encoder's pooled representation and/or the log band
// power per channel and band (core/engine/band_power.h); with --subject-centring each
// subject's mean taken off; z-scored with the training split's statistics; an L2 logistic
// regression (balanced class weights; C from --baseline-c or --probe-c) fitted on the
// training split; validation and test metrics and predictions in the registry. The fitted
// model and every window's features are written to the run folder.
class LinearHeadJob : public RunJob {
    Q_OBJECT
  public:
    // `encoder` loads the frozen encoder of a --freeze encoder run (unused by a baseline).
    explicit LinearHeadJob(const FineTuneOptions& options, EncoderLoader encoder = {},
                           QObject* parent = nullptr);
    ~LinearHeadJob() override;

  private:
    class Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace alfee::core
