// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/recording_timeline.h"

#include <algorithm>
#include <cmath>

namespace alfee::core {

RecordingTimeline::RecordingTimeline(const RecordingInfo& info)
    : segments_(info.segments), recordSeconds_(info.recordDuration) {
    if (segments_.isEmpty()) segments_.push_back({0, info.records, 0.0});
    duration_ = segmentEnd(segments_.back());
}

QVector<SamplePiece> RecordingTimeline::pieces(qint64 samplesPerRecord, double rateHz, double start,
                                               double end) const {
    QVector<SamplePiece> out;
    for (const Segment& s : segments_) {
        const double from = std::max(start, s.onsetSeconds), to = std::min(end, segmentEnd(s));
        if (to <= from) continue;
        SamplePiece p;
        p.segmentFirst = s.firstRecord * samplesPerRecord;
        p.segmentEnd = p.segmentFirst + s.recordCount * samplesPerRecord;
        // Samples whose time lies in [from, to): the first at or after `from`.
        const qint64 a = std::llround(std::ceil((from - s.onsetSeconds) * rateHz - 1e-6));
        const qint64 b = std::llround(std::ceil((to - s.onsetSeconds) * rateHz - 1e-6));
        p.first = p.segmentFirst + std::clamp<qint64>(a, 0, p.segmentEnd - p.segmentFirst);
        p.count = std::clamp<qint64>(p.segmentFirst + b, p.first, p.segmentEnd) - p.first;
        p.firstSeconds = s.onsetSeconds + (p.first - p.segmentFirst) / rateHz;
        if (p.count > 0) out.push_back(p);
    }
    return out;
}

QVector<TimeGap> RecordingTimeline::gaps(double start, double end) const {
    QVector<TimeGap> out;
    for (int i = 1; i < segments_.size(); ++i) {
        const double from = std::max(start, segmentEnd(segments_[i - 1]));
        const double to = std::min(end, segments_[i].onsetSeconds);
        if (to - from > 1e-9) out.push_back({from, to});
    }
    return out;
}

QVector<SegmentJoin> RecordingTimeline::joins(double start, double end) const {
    QVector<SegmentJoin> out;
    for (int i = 1; i < segments_.size(); ++i) {
        const double at = segments_[i].onsetSeconds;
        if (at - segmentEnd(segments_[i - 1]) <= 1e-9 && at >= start && at < end)
            out.push_back({at, i + 1});
    }
    return out;
}

double RecordingTimeline::nextData(double t) const {
    for (const Segment& s : segments_)
        if (t < segmentEnd(s)) return std::max(t, s.onsetSeconds);
    return duration_;
}

double RecordingTimeline::dataEndBefore(double t) const {
    double best = 0;
    for (const Segment& s : segments_)
        if (s.onsetSeconds < t) best = std::min(t, segmentEnd(s));
    return best;
}

const Segment* RecordingTimeline::segmentHolding(double start, double end) const {
    // Onsets are sums of record durations: allow their rounding, not a sample.
    constexpr double slack = 1e-6;
    for (const Segment& s : segments_)
        if (start >= s.onsetSeconds - slack && end <= segmentEnd(s) + slack) return &s;
    return nullptr;
}

}  // namespace alfee::core
