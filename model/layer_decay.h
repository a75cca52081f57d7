// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Layer-wise learning-rate decay for fine-tuning (BEiT, LaBraM): the layers nearest the input
// change least. Depth 0 is the patch embedding and channel table, then the channel encoder's
// layers, then the temporal encoder's; the decoder and pretraining heads sit with the top
// layer; the task head has a rate of its own.

#include <string>
#include <vector>

#include <ATen/core/Tensor.h>

#include "model/alfee_model.h"

namespace alfee::model {

// Parameters that share one learning rate.
struct RateGroup {
    std::vector<at::Tensor> parameters;
    double rate = 0;
};

// The depth of a parameter by its name in AlfeeImpl::named_parameters(); -1: the task head.
int parameterDepth(const std::string& name, const ModelConfig& config);

// Groups of `model`'s parameters with rate lr * decay^(top + 1 - depth) (top: the deepest
// encoder layer), the task head at headRate. decay 1: every encoder parameter at lr.
std::vector<RateGroup> layerRateGroups(Alfee& model, double lr, double decay, double headRate);

// Parameters of the task head alone train (the encoder, decoder and embedding stay as they
// are) when `headOnly`; otherwise every parameter trains, or, in a model with LoRA adapters,
// the adapters and the task head.
void trainHeadOnly(Alfee& model, bool headOnly);

}  // namespace alfee::model
