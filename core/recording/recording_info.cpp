// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/recording_info.h"

namespace alfee::core {

double RecordingInfo::durationSeconds() const {
    if (segments.isEmpty()) return recordedSeconds();
    const Segment& last = segments.back();
    return last.onsetSeconds + last.recordCount * recordDuration;
}

int RecordingInfo::signalIndex(const QString& label) const {
    for (int i = 0; i < signalInfos.size(); ++i)
        if (signalInfos[i].label == label) return i;
    return -1;
}

}  // namespace alfee::core
