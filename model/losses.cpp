#include "model/losses.h"

#include <torch/torch.h>

#include "model/spectral.h"

namespace alfee::model {

LossWeights lossWeights(const ModelConfig& c) {
    return {c.lossForecast, c.lossMaskTime, c.lossMaskChannel, c.lossParadigm,
            c.separateTimeFreqLoss};
}

at::Tensor maskedReconstructionLoss(const at::Tensor& prediction, const at::Tensor& target,
                                    const at::Tensor& selected, bool separateTimeFreq) {
    auto sel = selected.to(torch::kFloat32).unsqueeze(-1);
    auto count = sel.sum();
    if (count.item<double>() == 0)
        return torch::zeros({}, prediction.options().dtype(torch::kFloat32));
    auto err = (prediction.to(torch::kFloat32) - target).pow(2) * sel;
    if (!separateTimeFreq) return err.sum() / (count * target.size(-1));
    const int64_t timeSize = target.size(-1) - 129;
    auto timePart = err.narrow(-1, 0, timeSize).sum() / (count * timeSize);
    auto freqPart = err.narrow(-1, timeSize, 129).sum() / (count * 129);
    return timePart + freqPart;
}

PretrainLoss pretrainLoss(const PretrainOutput& out, const Batch& batch, const MaskPlan& plan,
                          const LossWeights& w) {
    auto target = reconstructionTarget(
        batch.patches, out.logPsd.defined() ? out.logPsd : logPeriodogram(batch.patches));
    const int64_t b = batch.valid.size(0), t = target.size(1), c = batch.valid.size(1);
    auto isTask = [&](PretrainTask k) {
        return (plan.task == static_cast<int64_t>(k)).view({b, 1, 1});
    };
    auto valid = batch.valid.view({b, 1, c});
    PretrainLoss loss;
    auto zero = torch::zeros({}, target.options());
    // Forecasting: the output at step t is compared with patch t+1.
    loss.forecast = t < 2 ? zero
                          : maskedReconstructionLoss(
                                out.reconstruction.narrow(1, 0, t - 1), target.narrow(1, 1, t - 1),
                                (isTask(PretrainTask::Forecast) & valid).expand({b, t - 1, c}),
                                w.separateTimeFreq);
    loss.maskTime = maskedReconstructionLoss(
        out.reconstruction, target,
        isTask(PretrainTask::MaskTime) & plan.stepMasked.view({b, t, 1}) & valid,
        w.separateTimeFreq);
    loss.maskChannel = maskedReconstructionLoss(
        out.reconstruction, target,
        (isTask(PretrainTask::MaskChannel) & plan.channelMasked.view({b, 1, c}) & valid)
            .expand({b, t, c}),
        w.separateTimeFreq);
    // Forecasting samples take no part in L_DT (their t_DT cannot see the window).
    auto paradigm = batch.paradigm.defined()
                        ? torch::where(plan.task == static_cast<int64_t>(PretrainTask::Forecast),
                                       torch::full_like(batch.paradigm, -1), batch.paradigm)
                        : batch.paradigm;
    const bool labelled = paradigm.defined() && (paradigm >= 0).any().item<bool>();
    loss.paradigm = labelled
                        ? torch::nn::functional::cross_entropy(
                              out.paradigmLogits.to(torch::kFloat32), paradigm,
                              torch::nn::functional::CrossEntropyFuncOptions().ignore_index(-1))
                        : zero;
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
                        const at::Tensor& reconstruction, const Batch& batch,
                        bool separateTimeFreq) {
    auto target = reconstructionTarget(batch.patches, logPeriodogram(batch.patches));
    const int64_t b = batch.valid.size(0), t = target.size(1), c = batch.valid.size(1);
    auto rec = maskedReconstructionLoss(
        reconstruction, target, batch.valid.view({b, 1, c}).expand({b, t, c}), separateTimeFreq);
    auto total = torch::zeros({}, target.options());
    for (size_t k = 0; k < logits.size(); ++k) {
        auto ce = torch::nn::functional::cross_entropy(
            logits[k].to(torch::kFloat32), labels[k],
            torch::nn::functional::CrossEntropyFuncOptions().weight(
                classWeights[k].to(target.device())));
        total = total + 0.9 * ce + 0.1 * rec;
    }
    return total;
}

}  // namespace alfee::model
