// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Recordings in the formats BioSig reads besides EDF and BDF (GDF, Neuroscan CNT,
// BCI2000 and more): header, events as annotations (with their types and durations) and
// samples in physical units, read on demand. EDF and BDF stay on EDFlib and the tolerant
// reader, whose checks are stricter (BioSig opens a CR LF-damaged EDF without a word).

#include <QVector>
#include <memory>
#include <mutex>

#include "core/recording/header_issue.h"
#include "core/recording/sample_source.h"

struct HDR_STRUCT;

namespace alfee::core {

// One file opened through libbiosig. BioSig 2.5's sread returns wrong samples (and can crash)
// when asked for a stretch that does not start at the first record, so the samples are read
// once, whole, at the first read, and kept as float32 (4 bytes a sample; up to kMaxBytes).
class BiosigSource : public SampleSource {
  public:
    // Opens `path`; null with *why (BioSig's reason) when BioSig cannot read it. What BioSig
    // printed while opening goes into *issues as warnings.
    static std::unique_ptr<BiosigSource> open(const QString& path, QVector<HeaderIssue>* issues,
                                              QString* why);
    ~BiosigSource() override;

    QString name() const override { return QStringLiteral("BioSig"); }
    const RecordingInfo& info() const override { return info_; }
    bool readPhysical(int signal, qint64 start, qint64 count, double* out, QString* error) override;
    // The stored integers where the format has them: physical values through the inverse of the
    // channel's scaling, rounded.
    bool readDigital(int signal, qint64 start, qint64 count, qint32* out, QString* error) override;

    static constexpr qint64 kMaxBytes = qint64(4) << 30;

  private:
    BiosigSource() = default;
    bool describe(const QString& path, QString* why);
    void readEvents();
    void keepWhatTheFilesHold(QVector<HeaderIssue>* issues);
    bool loadAll(QString* error);

    HDR_STRUCT* hdr_ = nullptr;
    RecordingInfo info_;
    qint64 samplesPerRecord_ = 0;   // of BioSig's output block (the fastest channel)
    QVector<qint64> channelSpr_;    // each channel's own samples per record
    QVector<double> cal_, offset_;  // physical = digital * cal + offset
    std::mutex reading_;
    qint64 rows_ = 0;         // samples a channel at the block rate (records x block size)
    QVector<float> samples_;  // physical values, channel after channel; empty until read
};

}  // namespace alfee::core
