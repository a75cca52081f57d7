// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// EEGLAB datasets (.set, MATLAB v5, v7 or v7.3; samples inside it or in the .fdt it names)
// read through libmatio: signals in microvolts, channel labels and positions (chanlocs),
// events as annotations, boundary events and epochs as segments.

#include <QVector>
#include <memory>

#include "core/recording/header_issue.h"
#include "core/recording/mat_value.h"
#include "core/recording/sample_source.h"

namespace alfee::core {

// One EEGLAB dataset, its samples read whole at open (float32, as EEGLAB keeps them).
class EeglabSource : public SampleSource {
  public:
    // Null with *why when the file is not an EEGLAB dataset this reader can read; what it read
    // differently from what the header promised goes into *issues as warnings.
    static std::unique_ptr<EeglabSource> open(const QString& path, QVector<HeaderIssue>* issues,
                                              QString* why);
    ~EeglabSource() override;

    QString name() const override { return QStringLiteral("libmatio"); }
    const RecordingInfo& info() const override { return info_; }
    bool readPhysical(int signal, qint64 start, qint64 count, double* out, QString* error) override;
    // EEGLAB stores floats: the "digital" values are the microvolts rounded to 1/kDigitsPerUv.
    bool readDigital(int signal, qint64 start, qint64 count, qint32* out, QString* error) override;

    static constexpr qint64 kMaxBytes = qint64(4) << 30;
    static constexpr double kDigitsPerUv = 1000.0;

  private:
    EeglabSource() = default;
    MatValue field(const char* name);
    bool describe(QString* why);
    void describeChannels();
    bool readSamples(QString* why);
    QString fdtPath(const QString& name) const;
    bool readFdt(const QString& name, QString* why);
    bool timePointsHeld(const QString& fdt, qint64 fileBytes, qint64* held, QString* why);
    bool keepColumns(const QVector<float>& columns, qint64 timePoints);
    void readEvents();
    void makeSegments();
    void summarise();

    std::unique_ptr<MatFile> file_;
    MatValue eeg_;  // the EEG struct; null where its fields are top-level variables
    QVector<HeaderIssue>* issues_ = nullptr;
    RecordingInfo info_;
    int channels_ = 0;
    qint64 pnts_ = 0, trials_ = 1, timePoints_ = 0;
    double rate_ = 0, xmin_ = 0;
    QVector<float> samples_;  // channel after channel, microvolts
};

}  // namespace alfee::core
