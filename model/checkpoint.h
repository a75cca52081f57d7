// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ALFEE checkpoints: weights, optimizer state, model and preprocessing config, vocabulary
// version, step and a checksum; written to a temporary file and renamed into place.

#include <torch/optim/optimizer.h>

#include <optional>
#include <string>

#include "model/alfee_model.h"

namespace alfee::model {

// What a checkpoint says about itself besides the weights.
struct CheckpointMeta {
    ModelConfig config;
    std::string preprocessJson;  // the preprocessing the windows had (from core/), verbatim
    int64_t vocabularyVersion = 1;
    int64_t step = 0;
    // Where a training run stands (epoch, position, scheduler, RNG, best so far), verbatim
    // from the job that wrote it; empty for plain weights.
    std::string trainingStateJson;
};

// A model rebuilt from a checkpoint's config with its weights, on the requested device.
struct LoadedCheckpoint {
    Alfee model{nullptr};
    CheckpointMeta meta;
};

constexpr int64_t kVocabularyVersion = 1;

bool saveCheckpoint(const std::string& path, Alfee& model, const torch::optim::Optimizer* optimizer,
                    const CheckpointMeta& meta, std::string* error);

// Fails with a message naming the file and the problem: unreadable or truncated, not an ALFEE
// checkpoint, a config that does not build, weights that do not fit it, a checksum mismatch, or
// another electrode vocabulary. A checkpoint saved on the GPU loads on the CPU.
std::optional<LoadedCheckpoint> loadCheckpoint(const std::string& path, torch::Device device,
                                               std::string* error);

// Restores the optimizer state saved with the checkpoint (the optimizer must hold the model's
// parameters in the same order).
bool loadOptimizerState(const std::string& path, torch::optim::Optimizer& optimizer,
                        std::string* error);

// FNV-1a over the bytes of every parameter, in registration order.
int64_t weightsChecksum(Alfee& model);

}  // namespace alfee::model
