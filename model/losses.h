// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Pretraining and fine-tuning objectives (MODEL.md sections 6 and 7).

#include "model/alfee_model.h"

namespace alfee::model {

// The four terms and their weighted sum L = 0.4 GPT + 0.275 TP + 0.275 CH + 0.05 DT.
struct PretrainLoss {
    at::Tensor total, forecast, maskTime, maskChannel, paradigm;
};

struct LossWeights {
    double forecast = 0.4, maskTime = 0.275, maskChannel = 0.275, paradigm = 0.05;
    bool separateTimeFreq = true;  // see maskedReconstructionLoss
};
LossWeights lossWeights(const ModelConfig& config);

// Mean squared error over the selected (step, channel) patches [B, T, C] of the 385-value
// target; time and frequency parts averaged separately and summed [ours], or one mean over all
// 385 values. Zero when none is selected. `count` replaces the number of selected patches as
// the denominator (data parallel: the count over every process).
at::Tensor maskedReconstructionLoss(const at::Tensor& prediction, const at::Tensor& target,
                                    const at::Tensor& selected, bool separateTimeFreq = true,
                                    const at::Tensor& count = {});

// L_DT counts only the samples whose t_DT sees the input: under the forecasting task's causal
// mask it attends to itself alone, so its paradigm logits do not depend on the window.
// `counts` (from pretrainLossCounts, summed over the processes of a data-parallel step) are the
// denominators of the four terms; undefined: this batch's own. With the global counts, each
// process's loss is its share of the global batch's loss and the gradients add up to its
// gradient.
PretrainLoss pretrainLoss(const PretrainOutput& out, const Batch& batch, const MaskPlan& plan,
                          const LossWeights& weights = {}, const at::Tensor& counts = {});
// [4] float: the patches selected for forecasting, temporal and channel masking, and the samples
// that count in L_DT.
at::Tensor pretrainLossCounts(const Batch& batch, const MaskPlan& plan);

// Class weights proportional to 1/sqrt(class frequency), normalised to mean 1.
at::Tensor inverseSqrtClassWeights(const at::Tensor& counts);

// sum_k [0.9 CE_k(class weights, targets smoothed by `labelSmoothing`) + 0.1 L_rec(every
// patch, no mask)].
at::Tensor fineTuneLoss(const std::vector<at::Tensor>& logits,
                        const std::vector<at::Tensor>& labels,
                        const std::vector<at::Tensor>& classWeights,
                        const at::Tensor& reconstruction, const Batch& batch,
                        bool separateTimeFreq = true, double labelSmoothing = 0);

}  // namespace alfee::model
