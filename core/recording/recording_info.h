// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a recording holds, independent of which reader opened it.

#include <QDateTime>
#include <QString>
#include <QVector>

namespace alfee::core {

// One data signal (annotation signals are not listed here).
struct SignalInfo {
    int headerIndex = 0;  // position among all signals of the header, annotation signals included
    QString label, transducer, unit, prefilter;
    double physMin = 0, physMax = 0;
    qint64 digMin = 0, digMax = 0;
    qint64 samplesPerRecord = 0;
    double rateHz = 0;
    qint64 samples = 0;  // in the whole file
    // x, y, z as the file gives them (EEGLAB: X to the nose, Y to the left ear, Z up, in the
    // file's unit); empty where the format or the file has none.
    QVector<double> position;
};

// An EDF+ annotation; onsets are relative to the first sample, in 100 ns units like EDFlib.
struct Annotation {
    qint64 onset100ns = 0;
    qint64 duration100ns = -1;  // -1: the TAL has no duration
    QString text;
    // The file labels of the channels it concerns (an artefact on two channels); empty: all.
    // Files give none but FIF's; the workspace keeps what the user chose.
    QStringList channels = {};

    double onsetSeconds() const { return onset100ns / 1e7; }
    bool hasDuration() const { return duration100ns >= 0; }
    double durationSeconds() const { return hasDuration() ? duration100ns / 1e7 : 0.0; }
    bool operator==(const Annotation&) const = default;
};

// A run of contiguous data records; EDF+D files have several, at their true onsets.
struct Segment {
    qint64 firstRecord = 0;
    qint64 recordCount = 0;
    double onsetSeconds = 0;  // relative to the first sample
};

// Header summary, signals, annotations and segments of an opened recording.
struct RecordingInfo {
    QString path;
    QString format;  // "EDF", "EDF+", "BDF", "BDF+"
    bool discontinuous = false;
    QString patient, recordingId;
    QDateTime start;                 // local date-time of the first sample, whole seconds
    qint64 startSubsecond100ns = 0;  // EDF+ sub-second start of the first record
    qint64 records = 0;
    double recordDuration = 0;
    QVector<SignalInfo> signalInfos;
    QVector<Annotation> annotations;
    QVector<Segment> segments;

    double durationSeconds() const;  // covered time, gaps of EDF+D included
    double recordedSeconds() const { return records * recordDuration; }
    int signalIndex(const QString& label) const;  // -1 when absent
};

}  // namespace alfee::core
