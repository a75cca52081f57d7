// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Recording time against sample positions: EDF+D files store their segments back to back, so
// sample k of a signal is not at k / rate seconds once a gap has passed.

#include <QVector>

#include "core/recording/recording_info.h"

namespace alfee::core {

// A contiguous run of samples of one signal inside a time range.
struct SamplePiece {
    qint64 first = 0, count = 0;              // sample positions in the file
    double firstSeconds = 0;                  // recording time of sample `first`
    qint64 segmentFirst = 0, segmentEnd = 0;  // the segment's samples (filter context stays inside)
};

// A stretch of recording time with no data (between EDF+D segments).
struct TimeGap {
    double from = 0, to = 0;
};

// Where one segment follows the previous with no time between them (EEGLAB's boundaries and
// epochs): the data is discontinuous there although no time is missing.
struct SegmentJoin {
    double at = 0;
    int segment = 0;  // 1-based number of the segment that starts here
};

// Segments of one recording in recording time.
class RecordingTimeline {
  public:
    explicit RecordingTimeline(const RecordingInfo& info);

    double duration() const { return duration_; }  // gaps included
    // The samples of a signal at `rateHz` (samplesPerRecord per record) within [start, end).
    QVector<SamplePiece> pieces(qint64 samplesPerRecord, double rateHz, double start,
                                double end) const;
    // Gaps overlapping [start, end), clipped to it.
    QVector<TimeGap> gaps(double start, double end) const;
    // Joins in [start, end).
    QVector<SegmentJoin> joins(double start, double end) const;
    // The first time at or after `t` that holds data (t itself when it does; the end if none).
    double nextData(double t) const;
    // The latest time at or before `t` up to which there is data (paging back over a gap).
    double dataEndBefore(double t) const;
    // The segment that holds all of [start, end); null when the range crosses a gap or lies
    // outside the recording.
    const Segment* segmentHolding(double start, double end) const;
    double segmentEnd(const Segment& s) const {
        return s.onsetSeconds + s.recordCount * recordSeconds_;
    }

  private:
    QVector<Segment> segments_;
    double recordSeconds_ = 0, duration_ = 0;
};

}  // namespace alfee::core
