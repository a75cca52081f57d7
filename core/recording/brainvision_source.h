// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// BrainVision recordings read by the project's own reader, as MNE reads them: the .vhdr header
// (versions 1.0 and 2.0, UTF-8 or ANSI), its binary data file (INT_16, UINT_16, INT_32, UINT_32,
// IEEE_FLOAT_32 or IEEE_FLOAT_64; multiplexed or vectorised) or ASCII data, per-channel
// resolutions and units, and the marker file; an amplifier export (.ahdr/.amrk) stores one
// channel more than it names, which is dropped. BioSig 2.5 refused some headers and trusted the
// header's sample count over the data file's size.

#include <QFile>
#include <QVector>
#include <memory>

#include "core/recording/brainvision_header.h"
#include "core/recording/header_issue.h"
#include "core/recording/sample_source.h"

namespace alfee::core {

// One BrainVision recording; binary samples read from the memory-mapped data file on demand,
// ASCII samples parsed whole at open.
class BrainVisionSource : public SampleSource {
  public:
    // Null with *why when the header or its data file cannot be read as BrainVision.
    static std::unique_ptr<BrainVisionSource> open(const QString& path,
                                                   QVector<HeaderIssue>* issues, QString* why);

    QString name() const override { return QStringLiteral("BrainVision reader"); }
    const RecordingInfo& info() const override { return info_; }
    bool readPhysical(int signal, qint64 start, qint64 count, double* out, QString* error) override;
    // Integer formats: the stored integers; float formats: the value in steps of a thousandth of
    // the channel's resolution (a float file has no digital values of its own).
    bool readDigital(int signal, qint64 start, qint64 count, qint32* out, QString* error) override;

  private:
    BrainVisionSource() = default;
    bool readLayout(const BrainVisionIni& ini, QString* why);
    bool readChannels(const BrainVisionIni& ini, QString* why);
    bool openData(const BrainVisionIni& ini, QString* why);
    bool mapBinary(QString* why);
    bool parseAscii(const BrainVisionIni& ini, QString* why);
    bool asciiToChannels(const QVector<QVector<double>>& rows, QString* why);
    void countSamples(const BrainVisionIni& ini);
    void readMarkers(const BrainVisionIni& ini);
    double stored(int signal, qint64 sample) const;  // the value as the file holds it

    QVector<HeaderIssue>* issues_ = nullptr;
    RecordingInfo info_;
    enum class Type { Int16, UInt16, Int32, UInt32, Float32, Float64, Ascii } type_ = Type::Int16;
    bool vectorized_ = false;
    int bytes_ = 2, storedChannels_ = 0;      // an .ahdr's data hold one channel more than it names
    qint64 samples_ = 0, layoutSamples_ = 0;  // vectorised: a channel's stride in the file
    QVector<double> resolution_, digitalStep_;
    QFile data_;
    const uchar* map_ = nullptr;
    QVector<double> ascii_;  // channel after channel
};

}  // namespace alfee::core
