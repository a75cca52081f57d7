// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns prepared windows (core/dataset) into a model batch, padding channel sets.

#include "core/dataset/window_extractor.h"
#include "core/modeling/torch_include.h"
#include "model/alfee_model.h"

namespace alfee::core {

// Windows of one length -> Batch: patches [B, C_max, T, 256], vocabulary rows, valid mask
// (false on the padding of windows with fewer channels), paradigm labels (-1 unknown).
// Throws std::invalid_argument when a window has no channel, is not a whole number of 1 s
// patches, or differs in length from the first one.
model::Batch makeBatch(const QVector<PreparedWindow>& windows, const QVector<int>& paradigms = {});

}  // namespace alfee::core
