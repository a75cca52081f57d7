// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns one dataset window into model input: read, filter, resample to 256 Hz, z-score.

#include <QStringList>
#include <QVector>

#include "core/dsp/preprocessing.h"
#include "core/electrodes/channel_mapping.h"
#include "core/recording/recording.h"

namespace alfee::core {

// C channels x (T * 256) samples, z-scored per channel, with what is needed to undo it.
struct PreparedWindow {
    QStringList electrodes;        // canonical names, one per row
    QVector<int> vocabularyIndex;  // rows of the model's channel-embedding table
    int samplesPerChannel = 0;
    QVector<float> data;        // row-major C x samplesPerChannel
    QVector<double> mean, std;  // microvolts, per channel, before the z-score
};

// The version of what extractWindow returns for the same file and arguments, part of the key of
// every cached window (core/engine/shard_cache.cpp): bump it whenever that output changes, so
// that windows cut before the change are cut again. 2: windows of EDF+D files read at their
// recording time.
inline constexpr int kWindowExtractorVersion = 2;

// Reads [onset, onset + seconds) of the electrodes (all mapped ones when empty) with up to
// `contextSeconds` more on each side, so that the zero-phase filters settle outside the window.
bool extractWindow(const Recording& recording, const ChannelMapping& mapping,
                   const QStringList& electrodes, double onsetSeconds, double seconds,
                   const dsp::PreprocessConfig& config, PreparedWindow* out, QString* error,
                   double contextSeconds = 2.0);

}  // namespace alfee::core
