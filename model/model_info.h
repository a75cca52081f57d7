// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Parameter counts per part of the model, next to the paper's figure.

#include <string>
#include <utility>
#include <vector>

#include "model/alfee_model.h"

namespace alfee::model {

// (part, parameters) for embedding, channel table, encoders, decoder and heads; the sum of
// the parts is every parameter of the model.
std::vector<std::pair<std::string, int64_t>> parameterCounts(Alfee& model);
int64_t parameterTotal(Alfee& model);

}  // namespace alfee::model
