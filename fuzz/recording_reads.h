// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the recording fuzz targets do with a recording that opened: read every signal's first
// and last samples (up to 16 signals) and one past the end, and check the annotations.

#include <cstdint>
#include <cstdlib>

#include "core/recording/recording.h"
#include "fuzz/fuzz_support.h"

namespace alfee::fuzz {

inline void readRecordingEdges(const core::Recording& rec) {
    const core::RecordingInfo& info = rec.info();
    for (int s = 0; s < info.signalInfos.size() && s < 16; ++s) {
        const qint64 n = info.signalInfos[s].samples;
        const qint64 count = qMin<qint64>(n, 512);
        QVector<float> out;
        QString error;
        rec.readFloat(s, 0, count, &out, &error);
        rec.readFloat(s, n - count, count, &out, &error);
        rec.readMicrovolts(s, 0, count, &out, &error);
        if (!rec.readFloat(s, n, 1, &out, &error) && error.isEmpty()) std::abort();
    }
    for (const core::Annotation& a : info.annotations)
        if (a.onset100ns < 0 && info.format != "EDF+" && info.format != "BDF+")
            std::abort();  // other formats' events lie inside the recording
    info.durationSeconds();
}

// The input as a file named `fileName` through Recording::open, then its edges read; a refusal
// must say why.
inline void openAndReadRecording(const uint8_t* data, size_t size, const QString& fileName) {
    QString error;
    auto rec = core::Recording::open(writeInput(data, size, fileName), &error);
    if (!rec) {
        if (error.isEmpty()) std::abort();
        return;
    }
    readRecordingEdges(*rec);
}

}  // namespace alfee::fuzz
