// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The markers of a BrainVision recording, read from the .vmrk file its header names: BioSig 2.5
// loses their positions and descriptions, so they are read here, named "Type/Description" as
// MNE names them ("Stimulus/S  1").

#include <QVector>
#include <optional>

#include "core/recording/recording_info.h"

namespace alfee::core {

// The markers of the recording whose header is `vhdrPath`, at `rateHz`; nullopt when the
// header names no marker file or it cannot be read.
std::optional<QVector<Annotation>> readBrainVisionMarkers(const QString& vhdrPath, double rateHz);

}  // namespace alfee::core
