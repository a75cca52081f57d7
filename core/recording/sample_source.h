// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads samples of one opened file: EDFlib for what it accepts, the tolerant reader otherwise.

#include <QString>
#include <QVector>

#include "core/recording/header_issue.h"
#include "core/recording/recording_info.h"

namespace alfee::core {

// A source of samples for the data signals of RecordingInfo (indices into signalInfos).
class SampleSource {
  public:
    virtual ~SampleSource() = default;
    virtual QString name() const = 0;
    virtual const RecordingInfo& info() const = 0;
    // Samples [start, start + count) in the file's physical units; the caller checks the range.
    virtual bool readPhysical(int signal, qint64 start, qint64 count, double* out,
                              QString* error) = 0;
    virtual bool readDigital(int signal, qint64 start, qint64 count, qint32* out,
                             QString* error) = 0;
};

}  // namespace alfee::core
