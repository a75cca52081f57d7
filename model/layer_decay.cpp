// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/layer_decay.h"

#include <cmath>
#include <map>

#include "model/lora.h"

namespace alfee::model {
namespace {

bool startsWith(const std::string& s, const std::string& prefix) {
    return s.rfind(prefix, 0) == 0;
}

// The layer number after `prefix` in "prefix<l>.rest".
int layerAfter(const std::string& name, const std::string& prefix) {
    return std::stoi(name.substr(prefix.size()));
}

}  // namespace

int parameterDepth(const std::string& name, const ModelConfig& c) {
    const int top = c.channelLayers + c.temporalLayers;
    if (startsWith(name, "finetune_head.")) return -1;
    if (startsWith(name, "channel_encoder.self."))
        return 1 + layerAfter(name, "channel_encoder.self.");
    if (startsWith(name, "channel_encoder.cross."))
        return 1 + layerAfter(name, "channel_encoder.cross.");
    if (startsWith(name, "temporal_encoder.layers."))
        return 1 + c.channelLayers + layerAfter(name, "temporal_encoder.layers.");
    if (startsWith(name, "decoder.") || startsWith(name, "pretrain_heads.")) return top;
    return 0;  // the patch embedding and the channel table
}

std::vector<RateGroup> layerRateGroups(Alfee& model, double lr, double decay, double headRate) {
    const ModelConfig& c = model->config();
    const int top = c.channelLayers + c.temporalLayers;
    std::map<int, RateGroup> byDepth;
    for (const auto& item : model->named_parameters()) {
        const int depth = parameterDepth(item.key(), c);
        RateGroup& g = byDepth[depth];
        g.rate = depth < 0 ? headRate : lr * std::pow(decay, top + 1 - depth);
        g.parameters.push_back(item.value());
    }
    std::vector<RateGroup> groups;
    for (auto& [depth, group] : byDepth) groups.push_back(std::move(group));
    return groups;
}

void trainHeadOnly(Alfee& model, bool headOnly) {
    const bool adapted = model->config().loraRank > 0;
    for (auto& item : model->named_parameters()) {
        const bool head = parameterDepth(item.key(), model->config()) < 0;
        const bool body = !adapted || isLoraParameter(item.key());
        item.value().set_requires_grad(head || (!headOnly && body));
    }
}

}  // namespace alfee::model
