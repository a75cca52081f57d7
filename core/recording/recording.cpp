// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/recording.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cmath>

#ifdef ALFEE_WITH_BIOSIG
#include "core/recording/biosig_source.h"
#endif
#ifdef ALFEE_WITH_MATIO
#include "core/recording/eeglab_source.h"
#endif
#ifdef ALFEE_WITH_XDF
#include "core/recording/xdf_source.h"
#endif
#include "core/recording/brainvision_source.h"
#include "core/recording/cnt_source.h"
#include "core/recording/edflib_source.h"
#include "core/recording/fif_source.h"
#include "core/recording/header_check.h"
#include "core/recording/recording_formats.h"
#include "core/recording/status_channel.h"
#include "core/recording/tolerant_source.h"
#include "core/recording/units.h"

namespace alfee::core {
namespace {

bool looksLikeEdf(const QByteArray& start) {
    return start.startsWith('0') || start.startsWith(
                                        "\xff"
                                        "BIOSEMI");
}

QString notEdfReason(const QByteArray& start) {
    if (start.startsWith("GDF"))
        return QCoreApplication::translate(
            "alfee::core", "GDF files are not supported (EDF, EDF+, BDF and BDF+ are)");
    return QStringLiteral("not an EDF or BDF file (it starts with '%1', not '0' or 0xFF BIOSEMI)")
        .arg(QString::fromLatin1(start.left(8).toHex(' ')));
}

// The first bytes of an existing, readable, non-empty file, or why there are none.
bool readStart(const QString& path, QByteArray* start, QString* why) {
    const QFileInfo fi(path);
    if (!fi.exists()) {
        *why = QCoreApplication::translate("alfee::core", "no such file");
        return false;
    }
    if (fi.isDir()) {
        *why = QCoreApplication::translate("alfee::core", "is a directory, not an EDF/BDF file");
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return false;
    }
    *start = file.read(16);
    if (start->isEmpty()) {
        *why = QCoreApplication::translate("alfee::core", "the file is empty");
        return false;
    }
    return true;
}

// Reads the header bytes, or says in words why this is no EDF/BDF file (after readStart).
bool readHeaderBytes(const QString& path, QByteArray* bytes, qint64* fileSize, QString* why) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return false;
    }
    *fileSize = file.size();
    if (*fileSize == 0) {
        *why = QCoreApplication::translate("alfee::core", "the file is empty");
        return false;
    }
    const QByteArray first = file.read(256);
    if (first.size() < 256) {
        *why = QStringLiteral(
                   "the file is %1 bytes long, shorter than the 256-byte EDF "
                   "header")
                   .arg(first.size());
        return false;
    }
    if (!looksLikeEdf(first)) {
        *why = notEdfReason(first);
        return false;
    }
    const qint64 headerBytes = announcedHeaderBytes(first);
    if (headerBytes < 256 || headerBytes > 256LL * 4097) {
        *why = QCoreApplication::translate("alfee::core",
                                           "the header size field '%1' is not a valid size")
                   .arg(QString::fromLatin1(first.mid(184, 8)).trimmed());
        return false;
    }
    *bytes = first + file.read(headerBytes - 256);
    return true;
}

QString joinErrors(const QVector<HeaderIssue>& issues) {
    return issueTexts(issues, HeaderIssue::Severity::Error).join("; ");
}

}  // namespace

std::unique_ptr<Recording> Recording::open(const QString& path, QString* error,
                                           ReaderChoice choice) {
    auto fail = [&](const QString& why) {
        *error = QStringLiteral("%1: %2").arg(path, why);
        return nullptr;
    };
    QByteArray bytes, start;
    qint64 fileSize = 0;
    QString why;
    if (!readStart(path, &start, &why)) return fail(why);
    if (isEeglabFileName(path) && choice == ReaderChoice::Automatic)
        return openWithEeglab(path, error);
#ifdef ALFEE_WITH_XDF
    if (isXdfFileName(path) && choice == ReaderChoice::Automatic) {
        QVector<HeaderIssue> warnings;
        if (auto xdf = XdfSource::open(path, &warnings, &why))
            return fromSource(std::move(xdf), warnings);
        return fail(
            QCoreApplication::translate("alfee::core", "cannot be read as XDF: %1").arg(why));
    }
#endif
    if (isFifFileName(path) && choice == ReaderChoice::Automatic) {
        QVector<HeaderIssue> warnings;
        if (auto fif = FifSource::open(path, &warnings, &why))
            return fromSource(std::move(fif), warnings);
        return fail(
            QCoreApplication::translate("alfee::core", "cannot be read as a FIF raw file: %1")
                .arg(why));
    }
    if (isBrainVisionFileName(path) && choice == ReaderChoice::Automatic) {
        QVector<HeaderIssue> warnings;
        if (auto bv = BrainVisionSource::open(path, &warnings, &why))
            return fromSource(std::move(bv), warnings);
        return fail(QCoreApplication::translate("alfee::core", "cannot be read as BrainVision: %1")
                        .arg(why));
    }
    if (isCntFileName(path) && choice == ReaderChoice::Automatic) {
        QVector<HeaderIssue> warnings;
        if (auto cnt = CntSource::open(path, &warnings, &why))
            return fromSource(std::move(cnt), warnings);
        auto rec = openWithBiosig(path, error);  // a variant the CNT reader does not know
        if (rec)
            rec->warnings_.push_back({HeaderIssue::Severity::Warning, QStringLiteral("CNT"),
                                      why + QStringLiteral(": read by BioSig instead")});
        else
            *error += QStringLiteral(" (the CNT reader: %1)").arg(why);
        return rec;
    }
    if (!looksLikeEdf(start) && choice == ReaderChoice::Automatic && haveBiosig())
        return openWithBiosig(path, error);
    if (!readHeaderBytes(path, &bytes, &fileSize, &why)) return fail(why);
    std::unique_ptr<Recording> rec(new Recording);
    if (!parseEdfHeader(bytes, fileSize, &rec->header_, &why)) return fail(why);
    QVector<HeaderIssue> issues = checkEdfHeader(rec->header_);
    if (hasErrors(issues)) return fail(joinErrors(issues));

    QString refusal;
    if (choice != ReaderChoice::TolerantOnly) {
        rec->source_ = EdflibSource::open(path, &refusal);
        // EDFlib reads a BDF that says "EDF+D" as plain BDF: its annotation signal would become
        // data and its gaps would vanish.
        if (rec->source_ && rec->header_.isPlus() && !rec->source_->info().format.endsWith('+') &&
            choice == ReaderChoice::Automatic) {
            rec->source_.reset();
            refusal = QStringLiteral("EDFlib reads it as plain %1, without its annotations")
                          .arg(rec->header_.bdf ? "BDF" : "EDF");
        }
    }
    if (!rec->source_) {
        if (choice == ReaderChoice::EdflibOnly) return fail(refusal);
        rec->source_ = TolerantSource::open(path, rec->header_, &issues);
        if (!rec->source_) return fail(joinErrors(issues));
        if (!refusal.isEmpty())
            issues.push_back(
                {HeaderIssue::Severity::Warning, {}, refusal + "; read by the tolerant reader"});
    }
    if (!rec->decoder_.open(path, rec->header_, &why)) return fail(why);
    rec->samplesFromSource_ = choice == ReaderChoice::EdflibOnly;
    rec->warnings_ = issues;
    rec->info_ = rec->source_->info();
    rec->info_.path = path;
    rec->readerName_ = rec->source_->name();
    // Samples come from the memory map: EDFlib's handle (EDFlib opens at most 64 files) and the
    // tolerant reader's own map are not needed past the header and annotations.
    if (!rec->samplesFromSource_) rec->source_.reset();
    const QVector<int> dataSignals = rec->header_.dataSignals();
    for (int i = 0; i < rec->info_.signalInfos.size() && i < dataSignals.size(); ++i)
        rec->info_.signalInfos[i].headerIndex = dataSignals[i];
    rec->decodeTriggers();
    return rec;
}

void Recording::decodeTriggers() {
    triggerSignal_ = triggerSignalIndex(info_);
    if (triggerSignal_ < 0) return;
    const SignalInfo& s = info_.signalInfos[triggerSignal_];
    QVector<qint32> codes(s.samples);
    decode(triggerSignal_, 0, s.samples, [&](qint64 i, qint32 d) { codes[i] = triggerCode(d); });
    for (const TriggerOnset& t : triggerOnsets(codes)) {
        Annotation a;
        a.onset100ns =
            qint64(std::llround(sampleSeconds(info_, s.samplesPerRecord, t.sample) * 1e7));
        a.duration100ns = qint64(std::llround(t.samples / s.rateHz * 1e7));
        a.text = QStringLiteral("Trigger %1").arg(t.code);
        info_.annotations << a;
    }
    std::stable_sort(
        info_.annotations.begin(), info_.annotations.end(),
        [](const Annotation& a, const Annotation& b) { return a.onset100ns < b.onset100ns; });
}

#ifdef ALFEE_WITH_BIOSIG
namespace {

// A file of a format BioSig reads that it could not read is still a recording: "not a
// recording" misled about a valid file of a variant BioSig does not handle.
QString biosigFailure(const QString& path, const QString& why) {
    auto tr = [](const char* text) { return QCoreApplication::translate("alfee::core", text); };
    if (const QString hint = otherFormatHint(path); !hint.isEmpty())
        return QStringLiteral("%1: %2").arg(path, hint);
    if (isBiosigFileName(path))
        return tr("%1: BioSig, which reads the %2 files here, could not read this one (%3); if "
                  "another program opens it, export it from there as EDF or BDF and import that")
            .arg(path, QFileInfo(path).suffix().toUpper(), why);
    return tr("%1: not a recording this program reads (%2, BCI2000): %3")
        .arg(path, readableFormats(), why);
}

}  // namespace
#endif

std::unique_ptr<Recording> Recording::openWithBiosig(const QString& path, QString* error) {
#ifdef ALFEE_WITH_BIOSIG
    QVector<HeaderIssue> warnings;
    QString why;
    for (const QString& part : recordingFileSet(path).mid(1))  // BrainVision's data and markers
        if (!QFileInfo::exists(part)) {
            *error = QCoreApplication::translate("alfee::core",
                                                 "%1: the file %2 that its header names is missing")
                         .arg(path, part);
            return nullptr;
        }
    auto source = BiosigSource::open(path, &warnings, &why);
    if (!source) {
        *error = biosigFailure(path, why);
        return nullptr;
    }
    return fromSource(std::move(source), warnings);
#else
    *error = path + ": " + notEdfReason(QByteArray());
    return nullptr;
#endif
}

std::unique_ptr<Recording> Recording::openWithEeglab(const QString& path, QString* error) {
#ifdef ALFEE_WITH_MATIO
    QVector<HeaderIssue> warnings;
    QString why;
    auto source = EeglabSource::open(path, &warnings, &why);
    if (!source) {
        *error = QCoreApplication::translate("alfee::core",
                                             "%1: cannot be read as an EEGLAB dataset: %2")
                     .arg(path, why);
        return nullptr;
    }
    return fromSource(std::move(source), warnings);
#else
    *error = QStringLiteral("%1: %2").arg(path, otherFormatHint(path));
    return nullptr;
#endif
}

std::unique_ptr<Recording> Recording::fromSource(std::unique_ptr<SampleSource> source,
                                                 QVector<HeaderIssue> warnings) {
    std::unique_ptr<Recording> rec(new Recording);
    rec->warnings_ = std::move(warnings);
    rec->info_ = source->info();
    rec->readerName_ = source->name();
    rec->source_ = std::move(source);
    rec->samplesFromSource_ = true, rec->edf_ = false;
    return rec;
}

bool Recording::checkRange(int signal, qint64 start, qint64 count, QString* error) const {
    if (signal < 0 || signal >= info_.signalInfos.size()) {
        *error = QCoreApplication::translate("alfee::core", "%1: no signal %2 (the file has %3)")
                     .arg(info_.path)
                     .arg(signal)
                     .arg(info_.signalInfos.size());
        return false;
    }
    const qint64 n = info_.signalInfos[signal].samples;
    if (start < 0 || count < 0 || start + count > n) {
        *error = QCoreApplication::translate("alfee::core",
                                             "%1: samples %2..%3 of '%4' are outside the %5 it has")
                     .arg(info_.path)
                     .arg(start)
                     .arg(start + count)
                     .arg(info_.signalInfos[signal].label)
                     .arg(n);
        return false;
    }
    return true;
}

bool Recording::readPhysical(int signal, qint64 start, qint64 count, double* out,
                             QString* error) const {
    if (!checkRange(signal, start, count, error)) return false;
    if (count == 0) return true;
    if (signal == triggerSignal_) {  // codes, from the stored integers
        QVector<qint32> digital(count);
        if (!readDigital(signal, start, count, digital.data(), error)) return false;
        for (qint64 i = 0; i < count; ++i) out[i] = triggerCode(digital[i]);
        return true;
    }
    if (samplesFromSource_) {
        if (!source_->readPhysical(signal, start, count, out, error)) return false;
        if (edf_) unclip(signal, start, count, nullptr, out);
        return true;
    }
    // EDFlib's formula on the header values of the reader that opened the file.
    const SignalInfo& s = info_.signalInfos[signal];
    const double bitValue = (s.physMax - s.physMin) / double(s.digMax - s.digMin);
    const double offset = s.physMax / bitValue - double(s.digMax);
    decode(signal, start, count, [&](qint64 i, qint32 d) { out[i] = bitValue * (offset + d); });
    return true;
}

bool Recording::readDigital(int signal, qint64 start, qint64 count, qint32* out,
                            QString* error) const {
    if (!checkRange(signal, start, count, error)) return false;
    if (count == 0) return true;
    if (samplesFromSource_) {
        if (!source_->readDigital(signal, start, count, out, error)) return false;
        if (edf_) unclip(signal, start, count, out, nullptr);
        return true;
    }
    decode(signal, start, count, [&](qint64 i, qint32 d) { out[i] = d; });
    return true;
}

void Recording::unclip(int signal, qint64 start, qint64 count, qint32* digital,
                       double* physical) const {
    const SignalInfo& s = info_.signalInfos[signal];
    const double bitValue = (s.physMax - s.physMin) / double(s.digMax - s.digMin);
    const double offset = s.physMax / bitValue - double(s.digMax);
    const double low = bitValue * (offset + s.digMin), high = bitValue * (offset + s.digMax);
    for (qint64 i = 0; i < count; ++i) {
        const bool atBound = digital ? (digital[i] == s.digMin || digital[i] == s.digMax)
                                     : (physical[i] == low || physical[i] == high);
        if (!atBound) continue;
        decode(signal, start + i, 1, [&](qint64, qint32 d) {
            if (digital) digital[i] = d;
            if (physical) physical[i] = bitValue * (offset + d);
        });
    }
}

bool Recording::readFloat(int signal, qint64 start, qint64 count, QVector<float>* out,
                          QString* error) const {
    return readScaled(signal, start, count, 1.0, out, error);
}

bool Recording::readMicrovolts(int signal, qint64 start, qint64 count, QVector<float>* out,
                               QString* error) const {
    if (!checkRange(signal, start, count, error)) return false;
    const auto factor = microvoltFactor(info_.signalInfos[signal].unit);
    if (!factor) {
        *error =
            QCoreApplication::translate("alfee::core", "%1: signal '%2' is in '%3', not a voltage")
                .arg(info_.path, info_.signalInfos[signal].label, info_.signalInfos[signal].unit);
        return false;
    }
    return readScaled(signal, start, count, *factor, out, error);
}

bool Recording::readScaled(int signal, qint64 start, qint64 count, double factor,
                           QVector<float>* out, QString* error) const {
    if (!checkRange(signal, start, count, error)) return false;
    out->resize(count);
    float* dst = out->data();
    if (samplesFromSource_) {
        QVector<double> buffer(count);
        if (!readPhysical(signal, start, count, buffer.data(), error)) return false;
        for (qint64 i = 0; i < count; ++i) dst[i] = static_cast<float>(buffer[i] * factor);
        return true;
    }
    if (signal == triggerSignal_) {
        decode(signal, start, count, [&](qint64 i, qint32 d) { dst[i] = float(triggerCode(d)); });
        return true;
    }
    const SignalInfo& s = info_.signalInfos[signal];
    const double bitValue = (s.physMax - s.physMin) / double(s.digMax - s.digMin);
    const double offset = s.physMax / bitValue - double(s.digMax);
    decode(signal, start, count, [&](qint64 i, qint32 d) {
        dst[i] = static_cast<float>(bitValue * (offset + d) * factor);
    });
    return true;
}

}  // namespace alfee::core
