// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The project's own EDF/EDF+/BDF reader for files EDFlib refuses over harmless deviations
// (EEGMMIDB's annotation signal, EDF+D): reads records through a memory map, lazily.

#include <memory>

#include "core/recording/record_decoder.h"
#include "core/recording/sample_source.h"

namespace alfee::core {

// Tolerant reader over a header that checkEdfHeader() found free of errors.
class TolerantSource : public SampleSource {
  public:
    // Maps the file and reads its annotations and record times. On failure returns null and adds
    // an error issue (a malformed TAL, a missing time-keeping annotation, ...).
    static std::unique_ptr<TolerantSource> open(const QString& path, const EdfHeader& header,
                                                QVector<HeaderIssue>* issues);

    QString name() const override { return QStringLiteral("tolerant"); }
    const RecordingInfo& info() const override { return info_; }
    bool readPhysical(int signal, qint64 start, qint64 count, double* out, QString* error) override;
    bool readDigital(int signal, qint64 start, qint64 count, qint32* out, QString* error) override;

  private:
    TolerantSource() = default;
    void fillSignals();
    bool readAnnotationsAndTimes(QVector<HeaderIssue>* issues);

    RecordDecoder decoder_;
    EdfHeader header_;  // with the record count resolved
    RecordingInfo info_;
};

}  // namespace alfee::core
