// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/tolerant_source.h"

#include <cmath>

#include "core/recording/recording_start.h"
#include "core/recording/tal_parser.h"

namespace alfee::core {

std::unique_ptr<TolerantSource> TolerantSource::open(const QString& path, const EdfHeader& header,
                                                     QVector<HeaderIssue>* issues) {
    std::unique_ptr<TolerantSource> source(new TolerantSource);
    QString error;
    if (!source->decoder_.open(path, header, &error)) {
        issues->push_back({HeaderIssue::Severity::Error, {}, error});
        return nullptr;
    }
    source->header_ = source->decoder_.header();
    source->fillSignals();
    if (!source->readAnnotationsAndTimes(issues)) return nullptr;
    return source;
}

void TolerantSource::fillSignals() {
    const EdfHeader& h = header_;
    info_.format = h.formatName();
    info_.discontinuous = h.isDiscontinuous();
    info_.patient = QString::fromLatin1(h.patient);
    info_.recordingId = QString::fromLatin1(h.recording);
    info_.start = parseEdfStart(h.startDate, h.startTime);
    info_.records = h.records;
    info_.recordDuration = h.recordDuration;
    for (int i : h.dataSignals()) {
        const EdfSignalHeader& s = h.signalHeaders[i];
        SignalInfo si;
        si.headerIndex = i;
        si.label = QString::fromLatin1(s.label);
        si.transducer = QString::fromLatin1(s.transducer);
        si.unit = QString::fromLatin1(s.unit);
        si.prefilter = QString::fromLatin1(s.prefilter);
        si.physMin = s.physMin;
        si.physMax = s.physMax;
        si.digMin = s.digMin;
        si.digMax = s.digMax;
        si.samplesPerRecord = s.samplesPerRecord;
        si.rateHz = h.recordDuration > 0 ? s.samplesPerRecord / h.recordDuration : 0.0;
        si.samples = s.samplesPerRecord * h.records;
        info_.signalInfos.push_back(si);
    }
}

bool TolerantSource::readAnnotationsAndTimes(QVector<HeaderIssue>* issues) {
    const QVector<int> annotationSignals = header_.annotationSignals();
    const qint64 recordLength = std::llround(header_.recordDuration * 1e7);
    if (annotationSignals.isEmpty() || header_.records == 0) {
        info_.segments.push_back({0, header_.records, 0.0});
        return true;
    }
    QVector<qint64> recordStarts;
    QVector<Tal> tals;
    for (qint64 r = 0; r < header_.records; ++r) {
        for (int k : annotationSignals) {
            tals.clear();
            QString error;
            if (!parseTals(decoder_.signalBytes(r, k), &tals, &error)) {
                issues->push_back({HeaderIssue::Severity::Error,
                                   QStringLiteral("data record %1").arg(r + 1), error});
                return false;
            }
            if (k == annotationSignals.front()) {
                if (tals.isEmpty() || tals[0].texts.isEmpty() || !tals[0].texts[0].isEmpty()) {
                    issues->push_back({HeaderIssue::Severity::Error,
                                       QStringLiteral("data record %1").arg(r + 1),
                                       "has no time-keeping annotation"});
                    return false;
                }
                recordStarts.push_back(tals[0].onset100ns);
                // Texts after the empty one in a time-keeping TAL are annotations at its onset.
                tals[0].texts.removeFirst();
            }
            for (int t = 0; t < tals.size(); ++t)
                for (const QString& text : tals[t].texts)
                    if (!text.isEmpty())
                        info_.annotations.push_back(
                            {tals[t].onset100ns, tals[t].duration100ns, text});
        }
    }
    const qint64 firstStart = recordStarts.front();
    info_.startSubsecond100ns = ((firstStart % 10000000) + 10000000) % 10000000;
    for (Annotation& a : info_.annotations) a.onset100ns -= firstStart;
    for (qint64 r = 0; r < recordStarts.size(); ++r) {
        const bool contiguous =
            r > 0 && std::llabs(recordStarts[r] - recordStarts[r - 1] - recordLength) <= 1;
        if (contiguous)
            ++info_.segments.back().recordCount;
        else
            info_.segments.push_back({r, 1, (recordStarts[r] - firstStart) / 1e7});
    }
    if (info_.discontinuous && info_.segments.size() == 1)
        issues->push_back({HeaderIssue::Severity::Warning, "reserved",
                           "says EDF+D (discontinuous) but every record follows the one before"});
    if (!info_.discontinuous && info_.segments.size() > 1)
        issues->push_back({HeaderIssue::Severity::Warning, "data records",
                           QStringLiteral("an EDF+C file with %1 gaps between records; read as "
                                          "discontinuous")
                               .arg(info_.segments.size() - 1)});
    return true;
}

bool TolerantSource::readPhysical(int signal, qint64 start, qint64 count, double* out, QString*) {
    const EdfSignalHeader& h = header_.signalHeaders[info_.signalInfos[signal].headerIndex];
    const double bitValue = h.bitValue(), offset = h.offset();
    decoder_.forEachDigital(info_.signalInfos[signal].headerIndex, start, count,
                            [&](qint64 i, qint32 d) { out[i] = bitValue * (offset + d); });
    return true;
}

bool TolerantSource::readDigital(int signal, qint64 start, qint64 count, qint32* out, QString*) {
    decoder_.forEachDigital(info_.signalInfos[signal].headerIndex, start, count,
                            [&](qint64 i, qint32 d) { out[i] = d; });
    return true;
}

}  // namespace alfee::core
