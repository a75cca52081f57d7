// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/lora.h"

#include <torch/torch.h>

#include "model/attention.h"

namespace alfee::model {

Alfee mergedLora(Alfee& model) {
    if (model->config().loraRank == 0) return model;
    ModelConfig plainConfig = model->config();
    plainConfig.loraRank = 0, plainConfig.loraAlpha = 0;
    Alfee plain(plainConfig);
    torch::NoGradGuard noGrad;
    auto target = plain->named_parameters();
    for (const auto& p : model->named_parameters())
        if (!isLoraParameter(p.key())) target[p.key()].copy_(p.value());
    auto targetBuffers = plain->named_buffers();
    for (const auto& b : model->named_buffers()) targetBuffers[b.key()].copy_(b.value());
    for (const auto& m : model->named_modules("", false)) {
        const auto* attention = m.value()->as<AttentionImpl>();
        if (!attention) continue;
        target[m.key() + ".qkv.weight"].copy_(attention->qkvWeight());
        target[m.key() + ".o.weight"].copy_(attention->outputWeight());
    }
    plain->train(model->is_training());
    return plain;
}

bool isLoraParameter(const std::string& name) {
    return name.find(".lora_") != std::string::npos;
}

}  // namespace alfee::model
