// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// FIF raw files (MNE-Python, Elekta/MEGIN) read by the project's own reader of the FIF tag
// format: channel info with calibrations and units, the measurement date, the first sample,
// raw buffers (short, int, float, double), skips as gaps, MNE's annotations. Projectors and
// compensation are named in the warnings and not applied. .fif.gz is inflated whole; a split
// recording is read on through the parts each part names (a missing part: the parts before it,
// said). Not read: evoked or epochs files.

#include <QVector>
#include <memory>

#include "core/recording/header_issue.h"
#include "core/recording/sample_source.h"

namespace alfee::core {

class FifParse;

// One FIF raw file, its samples read whole at open (float, in the channels' units).
class FifSource : public SampleSource {
  public:
    static std::unique_ptr<FifSource> open(const QString& path, QVector<HeaderIssue>* issues,
                                           QString* why);

    QString name() const override { return QStringLiteral("FIF reader"); }
    const RecordingInfo& info() const override { return info_; }
    bool readPhysical(int signal, qint64 start, qint64 count, double* out, QString* error) override;
    // FIF stores calibrated numbers: digital is the physical value over its calibration.
    bool readDigital(int signal, qint64 start, qint64 count, qint32* out, QString* error) override;

  private:
    friend class FifParse;
    FifSource() = default;
    RecordingInfo info_;
    QVector<std::vector<float>> samples_;  // per channel, physical
    QVector<double> calibration_;          // physical per stored unit
};

}  // namespace alfee::core
