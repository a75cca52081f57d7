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

// The first layer has one input channel: a matrix product over the patch's strided windows gives
// its output as [N, L', maps], the layout LayerNorm and the next (channels-last) convolution
// want. oneDNN 2.6.3's weight gradient of a one-channel convolution is wrong (by up to 1e20)
// whenever the gradient reaching it is channels-last (bench/onednn/README.md); the product has
// no such kernel.
at::Tensor firstLayer(const at::Tensor& x, torch::nn::Conv1dImpl& conv) {
    const int64_t kernel = conv.weight.size(-1);
    const int64_t stride = (*conv.options.stride())[0];
    auto padded = torch::constant_pad_nd(x.squeeze(1), {kernel / 2, kernel / 2});
    auto windows = padded.unfold(1, kernel, stride);  // [N, L', kernel], a view
    return at::matmul(windows, conv.weight.view({conv.weight.size(0), kernel}).t()) + conv.bias;
}

// LayerNorm over the feature maps of [..., maps] (contiguous in maps).
at::Tensor normaliseMaps(const at::Tensor& x, torch::nn::LayerNormImpl& norm) {
    return at::layer_norm(x, {x.size(-1)}, norm.weight, norm.bias, norm.options.eps());
}

// A later layer on channels-last [N, maps, 1, L']: conv1d run as conv2d, so that oneDNN keeps
// the maps innermost and the LayerNorm over them is one fused kernel on a view, not eight
// elementwise passes (the step of tiny 1.5x faster).
at::Tensor laterLayer(const at::Tensor& x, torch::nn::Conv1dImpl& conv,
                      torch::nn::LayerNormImpl& norm) {
    const int64_t stride = (*conv.options.stride())[0];
    const std::vector<int64_t> strides{1, stride}, padding{0, conv.weight.size(-1) / 2};
    auto y = torch::gelu(at::conv2d(x, conv.weight.unsqueeze(2), conv.bias, strides, padding));
    return normaliseMaps(y.permute({0, 2, 3, 1}), norm).permute({0, 3, 1, 2});
}

}  // namespace

at::Tensor ConvStackImpl::forward(at::Tensor x) {
    auto first = torch::gelu(firstLayer(x, *convs_[0]->as<torch::nn::Conv1d>()));
    first = normaliseMaps(first, *norms_[0]->as<torch::nn::LayerNorm>());
    x = first.unsqueeze(1).permute({0, 3, 1, 2});  // [N, maps, 1, L'], channels-last
    for (size_t l = 1; l < convs_->size(); ++l)
        x = laterLayer(x, *convs_[l]->as<torch::nn::Conv1d>(),
                       *norms_[l]->as<torch::nn::LayerNorm>());
    return at::adaptive_avg_pool2d(x, {1, pooled_}).flatten(1);
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
