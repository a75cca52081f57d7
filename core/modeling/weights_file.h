// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ALFEE weights for other tools: a safetensors file with every parameter in float32 under its
// module path (the names of PyTorch's state_dict) and, in the metadata, the model config, the
// preprocessing and classes the weights were trained with, and the step. python/alfee_torch
// loads it into the same architecture; `alfee finetune --from` and the evaluation jobs read it
// like a checkpoint. No optimizer state: resuming a run takes its .alfee-ckpt.

#include <QString>
#include <optional>

#include "core/modeling/torch_include.h"
#include "model/checkpoint.h"

namespace alfee::core {

inline constexpr char kWeightsFormat[] = "alfee-weights";

// Writes `net` with `meta` to `path` (atomically); false with *error naming the file.
bool writeWeightsFile(const QString& path, model::Alfee& net, const model::CheckpointMeta& meta,
                      QString* error);

// The model a weights file holds, on `device`; nullopt with *error naming the file and the
// problem (not ALFEE weights, a config that does not build, a missing, extra or misshapen
// tensor, another electrode vocabulary).
std::optional<model::LoadedCheckpoint> readWeightsFile(const QString& path,
                                                       const c10::Device& device, QString* error);

}  // namespace alfee::core
