#include "core/recording/edflib_source.h"

#include <edflib.h>

#include <QMutexLocker>

namespace alfee::core {
namespace {

// EDFlib keeps its open files in a global table that is not safe to change concurrently.
QMutex& edflibTableMutex() {
    static QMutex mutex;
    return mutex;
}

QString trimmed(const char* text) { return QString::fromLatin1(text).trimmed(); }

QString formatName(int filetype) {
    switch (filetype) {
        case EDFLIB_FILETYPE_EDF: return "EDF";
        case EDFLIB_FILETYPE_EDFPLUS: return "EDF+";
        case EDFLIB_FILETYPE_BDF: return "BDF";
        default: return "BDF+";
    }
}

}  // namespace

QString EdflibSource::describeError(int code) {
    switch (code) {
        case EDFLIB_MALLOC_ERROR: return "out of memory";
        case EDFLIB_NO_SUCH_FILE_OR_DIRECTORY: return "no such file";
        case EDFLIB_FILE_CONTAINS_FORMAT_ERRORS: return "the file breaks the EDF(+)/BDF(+) rules";
        case EDFLIB_MAXFILES_REACHED: return "too many files open";
        case EDFLIB_FILE_READ_ERROR: return "read error";
        case EDFLIB_FILE_ALREADY_OPENED: return "the file is already open";
        case EDFLIB_FILETYPE_ERROR: return "not an EDF or BDF file";
        case EDFLIB_NUMBER_OF_SIGNALS_INVALID: return "invalid number of signals";
        case EDFLIB_FILE_IS_DISCONTINUOUS: return "EDFlib does not read discontinuous (EDF+D) files";
        case EDFLIB_INVALID_READ_ANNOTS_VALUE: return "invalid annotation mode";
        default: return QStringLiteral("error %1").arg(code);
    }
}

std::unique_ptr<EdflibSource> EdflibSource::open(const QString& path, QString* refusal) {
    auto hdr = std::make_unique<edf_hdr_struct>();  // about 150 KB: never on the stack
    int rc;
    {
        QMutexLocker lock(&edflibTableMutex());
        rc = edfopen_file_readonly(path.toLocal8Bit().constData(), hdr.get(),
                                   EDFLIB_READ_ALL_ANNOTATIONS);
    }
    if (rc < 0) {
        *refusal = QStringLiteral("EDFlib %1 (code %2)").arg(describeError(hdr->filetype)).arg(hdr->filetype);
        return nullptr;
    }
    std::unique_ptr<EdflibSource> source(new EdflibSource);
    source->handle_ = hdr->handle;
    source->fillInfo(*hdr, path);
    return source;
}

EdflibSource::~EdflibSource() {
    if (handle_ < 0) return;
    QMutexLocker lock(&edflibTableMutex());
    edfclose_file(handle_);
}

void EdflibSource::fillInfo(const edf_hdr_struct& hdr, const QString& path) {
    info_.path = path;
    info_.format = formatName(hdr.filetype);
    info_.discontinuous = false;  // EDFlib refuses EDF+D
    info_.patient = trimmed(hdr.patient);
    info_.recordingId = trimmed(hdr.recording);
    info_.start = QDateTime(QDate(hdr.startdate_year, hdr.startdate_month, hdr.startdate_day),
                            QTime(hdr.starttime_hour, hdr.starttime_minute, hdr.starttime_second));
    info_.startSubsecond100ns = hdr.starttime_subsecond;
    info_.records = hdr.datarecords_in_file;
    info_.recordDuration = hdr.datarecord_duration / 1e7;
    int headerIndex = 0;
    for (int i = 0; i < hdr.edfsignals; ++i, ++headerIndex) {
        const edf_param_struct& p = hdr.signalparam[i];
        SignalInfo s;
        s.headerIndex = headerIndex;  // corrected below for annotation signals placed before
        s.label = trimmed(p.label);
        s.transducer = trimmed(p.transducer);
        s.unit = trimmed(p.physdimension);
        s.prefilter = trimmed(p.prefilter);
        s.physMin = p.phys_min;
        s.physMax = p.phys_max;
        s.digMin = p.dig_min;
        s.digMax = p.dig_max;
        s.samplesPerRecord = p.smp_in_datarecord;
        s.rateHz = info_.recordDuration > 0 ? p.smp_in_datarecord / info_.recordDuration : 0.0;
        s.samples = p.smp_in_file;
        info_.signalInfos.push_back(s);
    }
    for (long long n = 0; n < hdr.annotations_in_file; ++n) {
        edf_annotation_struct a;
        if (edf_get_annotation(handle_, static_cast<int>(n), &a) != 0) continue;
        info_.annotations.push_back(
            {a.onset, a.duration_l < 0 ? -1 : a.duration_l, QString::fromUtf8(a.annotation)});
    }
    info_.segments.push_back({0, info_.records, 0.0});
}

bool EdflibSource::seek(int signal, qint64 start, QString* error) {
    if (edfseek(handle_, signal, start, EDFSEEK_SET) != start) {
        *error = QStringLiteral("EDFlib cannot seek to sample %1").arg(start);
        return false;
    }
    return true;
}

bool EdflibSource::readPhysical(int signal, qint64 start, qint64 count, double* out,
                                QString* error) {
    QMutexLocker lock(&mutex_);
    if (!seek(signal, start, error)) return false;
    if (edfread_physical_samples(handle_, signal, static_cast<int>(count), out) != count) {
        *error = QStringLiteral("EDFlib read fewer samples than asked");
        return false;
    }
    return true;
}

bool EdflibSource::readDigital(int signal, qint64 start, qint64 count, qint32* out,
                               QString* error) {
    QMutexLocker lock(&mutex_);
    if (!seek(signal, start, error)) return false;
    if (edfread_digital_samples(handle_, signal, static_cast<int>(count), out) != count) {
        *error = QStringLiteral("EDFlib read fewer samples than asked");
        return false;
    }
    return true;
}

}  // namespace alfee::core
