// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/losses.h"

#include <torch/torch.h>

#include "model/spectral.h"

namespace alfee::model {

LossWeights lossWeights(const ModelConfig& c) {
    return {c.lossForecast, c.lossMaskTime, c.lossMaskChannel, c.lossParadigm,
            c.separateTimeFreqLoss};
}

at::Tensor maskedReconstructionLoss(const at::Tensor& prediction, const at::Tensor& target,
                                    const at::Tensor& selected, bool separateTimeFreq,
                                    const at::Tensor& count) {
    auto sel = selected.to(torch::kFloat32).unsqueeze(-1);
    // Nothing selected: the sum is 0 and so is the loss (no division by zero, no host sync).
    auto n = (count.defined() ? count : sel.sum()).clamp_min(1.0);
    auto err = (prediction.to(torch::kFloat32) - target).pow(2) * sel;
    if (!separateTimeFreq) return err.sum() / (n * target.size(-1));
    const int64_t timeSize = target.size(-1) - 129;
    auto timePart = err.narrow(-1, 0, timeSize).sum() / (n * timeSize);
    auto freqPart = err.narrow(-1, timeSize, 129).sum() / (n * 129);
    return timePart + freqPart;
}

namespace {

// What each term is computed over: the (step, channel) patches of the three reconstruction
// tasks and the paradigm targets (-1: not counted).
struct LossSelection {
    at::Tensor forecast;     // [B, T-1, C], or undefined with fewer than two steps
    at::Tensor maskTime;     // [B, T, C]
    at::Tensor maskChannel;  // [B, T, C]
    at::Tensor paradigm;     // [B] or undefined
};

LossSelection selectionOf(const Batch& batch, const MaskPlan& plan) {
    const int64_t b = batch.valid.size(0), t = plan.stepMasked.size(1), c = batch.valid.size(1);
    auto isTask = [&](PretrainTask k) {
        return (plan.task == static_cast<int64_t>(k)).view({b, 1, 1});
    };
    auto valid = batch.valid.view({b, 1, c});
    LossSelection s;
    // Forecasting: the output at step t is compared with patch t+1.
    if (t >= 2) s.forecast = (isTask(PretrainTask::Forecast) & valid).expand({b, t - 1, c});
    s.maskTime = isTask(PretrainTask::MaskTime) & plan.stepMasked.view({b, t, 1}) & valid;
    s.maskChannel = (isTask(PretrainTask::MaskChannel) & plan.channelMasked.view({b, 1, c}) & valid)
                        .expand({b, t, c});
    // Forecasting samples take no part in L_DT (their t_DT cannot see the window).
    if (batch.paradigm.defined())
        s.paradigm = torch::where(plan.task == static_cast<int64_t>(PretrainTask::Forecast),
                                  torch::full_like(batch.paradigm, -1), batch.paradigm);
    return s;
}

at::Tensor countOf(const at::Tensor& selected, const at::TensorOptions& options) {
    return selected.defined() ? selected.sum().to(options) : torch::zeros({}, options);
}

}  // namespace

at::Tensor pretrainLossCounts(const Batch& batch, const MaskPlan& plan) {
    const LossSelection s = selectionOf(batch, plan);
    const auto f = torch::TensorOptions().dtype(torch::kFloat32).device(batch.valid.device());
    return torch::stack({countOf(s.forecast, f), countOf(s.maskTime, f), countOf(s.maskChannel, f),
                         s.paradigm.defined() ? (s.paradigm >= 0).sum().to(f) : countOf({}, f)});
}

PretrainLoss pretrainLoss(const PretrainOutput& out, const Batch& batch, const MaskPlan& plan,
                          const LossWeights& w, const at::Tensor& counts) {
    auto target = reconstructionTarget(
        batch.patches, out.logPsd.defined() ? out.logPsd : logPeriodogram(batch.patches));
    const at::Tensor n = counts.defined() ? counts.to(target.device()) : at::Tensor();
    auto countAt = [&](int64_t k) { return n.defined() ? n[k] : at::Tensor(); };
    const LossSelection s = selectionOf(batch, plan);
    const int64_t t = target.size(1);
    PretrainLoss loss;
    auto zero = torch::zeros({}, target.options());
    loss.forecast = t < 2 ? zero
                          : maskedReconstructionLoss(out.reconstruction.narrow(1, 0, t - 1),
                                                     target.narrow(1, 1, t - 1), s.forecast,
                                                     w.separateTimeFreq, countAt(0));
    loss.maskTime = maskedReconstructionLoss(out.reconstruction, target, s.maskTime,
                                             w.separateTimeFreq, countAt(1));
    loss.maskChannel = maskedReconstructionLoss(out.reconstruction, target, s.maskChannel,
                                                w.separateTimeFreq, countAt(2));
    if (s.paradigm.defined()) {
        auto labelled = n.defined() ? n[3] : (s.paradigm >= 0).sum().to(torch::kFloat32);
        loss.paradigm =
            torch::nn::functional::cross_entropy(
                out.paradigmLogits.to(torch::kFloat32), s.paradigm,
                torch::nn::functional::CrossEntropyFuncOptions().ignore_index(-1).reduction(
                    torch::kSum)) /
            labelled.clamp_min(1.0);
    } else {
        loss.paradigm = zero;
    }
    loss.total = w.forecast * loss.forecast + w.maskTime * loss.maskTime +
                 w.maskChannel * loss.maskChannel + w.paradigm * loss.paradigm;
    return loss;
}

at::Tensor inverseSqrtClassWeights(const at::Tensor& counts) {
    auto w = 1.0 / torch::sqrt(counts.to(torch::kFloat32).clamp_min(1.0));
    return w * (w.size(0) / w.sum());
}

at::Tensor fineTuneLoss(const std::vector<at::Tensor>& logits,
                        const std::vector<at::Tensor>& labels,
                        const std::vector<at::Tensor>& classWeights,
                        const at::Tensor& reconstruction, const Batch& batch, bool separateTimeFreq,
                        double labelSmoothing) {
    auto target = reconstructionTarget(batch.patches, logPeriodogram(batch.patches));
    const int64_t b = batch.valid.size(0), t = target.size(1), c = batch.valid.size(1);
    auto rec = maskedReconstructionLoss(
        reconstruction, target, batch.valid.view({b, 1, c}).expand({b, t, c}), separateTimeFreq);
    auto total = torch::zeros({}, target.options());
    for (size_t k = 0; k < logits.size(); ++k) {
        auto ce =
            torch::nn::functional::cross_entropy(logits[k].to(torch::kFloat32), labels[k],
                                                 torch::nn::functional::CrossEntropyFuncOptions()
                                                     .weight(classWeights[k].to(target.device()))
                                                     .label_smoothing(labelSmoothing));
        total = total + 0.9 * ce + 0.1 * rec;
    }
    return total;
}

}  // namespace alfee::model
