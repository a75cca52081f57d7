// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Multi-head attention with RoPE, additive channel embeddings, boolean masks and optional
// weights (LibTorch 1.13 has no scaled-dot-product attention of its own).

#include <torch/nn/module.h>
#include <torch/nn/modules/linear.h>

#include <optional>

namespace alfee::model {

// Inputs of one attention call; every tensor is batch-first.
struct AttentionInput {
    at::Tensor query;     // [N, Lq, D]
    at::Tensor keyValue;  // [N, Lk, D]
    at::Tensor queryPos;  // [N, Lq] or [Lq]: time-step index for RoPE
    at::Tensor keyPos;    // [N, Lk] or [Lk]
    at::Tensor queryAdd;  // optional [N, Lq, d_head]: channel embedding added to each head's query
    at::Tensor keyAdd;    // optional [N, Lk, d_head]: added to each head's key after RoPE
    at::Tensor allowed;   // optional bool [N, Lq or 1, Lk]: true where the query may attend
    bool needWeights = false;
};

// The attention sub-layer: projections, RoPE, masked softmax, output projection.
class AttentionImpl : public torch::nn::Module {
  public:
    AttentionImpl(int64_t dim, int64_t heads, double ropeBase = 10000.0);
    // Output [N, Lq, D]; *weights gets [N, H, Lq, Lk] when asked.
    at::Tensor forward(const AttentionInput& in, at::Tensor* weights = nullptr);
    // LoRA adapters of `rank` on both projections, their update scaled by `scale`
    // (model/lora.h): A as a Linear's weight is drawn, B zero.
    void addLora(int64_t rank, double scale);
    // The projections' weights as forward() uses them: the plain weight plus any adapter's
    // update.
    at::Tensor qkvWeight() const;
    at::Tensor outputWeight() const;

  private:
    at::Tensor split(const at::Tensor& x) const;  // [N, L, D] -> [N, L, H, d]
    int64_t heads_, headDim_;
    // q, k and v as one [3D, D] projection: one GEMM instead of three when keys come from the
    // query stream (self-attention); cross-attention uses row slices of the same weight.
    torch::nn::Linear qkv_{nullptr}, o_{nullptr};
    int64_t dim_;
    double ropeBase_;
    at::Tensor loraQkvA_, loraQkvB_, loraOA_, loraOB_;  // undefined without adapters
    double loraScale_ = 0;
};
TORCH_MODULE(Attention);

}  // namespace alfee::model
