// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LoRA (Hu et al. 2021) on the attention projections for fine-tuning with few labelled
// subjects: every q/k/v and output projection gets adapters A [r, D] and B [rows, r], and its
// weight becomes W + (alpha / r) B A; the pretrained W stays as it is and only the adapters and
// the task head train. B starts at zero, so an adapted model starts as the checkpoint. A run's
// result is the merged model: plain weights W + (alpha / r) B A, which every other part of the
// program reads as any checkpoint.

#include <string>

#include "model/alfee_model.h"

namespace alfee::model {

// A copy of `model` without adapters whose projections hold the merged weights (on the CPU);
// `model` itself when it has none.
Alfee mergedLora(Alfee& model);

// A LoRA adapter's parameter, by its name in named_parameters().
bool isLoraParameter(const std::string& name);

}  // namespace alfee::model
