// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pictures of a run report that come from running its model on one window: the example
// reconstruction (traces with the hidden patches shaded) and the attention maps (a scalp map
// per second, the task token's attention over the seconds). Painted with QtGui (text needs a
// QGuiApplication: `alfee report` starts one on the offscreen platform).

#include <QImage>
#include <optional>

#include "core/engine/attention_maps.h"
#include "core/engine/reconstruction.h"

namespace alfee::core {

// What a report shows of the model; `note` says why a figure is missing (no network, no
// window to show, the model failed).
struct ReportFigures {
    std::optional<ReconstructionResult> reconstruction;
    std::optional<AttentionMaps> attention;
    QString note;
};

// The window's original (dark) and reconstructed (red) traces per channel, hidden patches
// shaded, `width` pixels wide.
QImage reconstructionImage(const ReconstructionResult& result, int width = 960);
// One scalp map per second (the mean of the channel-encoder layers) on a shared colour scale,
// and the task token's attention over the seconds as bars when the model has one.
QImage attentionImage(const AttentionMaps& maps, int width = 960);

}  // namespace alfee::core
