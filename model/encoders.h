// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Channel encoder, temporal encoder and decoder of ALFEE (MODEL.md section 4).

#include <torch/nn/modules/container/modulelist.h>

#include "model/blocks.h"
#include "model/model_config.h"

namespace alfee::model {

// Compresses the channels of each time step into one token: per layer, self-attention among
// the step's channels, then a cross-attention whose single query reads the visible channels.
class ChannelEncoderImpl : public torch::nn::Module {
  public:
    explicit ChannelEncoderImpl(const ModelConfig& config);
    // tokens [B, T, C, D], channelEmbedding [B, C, d_head], keys [B, C] -> [B, T, D]. With
    // `weights`, appends each layer's cross-attention weights [B, T, H, C].
    at::Tensor forward(const at::Tensor& tokens, const at::Tensor& channelEmbedding,
                       const at::Tensor& keys, std::vector<at::Tensor>* weights = nullptr);

  private:
    torch::nn::ModuleList self_, cross_;
    at::Tensor query_;  // [D]: one learned query shared by every step [ours]
};
TORCH_MODULE(ChannelEncoder);

// Self-attention over the time-step tokens with the dataset-task token t_DT prepended.
class TemporalEncoderImpl : public torch::nn::Module {
  public:
    explicit TemporalEncoderImpl(const ModelConfig& config);
    // tokens [B, T, D], allowed [B, T+1, T+1] -> [B, T+1, D] (row 0 is t_DT).
    at::Tensor forward(const at::Tensor& tokens, const at::Tensor& allowed);

  private:
    torch::nn::ModuleList layers_;
    at::Tensor taskToken_;  // t_DT [D]
};
TORCH_MODULE(TemporalEncoder);

// Learned queries per (step, channel) that read the temporal encoder's output, then attend
// among the channels of their step [ours: per step, so that any T fits in memory].
class DecoderImpl : public torch::nn::Module {
  public:
    explicit DecoderImpl(const ModelConfig& config);
    // memory [B, T+1, D], channelEmbedding [B, C, d_head] -> [B, T, C, D].
    at::Tensor forward(const at::Tensor& memory, const at::Tensor& channelEmbedding,
                       const at::Tensor& crossAllowed, const at::Tensor& selfAllowed);

  private:
    torch::nn::ModuleList cross_, self_;
    at::Tensor query_;  // [D]
};
TORCH_MODULE(Decoder);

}  // namespace alfee::model
