// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/cnt_source.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include "core/recording/whole_file.h"

namespace alfee::core {
namespace {

template <typename T>
T at(const QByteArray& bytes, qint64 offset) {
    return qFromLittleEndian<T>(bytes.constData() + offset);
}

float floatAt(const QByteArray& bytes, qint64 offset) {
    const quint32 raw = at<quint32>(bytes, offset);
    float value;
    std::memcpy(&value, &raw, sizeof value);
    return value;
}

QString textAt(const QByteArray& bytes, qint64 offset, int length) {
    const QByteArray field = bytes.mid(offset, length);
    return QString::fromLatin1(field.left(field.indexOf('\0') < 0 ? length : field.indexOf('\0')))
        .trimmed();
}

// "mm/dd/yy" and "hh:mm:ss" as MNE reads them by default; two-digit years as C's strptime.
QDateTime sessionStart(const QString& date, const QString& time) {
    const QStringList d = date.split('/'), t = time.split(':');
    if (d.size() != 3 || t.size() != 3) return {};
    int year = d[2].toInt();
    if (d[2].size() <= 2) year += year < 69 ? 2000 : 1900;
    return QDateTime(QDate(year, d[0].toInt(), d[1].toInt()),
                     QTime(t[0].toInt(), t[1].toInt(), t[2].toInt()));
}

}  // namespace

std::unique_ptr<CntSource> CntSource::open(const QString& path, QVector<HeaderIssue>* issues,
                                           QString* why) {
    QByteArray bytes;
    if (!readWholeFile(path, &bytes, why)) return nullptr;
    std::unique_ptr<CntSource> source(new CntSource);
    source->issues_ = issues;
    source->info_.path = path;
    if (!source->readHeader(bytes, why) || !source->chooseWidth(bytes.size(), why) ||
        !source->readSamples(bytes, why))
        return nullptr;
    source->readChannels(bytes);
    source->readEvents(bytes);
    source->issues_ = nullptr;
    return source;
}

bool CntSource::readHeader(const QByteArray& bytes, QString* why) {
    if (bytes.size() < kSetupBytes) {
        *why = QCoreApplication::translate(
                   "alfee::core", "%1 bytes, shorter than the 900-byte header of a CNT file")
                   .arg(bytes.size());
        return false;
    }
    channels_ = at<quint16>(bytes, 370);
    const int rate = at<quint16>(bytes, 376);
    if (channels_ <= 0 || rate <= 0 || bytes.size() < kSetupBytes + kElectrodeBytes * channels_) {
        *why = QCoreApplication::translate(
                   "alfee::core",
                   "its header gives %1 channels at %2 Hz, which the file's %3 bytes cannot hold")
                   .arg(channels_)
                   .arg(rate)
                   .arg(bytes.size());
        return false;
    }
    info_.format = QStringLiteral("Neuroscan CNT");
    info_.patient = textAt(bytes, 121, 20);
    info_.recordingId = textAt(bytes, 205, 20);
    info_.start = sessionStart(textAt(bytes, 225, 10), textAt(bytes, 235, 12));
    info_.recordDuration = 1.0 / rate;
    samples_ = at<qint32>(bytes, 864);
    eventTable_ = at<qint32>(bytes, 886);
    block_ = at<qint32>(bytes, 894);
    return true;
}

// The header's sample count is not always right; the bytes between the channel table and the
// event table are. 16 or 32 bits a sample, whichever of the two they hold (MNE's choice).
bool CntSource::chooseWidth(qint64 fileBytes, QString* why) {
    const qint64 dataStart = kSetupBytes + kElectrodeBytes * channels_;
    if (eventTable_ < dataStart || eventTable_ > fileBytes) eventTable_ = fileBytes;
    const qint64 dataBytes = eventTable_ - dataStart;
    const qint64 promised = samples_ * channels_;
    if (samples_ > 0 && (dataBytes / promised == 2 || dataBytes / promised == 4)) {
        width_ = int(dataBytes / promised);
    } else {
        width_ = 2;
        samples_ = dataBytes / (2 * qint64(channels_));
        issues_->push_back({HeaderIssue::Severity::Warning, QStringLiteral("samples"),
                            QCoreApplication::translate("alfee::core",
                                                        "the header's sample count does not fit "
                                                        "its data: read as 16-bit samples")});
    }
    if (samples_ <= 0) {
        *why = QCoreApplication::translate("alfee::core", "it holds no samples");
        return false;
    }
    block_ = block_ > 1 ? std::max<qint64>(1, block_ / width_) : 1;
    return true;
}

void CntSource::readChannels(const QByteArray& bytes) {
    for (int c = 0; c < channels_; ++c) {
        const qint64 e = kSetupBytes + kElectrodeBytes * c;
        SignalInfo s;
        s.headerIndex = c;
        s.label = textAt(bytes, e, 10);
        s.unit = QStringLiteral("uV");
        s.rateHz = 1.0 / info_.recordDuration;
        s.samples = samples_;
        s.samplesPerRecord = 1;
        baseline_ << at<qint16>(bytes, e + 47);
        scale_ << double(floatAt(bytes, e + 71)) * double(floatAt(bytes, e + 59)) / 204.8;
        s.digMin = width_ == 2 ? -32768 : std::numeric_limits<qint32>::min();
        s.digMax = width_ == 2 ? 32767 : std::numeric_limits<qint32>::max();
        s.physMin = (s.digMin - baseline_.back()) * scale_.back();
        s.physMax = (s.digMax - baseline_.back()) * scale_.back();
        info_.signalInfos << s;
    }
    info_.records = samples_;
    info_.segments = {{0, samples_, 0.0}};
}

// Blocks of `block_` samples of each channel in turn; the last block may be shorter.
bool CntSource::readSamples(const QByteArray& bytes, QString* why) {
    const qint64 dataStart = kSetupBytes + kElectrodeBytes * channels_;
    if (dataStart + samples_ * channels_ * width_ > bytes.size()) {
        *why =
            QCoreApplication::translate("alfee::core", "its samples run past the end of the file");
        return false;
    }
    digital_.resize(samples_ * channels_);
    qint64 offset = dataStart;
    for (qint64 first = 0; first < samples_; first += block_) {
        const qint64 n = std::min(block_, samples_ - first);
        for (int c = 0; c < channels_; ++c)
            for (qint64 i = 0; i < n; ++i, offset += width_)
                digital_[c * samples_ + first + i] =
                    width_ == 2 ? at<qint16>(bytes, offset) : at<qint32>(bytes, offset);
    }
    return true;
}

// The event table: a type byte (1: 8-byte events; 2 and 3: 19-byte events), the table's
// length, then the events; an event's file offset names the sample after it (MNE's reading).
void CntSource::readEvents(const QByteArray& bytes) {
    if (eventTable_ + 9 > bytes.size()) return;
    const int type = quint8(bytes[eventTable_]);
    const qint64 length = at<qint32>(bytes, eventTable_ + 1);
    const int size = type == 1 ? 8 : (type == 2 || type == 3) ? 19 : 0;
    if (size == 0 || length < 0) return;
    const qint64 end = std::min<qint64>(bytes.size(), eventTable_ + 9 + length);
    const qint64 dataStart = kSetupBytes + kElectrodeBytes * channels_;
    int outside = 0;
    for (qint64 e = eventTable_ + 9; e + size <= end; e += size) {
        qint64 offset = at<qint32>(bytes, e + 4);
        if (type == 3) offset *= qint64(width_) * channels_;
        const qint64 sample = (offset - dataStart) / (qint64(channels_) * width_) - 1;
        if (sample < 0 || sample >= samples_) {
            ++outside;
            continue;
        }
        Annotation a;
        a.onset100ns = std::llround(sample * info_.recordDuration * 1e7);
        const double latency = type == 1 ? 0.0 : double(floatAt(bytes, e + 12));
        if (latency > 0 && std::isfinite(latency)) a.duration100ns = std::llround(latency * 1e7);
        a.text = QString::number(at<quint16>(bytes, e));
        info_.annotations << a;
    }
    if (outside)
        issues_->push_back({HeaderIssue::Severity::Warning, QStringLiteral("events"),
                            QCoreApplication::translate(
                                "alfee::core", "%1 events lie outside the samples and are left out")
                                .arg(outside)});
    std::stable_sort(
        info_.annotations.begin(), info_.annotations.end(),
        [](const Annotation& a, const Annotation& b) { return a.onset100ns < b.onset100ns; });
}

bool CntSource::readPhysical(int signal, qint64 start, qint64 count, double* out, QString*) {
    const qint32* d = digital_.constData() + signal * samples_ + start;
    for (qint64 i = 0; i < count; ++i) out[i] = (d[i] - baseline_[signal]) * scale_[signal];
    return true;
}

bool CntSource::readDigital(int signal, qint64 start, qint64 count, qint32* out, QString*) {
    std::copy_n(digital_.constData() + signal * samples_ + start, count, out);
    return true;
}

}  // namespace alfee::core
