// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An opened recording (EDF/EDF+/BDF/BDF+, or a format BioSig reads): header, annotations,
// segments and lazy sample reads.

#include <QVector>
#include <memory>

#include "core/recording/edf_header.h"
#include "core/recording/header_issue.h"
#include "core/recording/record_decoder.h"
#include "core/recording/recording_info.h"
#include "core/recording/sample_source.h"

namespace alfee::core {

// Which reader opens a file. Automatic: EDFlib validates the file and supplies its header and
// annotations where it accepts it, the tolerant reader otherwise; samples are decoded from a
// memory map with EDFlib's conversion (8x faster than EDFlib's record-by-record reads, and
// identical: tests/test_shared_reference). EdflibOnly reads samples through EDFlib too.
enum class ReaderChoice { Automatic, EdflibOnly, TolerantOnly };

// The version of the samples and segments the readers return for a file, part of the key of
// every cached window (core/engine/shard_cache.cpp): bump it whenever a reader's output for the
// same file changes (a fixed scaling, a segment read otherwise), so that cached windows follow.
inline constexpr int kRecordingReaderVersion = 1;

// A recording on disk; never holds more samples in memory than one read asks for.
class Recording {
  public:
    // Opens `path`; on failure returns null and sets *error to one message naming the file and
    // the problem.
    static std::unique_ptr<Recording> open(const QString& path, QString* error,
                                           ReaderChoice choice = ReaderChoice::Automatic);

    const RecordingInfo& info() const { return info_; }
    const EdfHeader& header() const { return header_; }
    // Harmless deviations read past (header check), and why EDFlib was not used.
    const QVector<HeaderIssue>& warnings() const { return warnings_; }
    // "EDFlib" where EDFlib accepted the file, "tolerant" where the project's reader opened it,
    // "BioSig" for most other formats, "libmatio" for EEGLAB datasets.
    QString readerName() const { return readerName_; }

    bool readPhysical(int signal, qint64 start, qint64 count, double* out, QString* error) const;
    bool readDigital(int signal, qint64 start, qint64 count, qint32* out, QString* error) const;
    // Physical units as floats.
    bool readFloat(int signal, qint64 start, qint64 count, QVector<float>* out,
                   QString* error) const;
    // Voltage signals converted to microvolts; an error for a signal that is not a voltage.
    bool readMicrovolts(int signal, qint64 start, qint64 count, QVector<float>* out,
                        QString* error) const;

  private:
    Recording() = default;
    // GDF, BrainVision and the other formats BioSig reads: header, events and samples from it.
    static std::unique_ptr<Recording> openWithBiosig(const QString& path, QString* error);
    // EEGLAB .set datasets through libmatio.
    static std::unique_ptr<Recording> openWithEeglab(const QString& path, QString* error);
    // A recording whose header, events and samples all come from `source`.
    static std::unique_ptr<Recording> fromSource(std::unique_ptr<SampleSource> source,
                                                 QVector<HeaderIssue> warnings);
    bool checkRange(int signal, qint64 start, qint64 count, QString* error) const;
    // EDFlib clips samples outside [digital min, digital max] to the bounds; MNE and the
    // reference readers pass them through. Values at a bound are re-read from the bytes.
    bool readScaled(int signal, qint64 start, qint64 count, double factor, QVector<float>* out,
                    QString* error) const;
    void unclip(int signal, qint64 start, qint64 count, qint32* digital, double* physical) const;
    // An EDF/BDF trigger channel ("Status", "Trigger"): its samples read as codes, and the
    // onsets of its codes as annotations (status_channel.h).
    void decodeTriggers();
    template <typename Sink>
    void decode(int signal, qint64 start, qint64 count, Sink sink) const {
        decoder_.forEachDigital(info_.signalInfos[signal].headerIndex, start, count, sink);
    }

    EdfHeader header_;
    RecordingInfo info_;
    QVector<HeaderIssue> warnings_;
    std::unique_ptr<SampleSource> source_;
    RecordDecoder decoder_;
    bool samplesFromSource_ = false;  // EDFlib's, BioSig's or EEGLAB's reads, not the memory map
    bool edf_ = true;                 // EDF or BDF (EDFlib clips them at their digital bounds)
    int triggerSignal_ = -1;          // the trigger channel, read as codes
    QString readerName_;
};

}  // namespace alfee::core
