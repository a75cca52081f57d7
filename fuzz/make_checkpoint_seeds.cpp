// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the checkpoint target's seeds: a micro ALFEE (16 wide, one layer each) as an
// .alfee-ckpt with optimizer state and as safetensors, small enough for the fuzzer to mutate.
// Built in the fuzz build only; run once: fuzz_make_checkpoint_seeds fuzz/corpus/checkpoint

#include <cstdio>

#include "core/modeling/safetensors.h"
#include "model/checkpoint.h"

namespace {

alfee::model::ModelConfig microConfig() {
    alfee::model::ModelConfig c = *alfee::model::presetConfig("tiny");
    c.name = "micro";
    c.dim = 16;
    c.heads = 2;
    c.ffnHidden = 16;
    c.channelLayers = c.temporalLayers = c.decoderLayers = 1;
    c.convLayers = 1;
    c.convMaps = 2;
    c.convKernels = {3};
    c.convStrides = {2};
    return c;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) return std::fprintf(stderr, "usage: %s FOLDER\n", argv[0]), 2;
    const std::string folder = argv[1];
    alfee::model::Alfee net(microConfig());
    torch::optim::AdamW optimizer(net->parameters(), torch::optim::AdamWOptions(1e-3));
    alfee::model::CheckpointMeta meta{microConfig(), "{\"target_rate_hz\": 256}",
                                      alfee::model::kVocabularyVersion, 7, "{\"epoch\": 1}"};
    std::string error;
    if (!alfee::model::saveCheckpoint(folder + "/micro.alfee-ckpt", net, &optimizer, meta, &error))
        return std::fprintf(stderr, "%s\n", error.c_str()), 1;
    alfee::core::SafetensorsContent content;
    for (const auto& p : net->named_parameters()) content.tensors.emplace_back(p.key(), p.value());
    content.metadata["format"] = "alfee-weights";
    content.metadata["alfee_config"] = QString::fromStdString(microConfig().serialize());
    QString why;
    if (!alfee::core::writeSafetensors(QString::fromStdString(folder) + "/micro.safetensors",
                                       content, &why))
        return std::fprintf(stderr, "%s\n", qPrintable(why)), 1;
    return 0;
}
