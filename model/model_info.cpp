// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/model_info.h"

#include <torch/torch.h>

namespace alfee::model {
namespace {

int64_t count(const torch::nn::Module& m) {
    int64_t n = 0;
    for (const auto& p : m.parameters()) n += p.numel();
    return n;
}

}  // namespace

std::vector<std::pair<std::string, int64_t>> parameterCounts(Alfee& model) {
    return {{"patch embedding", count(*model->embedding)},
            {"channel embedding table", model->named_parameters(false)["channel_table"].numel()},
            {"channel encoder", count(*model->channelEncoder)},
            {"temporal encoder", count(*model->temporalEncoder)},
            {"decoder", count(*model->decoder)},
            {"pretraining heads", count(*model->pretrainHeads)},
            {"fine-tuning head", count(*model->fineTuneHead)}};
}

int64_t parameterTotal(Alfee& model) {
    return count(*model);
}

}  // namespace alfee::model
