// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The frozen encoder of a linear probe (--freeze encoder): a pretrained checkpoint's network,
// kept as it is, whose pooled representation of a window is the t_DT token beside the mean of
// the temporal encoder's step outputs.

#include <memory>

#include "core/engine/encoder_features.h"

namespace alfee::core {

// The checkpoint a --freeze encoder run probes: the adapted one, --from, or the bundled one.
// Empty when none is given and none is bundled.
QString probedCheckpoint(const FineTuneOptions& options);

// Loads `checkpoint` on `device` ("auto", "cpu", "cuda:N") with `threads` CPU threads; throws
// std::runtime_error naming the file when it cannot.
std::unique_ptr<EncoderFeatures> loadFrozenEncoder(const QString& checkpoint, const QString& device,
                                                   int threads);

// The loader of a run's options (an EncoderLoader).
std::unique_ptr<EncoderFeatures> loadRunEncoder(const FineTuneOptions& options);

}  // namespace alfee::core
