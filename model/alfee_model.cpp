// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/alfee_model.h"

#include <torch/torch.h>

#include "model/spectral.h"

namespace alfee::model {
namespace {

// Normal(0, std) redrawn outside two standard deviations (a truncated normal).
at::Tensor truncatedNormal(std::vector<int64_t> shape, double std) {
    auto t = torch::randn(shape) * std;
    for (int i = 0; i < 100; ++i) {
        auto outside = t.abs() > 2 * std;
        if (!outside.any().item<bool>()) break;
        t = torch::where(outside, torch::randn(shape) * std, t);
    }
    return t;
}

}  // namespace

at::Tensor reconstructionTarget(const at::Tensor& patches, const at::Tensor& logPsd) {
    return torch::cat({patches.to(torch::kFloat32), logPsd.to(torch::kFloat32)}, -1)
        .permute({0, 2, 1, 3});
}

AlfeeImpl::AlfeeImpl(const ModelConfig& config) : config_(config) {
    embedding = register_module("embedding", PatchEmbedding(config));
    channelEncoder = register_module("channel_encoder", ChannelEncoder(config));
    temporalEncoder = register_module("temporal_encoder", TemporalEncoder(config));
    decoder = register_module("decoder", Decoder(config));
    pretrainHeads = register_module("pretrain_heads", PretrainHeads(config));
    fineTuneHead = register_module("finetune_head", FineTuneHead(config));
    channelTable_ = register_parameter(
        "channel_table", truncatedNormal({config.vocabularySize, config.headDim()}, 0.02));
    if (config.loraRank > 0) addLora(config.loraRank, config.loraAlpha);
}

void AlfeeImpl::addLora(int rank, double alpha) {
    config_.loraRank = rank, config_.loraAlpha = alpha;
    for (const auto& m : named_modules("", false)) {
        auto* attention = m.value()->as<AttentionImpl>();
        // The task head trains whole: adapters there would add nothing.
        if (attention && m.key().rfind("finetune_head.", 0) != 0)
            attention->addLora(rank, alpha / rank);
    }
}

at::Tensor AlfeeImpl::channelEmbedding(const at::Tensor& channels) {
    return channelTable_.index_select(0, channels.flatten())
        .view({channels.size(0), channels.size(1), -1});
}

Encoded AlfeeImpl::encode(const Batch& batch, const AttentionMasks& masks, bool needAttention,
                          at::Tensor* logPsdOut) {
    auto logPsd = logPeriodogram(batch.patches);
    if (logPsdOut) *logPsdOut = logPsd;
    auto tokens = embedding(batch.patches, logPsd).permute({0, 2, 1, 3});  // [B, T, C, D]
    Encoded e;
    e.steps = channelEncoder(tokens, channelEmbedding(batch.channels), masks.channelKeys,
                             needAttention ? &e.channelAttention : nullptr);
    e.memory = temporalEncoder(e.steps, masks.temporal);
    return e;
}

PretrainOutput AlfeeImpl::pretrain(const Batch& batch, const MaskPlan& plan, bool needAttention) {
    const AttentionMasks masks =
        attentionMasks(plan, batch.valid,
                       config_.fullDecoderAttention(batch.patches.size(1) * batch.patches.size(2)));
    PretrainOutput out;
    out.encoded = encode(batch, masks, needAttention, &out.logPsd);
    auto decoded = decoder(out.encoded.memory, channelEmbedding(batch.channels), masks.decoderCross,
                           masks.decoderSelf);
    out.reconstruction = pretrainHeads->reconstruct(decoded);
    out.paradigmLogits = pretrainHeads->paradigm(out.encoded.memory.select(1, 0));
    return out;
}

std::vector<at::Tensor> AlfeeImpl::classify(const Batch& batch, at::Tensor* clsAttention,
                                            at::Tensor* reconstruction) {
    const MaskPlan none = uniformMasks(PretrainTask::None, batch.valid, batch.patches.size(2));
    const AttentionMasks masks =
        attentionMasks(none, batch.valid,
                       config_.fullDecoderAttention(batch.patches.size(1) * batch.patches.size(2)));
    const Encoded e = encode(batch, masks, false);
    if (reconstruction) {
        auto decoded = decoder(e.memory, channelEmbedding(batch.channels), masks.decoderCross,
                               masks.decoderSelf);
        *reconstruction = pretrainHeads->reconstruct(decoded);
    }
    return fineTuneHead(e.memory.narrow(1, 1, e.memory.size(1) - 1), clsAttention);
}

}  // namespace alfee::model
