// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/alfee.h"

#include <torch/torch.h>

#include "model/spectral.h"

namespace alfee::model {

AlfeeSession::AlfeeSession(const ModelConfig& config, const c10::Device& device)
    : AlfeeSession(Alfee(config), device) {}

AlfeeSession::AlfeeSession(Alfee model, const c10::Device& device)
    : model_(std::move(model)), device_(device) {
    model_->to(device_);
}

Batch AlfeeSession::onDevice(const Batch& b) const {
    return {b.patches.to(device_), b.channels.to(device_), b.valid.to(device_),
            b.paradigm.defined() ? b.paradigm.to(device_) : b.paradigm};
}

PretrainLoss AlfeeSession::pretrainLoss(const Batch& batch) {
    const ModelConfig& c = model_->config();
    return pretrainLoss(batch, pretrainMasks(batch.valid, batch.patches.size(2), c.stepMaskRatio,
                                             c.channelMaskRatio));
}

PretrainLoss AlfeeSession::pretrainLoss(const Batch& batch, const MaskPlan& plan,
                                        const at::Tensor& counts) {
    const Batch b = onDevice(batch);
    const MaskPlan p{plan.task.to(device_), plan.stepMasked.to(device_),
                     plan.channelMasked.to(device_)};
    AutocastScope autocast(device_);
    return model::pretrainLoss(model_->pretrain(b, p), b, p, lossWeights(model_->config()), counts);
}

std::vector<at::Tensor> AlfeeSession::fineTuneLogits(const Batch& batch, at::Tensor* clsAttention) {
    AutocastScope autocast(device_);
    return model_->classify(onDevice(batch), clsAttention);
}

Reconstruction AlfeeSession::reconstruct(const Batch& batch, PretrainTask mask) {
    torch::NoGradGuard noGrad;
    const Batch b = onDevice(batch);
    Reconstruction r;
    r.plan = uniformMasks(mask, b.valid, b.patches.size(2), model_->config().stepMaskRatio,
                          model_->config().channelMaskRatio);
    AutocastScope autocast(device_);
    r.prediction = model_->pretrain(b, r.plan).reconstruction.to(torch::kFloat32);
    r.target = reconstructionTarget(b.patches, logPeriodogram(b.patches));
    return r;
}

at::Tensor AlfeeSession::embeddings(const Batch& batch) {
    torch::NoGradGuard noGrad;
    const Batch b = onDevice(batch);
    const auto masks =
        attentionMasks(uniformMasks(PretrainTask::None, b.valid, b.patches.size(2)), b.valid);
    AutocastScope autocast(device_);
    return model_->encode(b, masks, false).memory.to(torch::kFloat32);
}

std::vector<at::Tensor> AlfeeSession::channelAttention(const Batch& batch) {
    torch::NoGradGuard noGrad;
    const Batch b = onDevice(batch);
    const auto masks =
        attentionMasks(uniformMasks(PretrainTask::None, b.valid, b.patches.size(2)), b.valid);
    AutocastScope autocast(device_);
    return model_->encode(b, masks, true).channelAttention;
}

}  // namespace alfee::model
