// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/heads.h"

#include <torch/torch.h>

namespace alfee::model {

PretrainHeadsImpl::PretrainHeadsImpl(const ModelConfig& c) {
    time_ = register_module("time", torch::nn::Linear(c.dim, c.patchSamples));
    freq_ = register_module("freq", torch::nn::Linear(c.dim, c.psdBins));
    paradigm_ = register_module("paradigm", torch::nn::Linear(c.dim, c.paradigmClasses));
}

at::Tensor PretrainHeadsImpl::reconstruct(const at::Tensor& decoded) {
    return torch::cat({time_(decoded), freq_(decoded)}, -1);
}

at::Tensor PretrainHeadsImpl::paradigm(const at::Tensor& taskToken) {
    return paradigm_(taskToken);
}

FineTuneHeadImpl::FineTuneHeadImpl(const ModelConfig& c) {
    tokens_ = register_parameter("cls_tokens", torch::randn({c.taskTokens, c.dim}) * 0.02);
    attention_ = register_module("attention", AttentionBlock(c, true));
    for (int k : c.taskClasses) classifiers_->push_back(torch::nn::Linear(c.dim, k));
    register_module("classifiers", classifiers_);
}

std::vector<at::Tensor> FineTuneHeadImpl::forward(const at::Tensor& steps, at::Tensor* weights) {
    const int64_t b = steps.size(0), t = steps.size(1), k = tokens_.size(0);
    auto opts = torch::TensorOptions().dtype(torch::kLong).device(steps.device());
    // The CLS queries sit after the last step, as a summary token would.
    auto qPos = torch::full({k}, t + 1, opts);
    auto kPos = torch::arange(1, t + 1, opts);
    auto q = tokens_.to(steps.scalar_type()).unsqueeze(0).expand({b, k, tokens_.size(1)});
    auto out = attention_->forward({q, steps, qPos, kPos, {}, {}, {}, weights != nullptr}, weights);
    std::vector<at::Tensor> logits;
    for (int64_t i = 0; i < k; ++i)
        logits.push_back(classifiers_[i]->as<torch::nn::Linear>()->forward(out.select(1, i)));
    return logits;
}

}  // namespace alfee::model
