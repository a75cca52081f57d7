// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/status_channel.h"

namespace alfee::core {

int triggerSignalIndex(const RecordingInfo& info) {
    for (int i = 0; i < info.signalInfos.size(); ++i) {
        const QString label = info.signalInfos[i].label.trimmed().toLower();
        if (label == QLatin1String("status") || label == QLatin1String("trigger")) return i;
    }
    return -1;
}

QVector<TriggerOnset> triggerOnsets(const QVector<qint32>& codes) {
    QVector<TriggerOnset> onsets;
    auto close = [&](qint64 end) {
        if (!onsets.isEmpty() && onsets.back().samples == 0)
            onsets.back().samples = end - onsets.back().sample;
    };
    for (qint64 i = 1; i < codes.size(); ++i) {
        if (codes[i] == codes[i - 1]) continue;
        close(i);
        if (codes[i] > codes[i - 1]) onsets.push_back({i, codes[i], 0});
    }
    close(codes.size());
    return onsets;
}

double sampleSeconds(const RecordingInfo& info, qint64 samplesPerRecord, qint64 k) {
    const qint64 record = k / samplesPerRecord;
    const double within = double(k % samplesPerRecord) / samplesPerRecord * info.recordDuration;
    for (const Segment& s : info.segments)
        if (record >= s.firstRecord && record < s.firstRecord + s.recordCount)
            return s.onsetSeconds + (record - s.firstRecord) * info.recordDuration + within;
    return record * info.recordDuration + within;
}

}  // namespace alfee::core
