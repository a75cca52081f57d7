#pragma once
// What the recording fuzz targets do with a recording that opened: read every signal's first
// and last samples (up to 16 signals) and one past the end, and check the annotations.

#include <cstdlib>

#include "core/recording/recording.h"

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

}  // namespace alfee::fuzz
