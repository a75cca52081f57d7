// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The markers of a BrainVision recording (.vmrk/.amrk), read as MNE reads them: named
// "Type/Description" ("Stimulus/S  1"), at their 1-based positions, sized in samples, and the
// recording's start from the first "New Segment" marker that carries a date. BioSig 2.5 loses
// their positions and descriptions.

#include <QDateTime>
#include <QVector>
#include <optional>

#include "core/recording/recording_info.h"

namespace alfee::core {

// What a marker file says.
struct BrainVisionMarkers {
    QVector<Annotation> annotations;  // in file order
    QDateTime start;                  // invalid when no "New Segment" marker has a date
    qint64 startSubsecond100ns = 0;
};

// The markers of the file `markerPath` at `rateHz`; nullopt with *why when it cannot be read.
std::optional<BrainVisionMarkers> readBrainVisionMarkerFile(const QString& markerPath,
                                                            double rateHz, QString* why);

}  // namespace alfee::core
