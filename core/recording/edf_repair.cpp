// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/edf_repair.h"

#include <edflib.h>

#include <QFileInfo>
#include <algorithm>
#include <cmath>

namespace alfee::core {
namespace {

QByteArray printable(const QString& text, int maxLength) {
    QByteArray out = text.toLatin1();
    for (char& c : out)
        if (static_cast<unsigned char>(c) < 32 || static_cast<unsigned char>(c) > 126) c = '_';
    return out.left(maxLength);
}

class SegmentWriter {
  public:
    SegmentWriter(const Recording& rec, const Segment& seg, const QVector<Annotation>& annotations)
        : rec_(rec), seg_(seg), annotations_(annotations) {}

    bool write(const QString& path, QString* error) {
        const RecordingInfo& info = rec_.info();
        const int n = info.signalInfos.size();
        const int type = rec_.header().bdf ? EDFLIB_FILETYPE_BDFPLUS : EDFLIB_FILETYPE_EDFPLUS;
        handle_ = edfopen_file_writeonly(path.toLocal8Bit().constData(), type, n);
        if (handle_ < 0)
            return fail(QStringLiteral("EDFlib cannot create it (code %1)").arg(handle_), error);
        const bool ok = setHeader(error) && writeRecords(error) && writeAnnotations(error);
        const int closed = edfclose_file(handle_);
        if (ok && closed != 0) return fail("EDFlib could not finish the file", error);
        return ok;
    }

  private:
    bool fail(const QString& why, QString* error) {
        *error = why;
        return false;
    }

    bool setHeader(QString* error) {
        const RecordingInfo& info = rec_.info();
        const double units10us = info.recordDuration * 1e5;
        if (std::abs(units10us - std::round(units10us)) > 1e-6 || units10us < 1)
            return fail(QStringLiteral("EDFlib cannot write a record duration of %1 s")
                            .arg(info.recordDuration),
                        error);
        edf_set_datarecord_duration(handle_, static_cast<int>(std::lround(units10us)));
        for (int i = 0; i < info.signalInfos.size(); ++i) {
            const SignalInfo& s = info.signalInfos[i];
            if (edf_set_samplefrequency(handle_, i, static_cast<int>(s.samplesPerRecord)) ||
                edf_set_physical_maximum(handle_, i, s.physMax) ||
                edf_set_physical_minimum(handle_, i, s.physMin) ||
                edf_set_digital_maximum(handle_, i, static_cast<int>(s.digMax)) ||
                edf_set_digital_minimum(handle_, i, static_cast<int>(s.digMin)) ||
                edf_set_label(handle_, i, printable(s.label, 16).constData()) ||
                edf_set_prefilter(handle_, i, printable(s.prefilter, 80).constData()) ||
                edf_set_transducer(handle_, i, printable(s.transducer, 80).constData()) ||
                edf_set_physical_dimension(handle_, i, printable(s.unit, 8).constData()))
                return fail(QStringLiteral("EDFlib refuses the header of signal '%1'").arg(s.label),
                            error);
        }
        const QDateTime start = info.start.isValid()
                                    ? info.start.addMSecs(qint64(seg_.onsetSeconds * 1000))
                                    : QDateTime(QDate(1985, 1, 1), QTime(0, 0));
        edf_set_startdatetime(handle_, start.date().year(), start.date().month(),
                              start.date().day(), start.time().hour(), start.time().minute(),
                              start.time().second());
        edf_set_patientname(handle_, printable(info.patient, 80).constData());
        edf_set_recording_additional(handle_, printable(info.recordingId, 80).constData());
        const int annotationsPerRecord =
            static_cast<int>(annotations_.size() / std::max<qint64>(1, seg_.recordCount)) + 1;
        edf_set_number_of_annotation_signals(handle_, std::min(64, annotationsPerRecord));
        return true;
    }

    bool writeRecords(QString* error) {
        const RecordingInfo& info = rec_.info();
        QVector<qint32> buffer;
        for (qint64 r = seg_.firstRecord; r < seg_.firstRecord + seg_.recordCount; ++r) {
            for (int i = 0; i < info.signalInfos.size(); ++i) {
                const qint64 spr = info.signalInfos[i].samplesPerRecord;
                buffer.resize(spr);
                if (!rec_.readDigital(i, r * spr, spr, buffer.data(), error)) return false;
                if (edfwrite_digital_samples(handle_, buffer.data()) != 0)
                    return fail(QStringLiteral("EDFlib failed to write record %1").arg(r + 1),
                                error);
            }
        }
        return true;
    }

    bool writeAnnotations(QString* error) {
        const double begin = seg_.onsetSeconds;
        const double end = begin + seg_.recordCount * rec_.info().recordDuration;
        for (const Annotation& a : annotations_) {
            const double t = a.onsetSeconds();
            if (t < begin || t >= end) continue;
            // EDFlib takes annotation times in units of 100 us.
            const long long onset = std::llround((t - begin) * 1e4);
            const long long duration =
                a.hasDuration() ? std::llround(a.durationSeconds() * 1e4) : -1;
            if (edfwrite_annotation_utf8(handle_, onset, duration, a.text.toUtf8().constData()))
                return fail(QStringLiteral("EDFlib refuses annotation '%1'").arg(a.text), error);
        }
        return true;
    }

    const Recording& rec_;
    const Segment& seg_;
    const QVector<Annotation>& annotations_;  // the recording's and any added, by onset
    int handle_ = -1;
};

QString segmentPath(const QString& outPath, int index, int count) {
    if (count == 1) return outPath;
    const QFileInfo fi(outPath);
    return fi.path() + "/" + fi.completeBaseName() + QStringLiteral("_seg%1.").arg(index + 1) +
           fi.suffix();
}

}  // namespace

bool repairRecording(const Recording& recording, const QString& outPath, QStringList* written,
                     QString* error, const QVector<Annotation>& added) {
    return copyWithAnnotations(recording, recording.info().annotations + added, outPath, written,
                               error);
}

bool copyWithAnnotations(const Recording& recording, QVector<Annotation> annotations,
                         const QString& outPath, QStringList* written, QString* error) {
    const RecordingInfo& info = recording.info();
    std::stable_sort(
        annotations.begin(), annotations.end(),
        [](const Annotation& a, const Annotation& b) { return a.onset100ns < b.onset100ns; });
    const QString source = QFileInfo(info.path).canonicalFilePath();
    auto fail = [&](const QString& why) {
        *error = QStringLiteral("%1: %2").arg(outPath, why);
        return false;
    };
    if (info.signalInfos.isEmpty())
        return fail("the recording has no data signals; EDFlib writes none without them");
    const int count = info.segments.size();
    for (int s = 0; s < count; ++s) {
        const QString path = segmentPath(outPath, s, count);
        if (QFileInfo(path).exists() && QFileInfo(path).canonicalFilePath() == source)
            return fail("is the source file itself; repair never overwrites its input");
        QString why;
        if (!SegmentWriter(recording, info.segments[s], annotations).write(path, &why)) {
            *error = QStringLiteral("%1: %2").arg(path, why);
            return false;
        }
        QString reopenError;
        if (!Recording::open(path, &reopenError, ReaderChoice::EdflibOnly))
            return fail("written, but EDFlib does not accept it: " + reopenError);
        written->append(path);
    }
    return true;
}

}  // namespace alfee::core
