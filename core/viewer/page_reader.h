// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the signal viewer draws for one page: the montage's traces over a range of recording
// time, each EDF+D segment at its true onset, filtered and with the page mean removed if asked,
// reduced to a min/max envelope when a page holds more samples than pixels. Reads only the page
// (plus a little filter context inside the same segment), so paging costs the same in any file.

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include "core/electrodes/channel_mapping.h"
#include "core/montage/montage.h"
#include "core/recording/recording.h"
#include "core/recording/recording_timeline.h"
#include "core/viewer/display_scales.h"

namespace alfee::core {

// One drawn trace: x in seconds of recording time, y in microvolts for voltages and in the
// file's unit otherwise; y is NaN at the point that separates two segments.
struct Trace {
    QString name;
    DisplayType type = DisplayType::Misc;
    QString unit;  // "uV" for voltages
    bool voltage = true;
    QVector<double> x, y;
    bool envelope = false;  // pairs of (min, max) per pixel column
    QVector<int> sourceSignals = {};  // the file's signals it is computed from
};

// Display filters of the viewer (display only: nothing here changes stored data).
struct ViewFilters {
    bool bandpass = false;
    double lowHz = 0.5, highHz = 45.0;
    bool notch = false;
    double notchHz = 50.0;
    bool removeDc = true;  // subtract each trace's page mean (not for stimulus channels)
};

// Builds pages of one recording under one montage.
class PageReader {
  public:
    PageReader(const Recording& recording, const ChannelMapping& mapping);
    // As recorded shows every signal (mapped ones under their electrode's name); the others
    // show the montage's derivations of the mapped EEG followed by the signals that are not
    // mapped EEG (ECG, EOG, status), as recorded.
    bool setMontage(const Montage& montage, QString* error);
    QStringList traceNames() const;
    DisplayType traceType(int trace) const { return sources_.value(trace).type; }
    QStringList electrodes() const { return electrodes_; }  // mapped, canonical names
    const RecordingTimeline& timeline() const { return timeline_; }
    // Which traces are shown (all by default); hidden ones are not read at all.
    void setShown(const QVector<bool>& shown) { shown_ = shown; }
    bool isShown(int trace) const { return trace >= shown_.size() || shown_[trace]; }

    // Traces for [start, start + seconds); `pixels` is the width they will be drawn at.
    bool read(double start, double seconds, int pixels, const ViewFilters& filters,
              QVector<Trace>* traces, QString* error) const;

  private:
    // A trace as a weighted sum of file signals.
    struct Source {
        QString name;
        DisplayType type = DisplayType::Misc;
        QVector<QPair<int, double>> terms;
    };
    // Samples read during one page, by (signal, piece): a derivation montage reads each
    // electrode once however many traces use it.
    using PieceCache = QHash<QPair<int, int>, std::vector<double>>;
    Source asRecorded(const ChannelMapEntry& entry) const;
    bool readPiece(int signal, const SamplePiece& piece, const ViewFilters& filters,
                   std::vector<double>* values, QString* error) const;
    // A derivation's weighted sum over one piece, each electrode read once per page.
    bool sumTerms(const Source& source, const SamplePiece& piece, int pieceIndex,
                  const ViewFilters& filters, PieceCache* cache, std::vector<double>* sum,
                  QString* error) const;
    bool readTrace(const Source& source, double start, double seconds, int pixels,
                   const ViewFilters& filters, PieceCache* cache, Trace* out, QString* error) const;

    const Recording& rec_;
    ChannelMapping mapping_;
    RecordingTimeline timeline_;
    QVector<Source> sources_;
    QStringList electrodes_;  // mapped electrodes, in mapping order
    QVector<int> electrodeSignal_;
    QVector<bool> shown_;
};

// Min/max per pixel column of samples y (at times x), appended to `out`: 2 points per column;
// the samples themselves when there are fewer than two per column.
void appendEnvelope(const double* x, const double* y, qint64 n, int pixels, Trace* out);
// The same for a whole trace, replacing its points.
void minMaxEnvelope(const QVector<double>& x, const QVector<double>& y, int pixels, Trace* out);

}  // namespace alfee::core
