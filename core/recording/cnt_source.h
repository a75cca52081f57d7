// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Neuroscan CNT files read by the project's own reader, as MNE reads them: the 900-byte SETUP
// header, a 75-byte ELECTLOC per channel, 16- or 32-bit samples in blocks of ChannelOffset
// samples per channel, then the event table. BioSig 2.5 read a 16-bit file as 32-bit (half
// its samples, wrong values, events past the end) and ignored the baselines and the blocks.

#include <QVector>
#include <memory>

#include "core/recording/header_issue.h"
#include "core/recording/sample_source.h"

namespace alfee::core {

// One CNT file, its samples read whole at open (as float microvolts).
class CntSource : public SampleSource {
  public:
    // Null with *why when the file does not hold a CNT recording this reader can read.
    static std::unique_ptr<CntSource> open(const QString& path, QVector<HeaderIssue>* issues,
                                           QString* why);

    QString name() const override { return QStringLiteral("CNT reader"); }
    const RecordingInfo& info() const override { return info_; }
    bool readPhysical(int signal, qint64 start, qint64 count, double* out, QString* error) override;
    // The stored integers, baseline included.
    bool readDigital(int signal, qint64 start, qint64 count, qint32* out, QString* error) override;

    static constexpr qint64 kSetupBytes = 900, kElectrodeBytes = 75;

  private:
    CntSource() = default;
    bool readHeader(const QByteArray& bytes, QString* why);
    bool chooseWidth(qint64 fileBytes, QString* why);
    void readChannels(const QByteArray& bytes);
    bool readSamples(const QByteArray& bytes, QString* why);
    void readEvents(const QByteArray& bytes);

    QVector<HeaderIssue>* issues_ = nullptr;
    RecordingInfo info_;
    int channels_ = 0, width_ = 2;
    qint64 samples_ = 0, eventTable_ = 0, block_ = 1;
    QVector<double> scale_, baseline_;  // microvolts = (digital - baseline) * scale
    QVector<qint32> digital_;           // channel after channel
};

}  // namespace alfee::core
