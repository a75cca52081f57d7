// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/edflib_source.h"

#include <edflib.h>
#include <QCoreApplication>

#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace alfee::core {
namespace {

// EDFlib keeps its open files in a global table that is not safe to change concurrently.
QMutex& edflibTableMutex() {
    static QMutex mutex;
    return mutex;
}

// Shared registry: canonical path -> open EDFlib file.
QHash<QString, std::weak_ptr<EdflibFile>>& openFiles() {
    static QHash<QString, std::weak_ptr<EdflibFile>> files;
    return files;
}

QString trimmed(const char* text) {
    return QString::fromLatin1(text).trimmed();
}

QString formatName(int filetype) {
    switch (filetype) {
        case EDFLIB_FILETYPE_EDF:
            return "EDF";
        case EDFLIB_FILETYPE_EDFPLUS:
            return "EDF+";
        case EDFLIB_FILETYPE_BDF:
            return "BDF";
        default:
            return "BDF+";
    }
}

RecordingInfo infoFrom(const edf_hdr_struct& hdr, int handle, const QString& path);

}  // namespace

// One open EDFlib handle and what EDFlib read from its header.
struct EdflibFile {
    int handle = -1;
    QMutex mutex;
    RecordingInfo info;

    ~EdflibFile() {
        QMutexLocker lock(&edflibTableMutex());
        edfclose_file(handle);
    }
};

const RecordingInfo& EdflibSource::info() const {
    return file_->info;
}

QString EdflibSource::describeError(int code) {
    switch (code) {
        case EDFLIB_MALLOC_ERROR:
            return QCoreApplication::translate("alfee::core", "out of memory");
        case EDFLIB_NO_SUCH_FILE_OR_DIRECTORY:
            return QCoreApplication::translate("alfee::core", "no such file");
        case EDFLIB_FILE_CONTAINS_FORMAT_ERRORS:
            return QCoreApplication::translate("alfee::core",
                                               "the file breaks the EDF(+)/BDF(+) rules");
        case EDFLIB_MAXFILES_REACHED:
            return QCoreApplication::translate("alfee::core", "too many files open");
        case EDFLIB_FILE_READ_ERROR:
            return QCoreApplication::translate("alfee::core", "read error");
        case EDFLIB_FILE_ALREADY_OPENED:
            return QCoreApplication::translate("alfee::core", "the file is already open");
        case EDFLIB_FILETYPE_ERROR:
            return QCoreApplication::translate("alfee::core", "not an EDF or BDF file");
        case EDFLIB_NUMBER_OF_SIGNALS_INVALID:
            return QCoreApplication::translate("alfee::core", "invalid number of signals");
        case EDFLIB_FILE_IS_DISCONTINUOUS:
            return QCoreApplication::translate("alfee::core",
                                               "it reads no discontinuous (EDF+D) file");
        case EDFLIB_INVALID_READ_ANNOTS_VALUE:
            return QCoreApplication::translate("alfee::core", "invalid annotation mode");
        default:
            return QCoreApplication::translate("alfee::core", "error %1").arg(code);
    }
}

std::unique_ptr<EdflibSource> EdflibSource::open(const QString& path, QString* refusal) {
    const QString key = QFileInfo(path).canonicalFilePath();
    QMutexLocker lock(&edflibTableMutex());
    if (auto shared = openFiles().value(key).lock())
        return std::unique_ptr<EdflibSource>(new EdflibSource(shared));
    auto hdr = std::make_unique<edf_hdr_struct>();  // about 150 KB: never on the stack
    const int rc = edfopen_file_readonly(path.toLocal8Bit().constData(), hdr.get(),
                                         EDFLIB_READ_ALL_ANNOTATIONS);
    if (rc < 0) {
        *refusal = QCoreApplication::translate("alfee::core", "EDFlib refuses it: %1 (code %2)")
                       .arg(describeError(hdr->filetype))
                       .arg(hdr->filetype);
        return nullptr;
    }
    auto file = std::make_shared<EdflibFile>();
    file->handle = hdr->handle;
    file->info = infoFrom(*hdr, hdr->handle, path);
    openFiles().insert(key, file);
    return std::unique_ptr<EdflibSource>(new EdflibSource(file));
}

EdflibSource::~EdflibSource() = default;

namespace {

RecordingInfo infoFrom(const edf_hdr_struct& hdr, int handle, const QString& path) {
    RecordingInfo info;
    info.path = path;
    info.format = formatName(hdr.filetype);
    info.discontinuous = false;  // EDFlib refuses EDF+D
    info.patient = trimmed(hdr.patient);
    info.recordingId = trimmed(hdr.recording);
    info.start = QDateTime(QDate(hdr.startdate_year, hdr.startdate_month, hdr.startdate_day),
                           QTime(hdr.starttime_hour, hdr.starttime_minute, hdr.starttime_second));
    info.startSubsecond100ns = hdr.starttime_subsecond;
    info.records = hdr.datarecords_in_file;
    info.recordDuration = hdr.datarecord_duration / 1e7;
    int headerIndex = 0;
    for (int i = 0; i < hdr.edfsignals; ++i, ++headerIndex) {
        const edf_param_struct& p = hdr.signalparam[i];
        SignalInfo s;
        s.headerIndex = headerIndex;  // Recording corrects it from its own header parse
        s.label = trimmed(p.label);
        s.transducer = trimmed(p.transducer);
        s.unit = trimmed(p.physdimension);
        s.prefilter = trimmed(p.prefilter);
        s.physMin = p.phys_min;
        s.physMax = p.phys_max;
        s.digMin = p.dig_min;
        s.digMax = p.dig_max;
        s.samplesPerRecord = p.smp_in_datarecord;
        s.rateHz = info.recordDuration > 0 ? p.smp_in_datarecord / info.recordDuration : 0.0;
        s.samples = p.smp_in_file;
        info.signalInfos.push_back(s);
    }
    for (long long n = 0; n < hdr.annotations_in_file; ++n) {
        edf_annotation_struct a;
        if (edf_get_annotation(handle, static_cast<int>(n), &a) != 0) continue;
        info.annotations.push_back(
            {a.onset, a.duration_l < 0 ? -1 : a.duration_l, QString::fromUtf8(a.annotation)});
    }
    info.segments.push_back({0, info.records, 0.0});
    return info;
}

}  // namespace

bool EdflibSource::seek(int signal, qint64 start, QString* error) {
    if (edfseek(file_->handle, signal, start, EDFSEEK_SET) != start) {
        *error = QCoreApplication::translate("alfee::core", "EDFlib cannot seek to sample %1")
                     .arg(start);
        return false;
    }
    return true;
}

bool EdflibSource::readPhysical(int signal, qint64 start, qint64 count, double* out,
                                QString* error) {
    QMutexLocker lock(&file_->mutex);
    if (!seek(signal, start, error)) return false;
    if (edfread_physical_samples(file_->handle, signal, static_cast<int>(count), out) != count) {
        *error = QCoreApplication::translate("alfee::core", "EDFlib read fewer samples than asked");
        return false;
    }
    return true;
}

bool EdflibSource::readDigital(int signal, qint64 start, qint64 count, qint32* out,
                               QString* error) {
    QMutexLocker lock(&file_->mutex);
    if (!seek(signal, start, error)) return false;
    if (edfread_digital_samples(file_->handle, signal, static_cast<int>(count), out) != count) {
        *error = QCoreApplication::translate("alfee::core", "EDFlib read fewer samples than asked");
        return false;
    }
    return true;
}

}  // namespace alfee::core
