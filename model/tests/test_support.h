// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small configs and batches for the model tests.

#include <torch/torch.h>

#include "model/alfee_model.h"

namespace alfee::model::testing {

// A config small enough for quick CPU tests but with every part of the architecture.
inline ModelConfig smallConfig() {
    ModelConfig c = *presetConfig("tiny");
    c.name = "test";
    c.dim = 64;
    c.heads = 4;
    c.ffnHidden = 96;
    c.convMaps = 4;
    c.taskTokens = 2;
    c.taskClasses = {2, 3};
    return c;
}

// B windows of C channels x T patches of random "EEG"; channel ids are distinct electrodes.
inline Batch randomBatch(int64_t b, int64_t c, int64_t t, uint64_t seed = 1) {
    torch::manual_seed(seed);
    Batch batch;
    batch.patches = torch::randn({b, c, t, 256});
    batch.channels = torch::randperm(90).narrow(0, 0, c).repeat({b, 1});
    batch.valid = torch::ones({b, c}, torch::kBool);
    batch.paradigm = torch::full({b}, 6, torch::kLong);
    return batch;
}

inline double maxAbsDiff(const at::Tensor& a, const at::Tensor& b) {
    return (a.to(torch::kFloat32) - b.to(torch::kFloat32)).abs().max().item<double>();
}

}  // namespace alfee::model::testing
