// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/biosig_source.h"

#include <biosig.h>

#include <QCoreApplication>
#include <QFile>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include "core/recording/biosig_precheck.h"
#include "core/recording/biosig_trial.h"
#include "core/recording/library_output.h"
#include "core/recording/recording_formats.h"

namespace alfee::core {
namespace {

QString text(const char* s) {
    return s ? QString::fromUtf8(s).trimmed() : QString();
}

QDateTime startOf(HDRTYPE* hdr) {
    struct tm t;
    std::memset(&t, 0, sizeof t);
    if (biosig_get_startdatetime(hdr, &t) != 0 || t.tm_year <= 0) return {};
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday),
                     QTime(t.tm_hour, t.tm_min, t.tm_sec));
}

// BioSig's event table: GDF codes as their decimal number (as MNE names them), free-text
// events (EDF-style annotations) by their text.
Annotation annotationOf(HDRTYPE* hdr, size_t n, double rate) {
    uint16_t type = 0, channel = 0;
    uint32_t position = 0, duration = 0;
    const char* description = nullptr;
    biosig_get_nth_event(hdr, n, &type, &position, &channel, &duration, nullptr, &description);
    Annotation a;
    a.onset100ns = std::llround(position / rate * 1e7);
    a.duration100ns = std::llround(duration / rate * 1e7);
    a.text = text(description);
    if (a.text.isEmpty()) a.text = QString::number(type);
    return a;
}

}  // namespace

std::unique_ptr<BiosigSource> BiosigSource::open(const QString& path, QVector<HeaderIssue>* issues,
                                                 QString* why) {
    std::unique_ptr<BiosigSource> source(new BiosigSource);
    const QString& readable = path;
    if (!biosigMayOpen(readable, why) || !biosigSurvivesTrialRead(readable, why)) return nullptr;
    HDRTYPE* hdr = constructHDR(0, 0);
    const QByteArray name = QFile::encodeName(readable);
    bool failed = false;  // serror2 prints the error as well: inside the capture
    const QString printed = captureLibraryOutput([&] {
        hdr = sopen(name.constData(), "r", hdr);
        failed = !hdr || serror2(hdr);
    });
    source->hdr_ = hdr;
    if (failed) {
        *why = hdr ? text(biosig_get_errormsg(hdr)) : QStringLiteral("BioSig cannot open it");
        if (why->isEmpty())
            *why = printed.isEmpty() ? QStringLiteral("BioSig cannot read it") : printed;
        return nullptr;
    }
    if (biosig_get_number_of_channels(hdr) <= 0 || biosig_get_number_of_samples(hdr) == 0) {
        *why = QStringLiteral("BioSig finds no signals in it");
        return nullptr;
    }
    for (const QString& line : printed.split('\n', Qt::SkipEmptyParts))
        issues->push_back(
            {HeaderIssue::Severity::Warning, QStringLiteral("BioSig"), line.trimmed()});
    biosig_reset_flag(
        hdr, BIOSIG_FLAG_UCAL | BIOSIG_FLAG_OVERFLOWDETECTION | BIOSIG_FLAG_ROW_BASED_CHANNELS);
    if (!source->describe(path, why)) return nullptr;
    source->readEvents();
    source->keepWhatTheFilesHold(issues);
    return source;
}

BiosigSource::~BiosigSource() {
    if (!hdr_) return;
    sclose(hdr_);
    destructHDR(hdr_);
}

bool BiosigSource::describe(const QString& path, QString* why) {
    info_.path = path;
    if (!(biosig_get_samplerate(hdr_) > 0) || !(std::isfinite)(biosig_get_samplerate(hdr_))) {
        *why = QStringLiteral("its sampling rate is %1 Hz").arg(biosig_get_samplerate(hdr_));
        return false;
    }
    info_.format = text(GetFileTypeString(biosig_get_filetype(hdr_)));
    info_.patient = text(biosig_get_patient_id(hdr_));
    info_.recordingId = text(biosig_get_recording_id(hdr_));
    info_.start = startOf(hdr_);
    info_.records = qint64(biosig_get_number_of_records(hdr_));
    samplesPerRecord_ =
        qint64(biosig_get_number_of_samples(hdr_)) / std::max<qint64>(1, info_.records);
    info_.recordDuration = samplesPerRecord_ / biosig_get_samplerate(hdr_);
    const int n = int(biosig_get_number_of_channels(hdr_));
    for (int c = 0; c < n; ++c) {
        CHANNEL_TYPE* ch = biosig_get_channel(hdr_, c);
        double physMax = 0, physMin = 0, digMax = 0, digMin = 0;
        biosig_channel_get_scaling(ch, &physMax, &physMin, &digMax, &digMin);
        // BioSig asserts (aborts) in biosig_channel_get_cal on a scaling like this one.
        if (!(std::isfinite)(physMax - physMin) || !(std::isfinite)(digMax - digMin) ||
            digMax == digMin) {
            *why = QStringLiteral(
                       "channel %1 has no usable scaling (physical %2 to %3, digital "
                       "%4 to %5)")
                       .arg(c + 1)
                       .arg(physMin)
                       .arg(physMax)
                       .arg(digMin)
                       .arg(digMax);
            return false;
        }
        SignalInfo s;
        s.headerIndex = c;
        s.label = text(biosig_channel_get_label(ch));
        s.unit = text(biosig_channel_get_physdim(ch));
        s.transducer = text(biosig_channel_get_transducer(ch));
        s.samplesPerRecord = qint64(biosig_channel_get_samples_per_record(ch));
        s.rateHz = biosig_get_channel_samplerate(hdr_, c);
        s.samples = s.samplesPerRecord * info_.records;
        // BioSig's Cal and Off by their definition (biosig_channel_get_cal asserts that they
        // are, and aborts the process on a damaged file where they are not).
        cal_ << (physMax - physMin) / (digMax - digMin);
        offset_ << physMin - cal_.back() * digMin;
        // The physical range from the scaling BioSig applies (its own Phys fields can be unset).
        s.digMin = qint64(std::llround(digMin)), s.digMax = qint64(std::llround(digMax));
        s.physMin = digMin * cal_.back() + offset_.back();
        s.physMax = digMax * cal_.back() + offset_.back();
        channelSpr_ << s.samplesPerRecord;
        info_.signalInfos << s;
    }
    info_.segments = {{0, info_.records, 0.0}};
    return true;
}

void BiosigSource::readEvents() {
    const double rate = biosig_get_eventtable_samplerate(hdr_) > 0
                            ? biosig_get_eventtable_samplerate(hdr_)
                            : biosig_get_samplerate(hdr_);
    const size_t n = biosig_get_number_of_events(hdr_);
    for (size_t i = 0; i < n; ++i) info_.annotations << annotationOf(hdr_, i, rate);
    std::stable_sort(
        info_.annotations.begin(), info_.annotations.end(),
        [](const Annotation& a, const Annotation& b) { return a.onset100ns < b.onset100ns; });
}

// BioSig keeps events past the last sample: left out, and said.
void BiosigSource::keepWhatTheFilesHold(QVector<HeaderIssue>* issues) {
    const qint64 end = std::llround(info_.recordedSeconds() * 1e7);
    const auto past =
        std::stable_partition(info_.annotations.begin(), info_.annotations.end(),
                              [end](const Annotation& a) { return a.onset100ns < end; });
    const qint64 outside = info_.annotations.end() - past;
    if (outside == 0) return;
    info_.annotations.erase(past, info_.annotations.end());
    issues->push_back({HeaderIssue::Severity::Warning, QStringLiteral("events"),
                       QCoreApplication::translate("alfee::core",
                                                   "%1 events lie past the last sample and are "
                                                   "left out")
                           .arg(outside)});
}

bool BiosigSource::loadAll(QString* error) {
    if (!samples_.isEmpty()) return true;
    const qint64 columns = cal_.size();
    rows_ = info_.records * samplesPerRecord_;
    // A damaged header can declare any number of samples (fuzz/ found a 13 KB GDF declaring
    // 4 GB): no format read here stores a sample in less than a byte.
    const qint64 fileBytes = recordingFileBytes(info_.path);
    if (rows_ < 0 || columns <= 0 || rows_ > fileBytes / columns) {  // no overflow either
        *error = QStringLiteral(
                     "%1: the header declares %2 x %3 samples, more than its %4 bytes "
                     "hold")
                     .arg(info_.path)
                     .arg(rows_)
                     .arg(columns)
                     .arg(fileBytes);
        return false;
    }
    // BioSig hands the samples over as doubles before they are kept as floats.
    if (rows_ * columns * qint64(sizeof(biosig_data_type)) > kMaxBytes) {
        *error =
            QStringLiteral("%1: %2 GB of samples, more than this reader holds in memory (%3 GB)")
                .arg(info_.path)
                .arg(rows_ * columns * qint64(sizeof(biosig_data_type)) / 1e9, 0, 'f', 1)
                .arg(kMaxBytes / 1e9, 0, 'f', 1);
        return false;
    }
    std::vector<biosig_data_type> block(size_t(rows_ * columns));
    const size_t got = sread(block.data(), 0, size_t(info_.records), hdr_);
    if (got != size_t(info_.records)) {
        *error = QStringLiteral("%1: BioSig read %2 of its %3 records")
                     .arg(info_.path)
                     .arg(got)
                     .arg(info_.records);
        return false;
    }
    samples_.resize(rows_ * columns);  // BioSig's block: one column per channel
    std::transform(block.begin(), block.end(), samples_.begin(),
                   [](biosig_data_type v) { return float(v); });
    return true;
}

bool BiosigSource::readPhysical(int signal, qint64 start, qint64 count, double* out,
                                QString* error) {
    if (count <= 0) return true;
    const std::lock_guard<std::mutex> lock(reading_);
    if (!loadAll(error)) return false;
    // BioSig repeats a slower channel's samples up to the block's rate: take every stride-th.
    const qint64 stride = samplesPerRecord_ / std::max<qint64>(1, channelSpr_[signal]);
    const float* column = samples_.constData() + signal * rows_;
    for (qint64 i = 0; i < count; ++i) out[i] = column[(start + i) * stride];
    return true;
}

bool BiosigSource::readDigital(int signal, qint64 start, qint64 count, qint32* out,
                               QString* error) {
    QVector<double> physical(count);
    if (!readPhysical(signal, start, count, physical.data(), error)) return false;
    const double cal = cal_[signal] != 0 ? cal_[signal] : 1.0;
    for (qint64 i = 0; i < count; ++i)
        out[i] = qint32(std::lround((physical[i] - offset_[signal]) / cal));
    return true;
}

}  // namespace alfee::core
