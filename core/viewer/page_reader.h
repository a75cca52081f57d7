#pragma once
// What the signal viewer draws for one page: the montage's traces over a time range, filtered
// if asked, reduced to a min/max envelope when the page holds more samples than pixels. Reads
// only the page (plus a little filter context), so paging costs the same in any file length.

#include <QString>
#include <QStringList>
#include <QVector>

#include "core/electrodes/channel_mapping.h"
#include "core/montage/montage.h"
#include "core/recording/recording.h"

namespace alfee::core {

// One drawn trace: x in seconds from the file start, y in microvolts (physical units for
// channels that are not voltages).
struct Trace {
    QString name;
    QVector<double> x, y;
    bool envelope = false;  // pairs of (min, max) per pixel column
};

// Display filters of the viewer.
struct ViewFilters {
    bool bandpass = false;
    double lowHz = 0.5, highHz = 45.0;
    bool notch = false;
    double notchHz = 50.0;
};

// Builds pages of one recording under one montage.
class PageReader {
  public:
    PageReader(const Recording& recording, const ChannelMapping& mapping);
    // The montage's derivations; as recorded shows every signal, the others the mapped EEG.
    bool setMontage(const Montage& montage, QString* error);
    QStringList traceNames() const;
    // Which traces are shown (all by default); hidden ones are not read at all.
    void setShown(const QVector<bool>& shown) { shown_ = shown; }
    bool isShown(int trace) const { return trace >= shown_.size() || shown_[trace]; }

    // Traces for [start, start + seconds); `pixels` is the width they will be drawn at.
    bool read(double start, double seconds, int pixels, const ViewFilters& filters,
              QVector<Trace>* traces, QString* error) const;

  private:
    bool readSignal(int signal, double start, double seconds, const ViewFilters& filters,
                    QVector<double>* values, double* firstTime, QString* error) const;

    const Recording& rec_;
    ChannelMapping mapping_;
    bool asRecorded_ = true;
    QVector<Derivation> derivations_;
    QStringList electrodes_;  // mapped electrodes, in mapping order
    QVector<int> electrodeSignal_;
    QVector<bool> shown_;
};

// Min/max per pixel column of samples y (at times x): 2 points per column.
void minMaxEnvelope(const QVector<double>& x, const QVector<double>& y, int pixels, Trace* out);

}  // namespace alfee::core
