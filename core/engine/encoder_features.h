// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The frozen encoder as the linear-head job sees it: pooled features of windows, computed
// once. The implementation runs the network (core/modeling/frozen_encoder.h); this header has
// no LibTorch type, so the job stays in core/engine.

#include <QString>
#include <QVector>
#include <functional>
#include <memory>

#include "core/dataset/window_extractor.h"

namespace alfee::core {

struct FineTuneOptions;

// A pretrained encoder, kept as its checkpoint has it.
class EncoderFeatures {
  public:
    virtual ~EncoderFeatures() = default;
    virtual QString checkpoint() const = 0;  // the file the encoder was read from
    virtual QString device() const = 0;      // where it runs: "cpu", "cuda:0"
    virtual int dimension() const = 0;       // features a window
    // One row of features per window; throws std::runtime_error naming a window it cannot take.
    virtual QVector<QVector<double>> of(const QVector<PreparedWindow>& windows) = 0;
};

// Loads the encoder a run's options name (throws std::runtime_error on a bad checkpoint).
using EncoderLoader = std::function<std::unique_ptr<EncoderFeatures>(const FineTuneOptions&)>;

}  // namespace alfee::core
