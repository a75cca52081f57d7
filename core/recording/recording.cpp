#include "core/recording/recording.h"

#include <QFile>
#include <QFileInfo>

#include "core/recording/edflib_source.h"
#include "core/recording/header_check.h"
#include "core/recording/tolerant_source.h"
#include "core/recording/units.h"

namespace alfee::core {
namespace {

// Reads the header bytes, or says in words why this is no EDF/BDF file.
bool readHeaderBytes(const QString& path, QByteArray* bytes, qint64* fileSize, QString* why) {
    const QFileInfo fi(path);
    if (!fi.exists()) return *why = "no such file", false;
    if (fi.isDir()) return *why = "is a directory, not an EDF/BDF file", false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return *why = file.errorString(), false;
    *fileSize = file.size();
    if (*fileSize == 0) return *why = "the file is empty", false;
    const QByteArray first = file.read(256);
    if (first.size() < 256)
        return *why = QStringLiteral("the file is %1 bytes long, shorter than the 256-byte EDF "
                                     "header")
                          .arg(first.size()),
               false;
    if (first.startsWith("GDF"))
        return *why = "GDF files are not supported (EDF, EDF+, BDF and BDF+ are)", false;
    const bool edf = first.startsWith('0'), bdf = first.startsWith("\xff" "BIOSEMI");
    if (!edf && !bdf)
        return *why = QStringLiteral("not an EDF or BDF file (it starts with '%1', not '0' or "
                                     "0xFF BIOSEMI)")
                          .arg(QString::fromLatin1(first.left(8).toHex(' '))),
               false;
    const qint64 headerBytes = announcedHeaderBytes(first);
    if (headerBytes < 256 || headerBytes > 256LL * 4097)
        return *why = QStringLiteral("the header size field '%1' is not a valid size")
                          .arg(QString::fromLatin1(first.mid(184, 8)).trimmed()),
               false;
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
    QByteArray bytes;
    qint64 fileSize = 0;
    QString why;
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
            issues.push_back({HeaderIssue::Severity::Warning, {},
                              refusal + "; read by the tolerant reader"});
    }
    rec->warnings_ = issues;
    rec->info_ = rec->source_->info();
    rec->info_.path = path;
    const QVector<int> dataSignals = rec->header_.dataSignals();
    for (int i = 0; i < rec->info_.signalInfos.size() && i < dataSignals.size(); ++i)
        rec->info_.signalInfos[i].headerIndex = dataSignals[i];
    return rec;
}

bool Recording::checkRange(int signal, qint64 start, qint64 count, QString* error) const {
    if (signal < 0 || signal >= info_.signalInfos.size()) {
        *error = QStringLiteral("%1: no signal %2 (the file has %3)")
                     .arg(info_.path)
                     .arg(signal)
                     .arg(info_.signalInfos.size());
        return false;
    }
    const qint64 n = info_.signalInfos[signal].samples;
    if (start < 0 || count < 0 || start + count > n) {
        *error = QStringLiteral("%1: samples %2..%3 of '%4' are outside the %5 it has")
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
    return source_->readPhysical(signal, start, count, out, error) &&
           unclip(signal, start, count, nullptr, out, error);
}

bool Recording::readDigital(int signal, qint64 start, qint64 count, qint32* out,
                            QString* error) const {
    if (!checkRange(signal, start, count, error)) return false;
    if (count == 0) return true;
    return source_->readDigital(signal, start, count, out, error) &&
           unclip(signal, start, count, out, nullptr, error);
}

bool Recording::unclip(int signal, qint64 start, qint64 count, qint32* digital, double* physical,
                       QString* error) const {
    if (source_->name() != QLatin1String("EDFlib")) return true;
    const EdfSignalHeader& h = header_.signalHeaders[info_.signalInfos[signal].headerIndex];
    const double bitValue = h.bitValue(), offset = h.offset();
    const double low = bitValue * (offset + h.digMin), high = bitValue * (offset + h.digMax);
    auto atBound = [&](qint64 i) {
        return digital ? (digital[i] == h.digMin || digital[i] == h.digMax)
                       : (physical[i] == low || physical[i] == high);
    };
    for (qint64 i = 0; i < count; ++i) {
        if (!atBound(i)) continue;
        QMutexLocker lock(&rawMutex_);
        if (!raw_) {
            raw_ = std::make_unique<RecordDecoder>();
            if (!raw_->open(info_.path, header_, error)) {
                raw_.reset();
                return false;
            }
        }
        raw_->forEachDigital(info_.signalInfos[signal].headerIndex, start + i, 1,
                             [&](qint64, qint32 d) {
                                 if (digital) digital[i] = d;
                                 if (physical) physical[i] = bitValue * (offset + d);
                             });
    }
    return true;
}

bool Recording::readFloat(int signal, qint64 start, qint64 count, QVector<float>* out,
                          QString* error) const {
    QVector<double> buffer(count);
    if (!readPhysical(signal, start, count, buffer.data(), error)) return false;
    out->resize(count);
    for (qint64 i = 0; i < count; ++i) (*out)[i] = static_cast<float>(buffer[i]);
    return true;
}

bool Recording::readMicrovolts(int signal, qint64 start, qint64 count, QVector<float>* out,
                               QString* error) const {
    if (!checkRange(signal, start, count, error)) return false;
    const auto factor = microvoltFactor(info_.signalInfos[signal].unit);
    if (!factor) {
        *error = QStringLiteral("%1: signal '%2' is in '%3', not a voltage")
                     .arg(info_.path, info_.signalInfos[signal].label,
                          info_.signalInfos[signal].unit);
        return false;
    }
    QVector<double> buffer(count);
    if (!readPhysical(signal, start, count, buffer.data(), error)) return false;
    out->resize(count);
    for (qint64 i = 0; i < count; ++i) (*out)[i] = static_cast<float>(buffer[i] * *factor);
    return true;
}

}  // namespace alfee::core
