// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Patch embedding (MODEL.md section 2): a multi-scale Conv1D time branch and a log-PSD
// frequency branch, concatenated to D = D_time + D_freq.

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>

#include "model/model_config.h"

namespace alfee::model {

// One Conv1D stack of the time branch: (Conv1d -> GELU -> LayerNorm) x layers, average-pooled.
class ConvStackImpl : public torch::nn::Module {
  public:
    ConvStackImpl(int64_t kernel, int64_t stride, int64_t layers, int64_t maps, int64_t pooled);
    at::Tensor forward(at::Tensor x);  // [N, 1, 256] -> [N, maps * pooled]

  private:
    torch::nn::ModuleList convs_, norms_;
    int64_t pooled_;
};
TORCH_MODULE(ConvStack);

// Patches [..., 256] (z-scored) -> tokens [..., D]; the log-PSD is an input as well so that the
// caller computes it once for the embedding and the reconstruction target.
class PatchEmbeddingImpl : public torch::nn::Module {
  public:
    explicit PatchEmbeddingImpl(const ModelConfig& config);
    at::Tensor forward(const at::Tensor& patches, const at::Tensor& logPsd);

  private:
    torch::nn::ModuleList stacks_;
    torch::nn::Linear timeProject_{nullptr}, timeOut_{nullptr}, freqOut_{nullptr};
    torch::nn::LayerNorm timeNorm_{nullptr}, timeOutNorm_{nullptr}, freqNorm_{nullptr};
};
TORCH_MODULE(PatchEmbedding);

}  // namespace alfee::model
