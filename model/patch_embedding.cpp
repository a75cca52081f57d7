// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/patch_embedding.h"

#include <torch/torch.h>

namespace alfee::model {

ConvStackImpl::ConvStackImpl(int64_t kernel, int64_t stride, int64_t layers, int64_t maps,
                             int64_t pooled)
    : pooled_(pooled) {
    for (int64_t l = 0; l < layers; ++l) {
        auto options = torch::nn::Conv1dOptions(l == 0 ? 1 : maps, maps, kernel)
                           .stride(l == 0 ? stride : 1)
                           .padding(kernel / 2);
        convs_->push_back(torch::nn::Conv1d(options));
        norms_->push_back(torch::nn::LayerNorm(torch::nn::LayerNormOptions({maps})));
    }
    register_module("convs", convs_);
    register_module("norms", norms_);
}

namespace {

// LayerNorm over the feature maps at each position of [N, C, L], computed along C in place
// rather than as LayerNorm(x.transpose(1, 2)).transpose(1, 2): with the transpose, the gradient
// that reaches the convolution has the channel-stride-1 layout for which oneDNN 2.6.3's
// convolution backward (Debian's LibTorch 1.13) returns wrong weight gradients, off by up to
// 1e30 and sometimes not finite, in every step (bench/onednn/README.md).
at::Tensor normaliseFeatureMaps(const at::Tensor& x, torch::nn::LayerNormImpl& norm) {
    const auto mean = x.mean(1, true);
    const auto centred = x - mean;
    const auto variance = centred.square().mean(1, true);
    const auto y = centred * torch::rsqrt(variance + norm.options.eps());
    return y * norm.weight.view({1, -1, 1}) + norm.bias.view({1, -1, 1});
}

}  // namespace

at::Tensor ConvStackImpl::forward(at::Tensor x) {
    for (size_t l = 0; l < convs_->size(); ++l) {
        x = torch::gelu(convs_[l]->as<torch::nn::Conv1d>()->forward(x));
        x = normaliseFeatureMaps(x, *norms_[l]->as<torch::nn::LayerNorm>());
    }
    return torch::adaptive_avg_pool1d(x, pooled_).flatten(1);
}

PatchEmbeddingImpl::PatchEmbeddingImpl(const ModelConfig& c) {
    for (size_t s = 0; s < c.convKernels.size(); ++s)
        stacks_->push_back(
            ConvStack(c.convKernels[s], c.convStrides[s], c.convLayers, c.convMaps, c.convPooled));
    register_module("stacks", stacks_);
    const int64_t features = int64_t(c.convKernels.size()) * c.convMaps * c.convPooled;
    timeProject_ = register_module("time_project", torch::nn::Linear(features, c.timeDim()));
    timeNorm_ = register_module("time_norm",
                                torch::nn::LayerNorm(torch::nn::LayerNormOptions({c.timeDim()})));
    timeOutNorm_ = register_module(
        "time_out_norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({c.timeDim()})));
    timeOut_ = register_module("time_out", torch::nn::Linear(c.timeDim(), c.timeDim()));
    freqNorm_ = register_module("freq_norm",
                                torch::nn::LayerNorm(torch::nn::LayerNormOptions({c.psdBins})));
    freqOut_ = register_module("freq_out", torch::nn::Linear(c.psdBins, c.freqDim()));
}

at::Tensor PatchEmbeddingImpl::forward(const at::Tensor& patches, const at::Tensor& logPsd) {
    auto lead = patches.sizes().vec();
    lead.pop_back();
    auto flat = patches.reshape({-1, 1, patches.size(-1)});
    std::vector<at::Tensor> features;
    for (const auto& stack : *stacks_) features.push_back(stack->as<ConvStack>()->forward(flat));
    auto time = timeNorm_(torch::gelu(timeProject_(torch::cat(features, 1))));
    time = timeOut_(timeOutNorm_(time));
    auto freq = freqOut_(freqNorm_(logPsd.reshape({-1, logPsd.size(-1)}).to(time.scalar_type())));
    auto out = torch::cat({time, freq}, -1);
    lead.push_back(out.size(-1));
    return out.view(lead);
}

}  // namespace alfee::model
