// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/encoders.h"

#include <torch/torch.h>

namespace alfee::model {
namespace {

at::Tensor steps(int64_t count, int64_t offset, const at::Tensor& like) {
    return torch::arange(offset, offset + count,
                         torch::TensorOptions().dtype(torch::kLong).device(like.device()));
}

AttentionBlock block(const ModelConfig& c, bool cross) {
    return AttentionBlock(c, cross);
}

}  // namespace

ChannelEncoderImpl::ChannelEncoderImpl(const ModelConfig& c) {
    for (int l = 0; l < c.channelLayers; ++l) {
        self_->push_back(block(c, false));
        cross_->push_back(block(c, true));
    }
    register_module("self", self_);
    register_module("cross", cross_);
    query_ = register_parameter("query", torch::randn({c.dim}) * 0.02);
}

at::Tensor ChannelEncoderImpl::forward(const at::Tensor& tokens, const at::Tensor& channelEmbedding,
                                       const at::Tensor& keys, std::vector<at::Tensor>* weights) {
    const int64_t b = tokens.size(0), t = tokens.size(1), c = tokens.size(2), d = tokens.size(3);
    const int64_t dh = channelEmbedding.size(-1);
    auto h = tokens.reshape({b * t, c, d});
    auto stepOfRow = steps(t, 0, tokens).repeat({b});  // [B*T]
    auto hPos = stepOfRow.view({b * t, 1}).expand({b * t, c});
    auto qPos = stepOfRow.view({b * t, 1});
    auto emb = channelEmbedding.unsqueeze(1).expand({b, t, c, dh}).reshape({b * t, c, dh});
    auto allowed = keys.unsqueeze(1).expand({b, t, c}).reshape({b * t, 1, c});
    auto q = query_.to(tokens.scalar_type()).view({1, 1, d}).expand({b * t, 1, d});
    for (size_t l = 0; l < self_->size(); ++l) {
        h = self_[l]->as<AttentionBlock>()->forward({h, h, hPos, hPos, emb, emb, allowed});
        at::Tensor w;
        q = cross_[l]->as<AttentionBlock>()->forward(
            {q, h, qPos, hPos, {}, emb, allowed, weights != nullptr}, &w);
        if (weights) weights->push_back(w.view({b, t, w.size(1), c}));
    }
    return q.view({b, t, d});
}

TemporalEncoderImpl::TemporalEncoderImpl(const ModelConfig& c) {
    for (int l = 0; l < c.temporalLayers; ++l) layers_->push_back(block(c, false));
    register_module("layers", layers_);
    taskToken_ = register_parameter("task_token", torch::randn({c.dim}) * 0.02);
}

at::Tensor TemporalEncoderImpl::forward(const at::Tensor& tokens, const at::Tensor& allowed) {
    const int64_t b = tokens.size(0), t = tokens.size(1), d = tokens.size(2);
    auto x = torch::cat(
        {taskToken_.to(tokens.scalar_type()).view({1, 1, d}).expand({b, 1, d}), tokens}, 1);
    auto pos = steps(t + 1, 0, tokens);
    for (const auto& layer : *layers_)
        x = layer->as<AttentionBlock>()->forward({x, x, pos, pos, {}, {}, allowed});
    return x;
}

DecoderImpl::DecoderImpl(const ModelConfig& c) {
    for (int l = 0; l < c.decoderLayers; ++l) {
        cross_->push_back(block(c, true));
        self_->push_back(block(c, false));
    }
    register_module("cross", cross_);
    register_module("self", self_);
    query_ = register_parameter("query", torch::randn({c.dim}) * 0.02);
}

at::Tensor DecoderImpl::forward(const at::Tensor& memory, const at::Tensor& channelEmbedding,
                                const at::Tensor& crossAllowed, const at::Tensor& selfAllowed) {
    const int64_t b = memory.size(0), t = memory.size(1) - 1, d = memory.size(2);
    const int64_t c = channelEmbedding.size(1), dh = channelEmbedding.size(2);
    // Query (t, c) sits at the position of step t in the temporal sequence (t_DT is at 0).
    auto qPos = steps(t, 1, memory).repeat_interleave(c);  // [T*C]
    auto kPos = steps(t + 1, 0, memory);
    auto crossEmb = channelEmbedding.unsqueeze(1).expand({b, t, c, dh}).reshape({b, t * c, dh});
    auto crossMask = crossAllowed.repeat_interleave(c, 1);  // [B, T*C, T+1]
    // Self-attention among all T*C queries, or (the mask says) among the C of one step.
    const bool full = selfAllowed.size(0) == b && selfAllowed.size(1) == t * c;
    auto selfPos =
        full ? qPos : steps(t, 1, memory).repeat({b}).view({b * t, 1}).expand({b * t, c});
    auto selfEmb = full ? crossEmb : crossEmb.reshape({b * t, c, dh});
    auto x = query_.to(memory.scalar_type()).view({1, 1, d}).expand({b, t * c, d});
    for (size_t l = 0; l < cross_->size(); ++l) {
        x = cross_[l]->as<AttentionBlock>()->forward(
            {x, memory, qPos, kPos, crossEmb, {}, crossMask});
        auto s = full ? x : x.reshape({b * t, c, d});
        s = self_[l]->as<AttentionBlock>()->forward(
            {s, s, selfPos, selfPos, selfEmb, {}, selfAllowed});
        x = s.reshape({b, t * c, d});
    }
    return x.view({b, t, c, d});
}

}  // namespace alfee::model
