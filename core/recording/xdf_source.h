// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// XDF recordings (Lab Streaming Layer, .xdf) read through libxdf (libxdf-dev): one numeric
// stream as the signals (the EEG-typed one with the most channels), the string streams' markers
// as annotations, every stream's clock offsets applied (libxdf's step-wise correction), and
// samples missing from the EEG stream (a time-stamp jump) as a gap between segments.

#include <QVector>
#include <memory>

#include "core/recording/header_issue.h"
#include "core/recording/sample_source.h"

namespace alfee::core {

// One XDF file, its chosen stream's samples kept (float, as libxdf reads them).
class XdfSource : public SampleSource {
  public:
    // Null with *why when libxdf cannot read the file or it has no regularly sampled numeric
    // stream; which stream was taken, when there were several, goes into *issues.
    static std::unique_ptr<XdfSource> open(const QString& path, QVector<HeaderIssue>* issues,
                                           QString* why);

    QString name() const override { return QStringLiteral("libxdf"); }
    const RecordingInfo& info() const override { return info_; }
    bool readPhysical(int signal, qint64 start, qint64 count, double* out, QString* error) override;
    // XDF stores the values themselves: digital is the value rounded.
    bool readDigital(int signal, qint64 start, qint64 count, qint32* out, QString* error) override;

    // A jump of more than this many sampling intervals between two time stamps is a gap.
    static constexpr double kGapIntervals = 2.0;

  private:
    XdfSource() = default;
    QVector<std::vector<float>> samples_;  // per channel
    RecordingInfo info_;
    friend class XdfReading;
};

}  // namespace alfee::core
