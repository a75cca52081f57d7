// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/brainvision_source.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtEndian>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include "core/recording/brainvision_markers.h"

namespace alfee::core {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("alfee::core", text);
}

constexpr qint64 kInt32Min = std::numeric_limits<qint32>::min();
constexpr qint64 kInt32Max = std::numeric_limits<qint32>::max();

template <typename T>
double little(const uchar* at) {
    return double(qFromLittleEndian<T>(at));
}

template <typename F, typename I>
double littleFloat(const uchar* at) {
    const I raw = qFromLittleEndian<I>(at);
    F value;
    std::memcpy(&value, &raw, sizeof value);
    return double(value);
}

// "µV" in any of the spellings files use ("uV", Latin-1 read as UTF-8), default µV.
QString unitOf(QString unit) {
    unit.remove(QChar(0x00C2)).replace(QChar(0x00B5), 'u').replace(QChar(0x03BC), 'u');
    return unit.trimmed().isEmpty() ? QStringLiteral("uV") : unit.trimmed();
}

}  // namespace

std::unique_ptr<BrainVisionSource> BrainVisionSource::open(const QString& path,
                                                           QVector<HeaderIssue>* issues,
                                                           QString* why) {
    const auto ini = readBrainVisionIni(path, why);
    if (!ini) return nullptr;
    if (!ini->sections.contains(kBvCommon)) {
        *why = tr("not a BrainVision header: it has no [Common Infos] section (its first line: "
                  "'%1')")
                   .arg(ini->firstLine.left(80));
        return nullptr;
    }
    std::unique_ptr<BrainVisionSource> source(new BrainVisionSource);
    source->issues_ = issues;
    source->info_.path = path;
    source->info_.format = QStringLiteral("BrainVision");
    if (brainVisionVersion(ini->firstLine, "Header") == 0)
        issues->push_back({HeaderIssue::Severity::Warning, QStringLiteral("version"),
                           tr("its first line ('%1') names no BrainVision version this program "
                              "knows: read as version 1.0")
                               .arg(ini->firstLine.left(80))});
    if (!source->readLayout(*ini, why) || !source->readChannels(*ini, why) ||
        !source->openData(*ini, why))
        return nullptr;
    source->readMarkers(*ini);
    source->issues_ = nullptr;
    return source;
}

bool BrainVisionSource::readLayout(const BrainVisionIni& ini, QString* why) {
    const double interval = ini.value(kBvCommon, "samplinginterval").toDouble();
    const QString dataType = ini.value(kBvCommon, "datatype", "TIMEDOMAIN").toUpper();
    const QString orientation = ini.value(kBvCommon, "dataorientation", "MULTIPLEXED").toUpper();
    const QString dataFormat = ini.value(kBvCommon, "dataformat", "BINARY").toUpper();
    const QString binary = ini.value("binary infos", "binaryformat", "INT_16").toUpper();
    QString problem;  // *why may hold an earlier reader's text
    if (!(interval > 0) || !std::isfinite(interval))
        problem = tr("its SamplingInterval ('%1') is not a positive number of microseconds")
                      .arg(ini.value(kBvCommon, "samplinginterval"));
    else if (dataType != "TIMEDOMAIN")
        problem = tr("it holds %1 data, not samples in time (DataType)").arg(dataType);
    else if (orientation != "MULTIPLEXED" && orientation != "VECTORIZED")
        problem =
            tr("its DataOrientation '%1' is neither MULTIPLEXED nor VECTORIZED").arg(orientation);
    else if (dataFormat != "BINARY" && dataFormat != "ASCII")
        problem = tr("its DataFormat '%1' is neither BINARY nor ASCII").arg(dataFormat);
    else if (dataFormat == "BINARY" && brainVisionSampleBytes(binary) == 0)
        problem = tr("its BinaryFormat '%1' is none of INT_16, UINT_16, INT_32, UINT_32, "
                     "IEEE_FLOAT_32, IEEE_FLOAT_64")
                      .arg(binary);
    if (!problem.isEmpty()) {
        *why = problem;
        return false;
    }
    info_.recordDuration = interval / 1e6;
    vectorized_ = orientation == "VECTORIZED";
    bytes_ = brainVisionSampleBytes(binary);
    const QStringList types{"INT_16",  "UINT_16",       "INT_32",
                            "UINT_32", "IEEE_FLOAT_32", "IEEE_FLOAT_64"};
    type_ = dataFormat == "ASCII" ? Type::Ascii : Type(types.indexOf(binary));
    return true;
}

// "Ch1=Fp1,Ref,0.1,µV": name (commas as \1), reference, resolution (1 where empty), unit (µV
// where absent or empty), as MNE reads them.
bool BrainVisionSource::readChannels(const BrainVisionIni& ini, QString* why) {
    const int named = ini.value(kBvCommon, "numberofchannels").toInt();
    const bool ahdr = QFileInfo(info_.path).suffix().toLower() == "ahdr";
    storedChannels_ = named + (ahdr ? 1 : 0);
    if (named <= 0) {
        *why = tr("its NumberOfChannels ('%1') is not a positive number")
                   .arg(ini.value(kBvCommon, "numberofchannels"));
        return false;
    }
    const bool floats = type_ == Type::Float32 || type_ == Type::Float64 || type_ == Type::Ascii;
    for (int c = 0; c < named; ++c) {
        const QString line = ini.value("channel infos", QStringLiteral("ch%1").arg(c + 1));
        if (line.isEmpty()) {
            *why = tr("its [Channel Infos] has no line Ch%1 for its %2 channels")
                       .arg(c + 1)
                       .arg(named);
            return false;
        }
        const QStringList f = line.split(',');
        const QString resolution = f.value(2).trimmed();
        bool ok = resolution.isEmpty();
        const double r = ok ? 1.0 : resolution.toDouble(&ok);
        if (!ok || !std::isfinite(r)) {
            *why = tr("channel %1's resolution '%2' is not a number").arg(f[0], resolution);
            return false;
        }
        SignalInfo s;
        s.headerIndex = c;
        s.label = QString(f[0]).replace("\\1", ",").trimmed();
        s.unit = unitOf(f.value(3));
        s.rateHz = 1.0 / info_.recordDuration;
        s.samplesPerRecord = 1;
        resolution_ << r;
        digitalStep_ << (floats ? r / 1000.0 : r);
        s.digMin = type_ == Type::Int16 ? -32768 : type_ == Type::UInt16 ? 0 : kInt32Min;
        s.digMax = type_ == Type::Int16 ? 32767 : type_ == Type::UInt16 ? 65535 : kInt32Max;
        s.physMin = s.digMin * digitalStep_.back();
        s.physMax = s.digMax * digitalStep_.back();
        info_.signalInfos << s;
    }
    return true;
}

// The data file the header names; where a renamed header names one that is not there, the data
// file named like the header.
bool BrainVisionSource::openData(const BrainVisionIni& ini, QString* why) {
    const QDir dir = QFileInfo(info_.path).dir();
    QString named = ini.value(kBvCommon, "datafile");
    QString file = named.isEmpty() ? QString() : dir.filePath(named);
    const QString beside = dir.filePath(QFileInfo(info_.path).completeBaseName() + ".eeg");
    if ((file.isEmpty() || !QFileInfo::exists(file)) && QFileInfo::exists(beside)) {
        issues_->push_back({HeaderIssue::Severity::Warning, QStringLiteral("DataFile"),
                            tr("the data file it names ('%1') is not there: read %2 beside it")
                                .arg(named, QFileInfo(beside).fileName())});
        file = beside;
    }
    data_.setFileName(file);
    if (file.isEmpty() || !data_.open(QIODevice::ReadOnly)) {
        *why = tr("its data file '%1' cannot be opened: %2")
                   .arg(named, file.isEmpty() ? tr("the header names none") : data_.errorString());
        return false;
    }
    if (type_ == Type::Ascii ? !parseAscii(ini, why) : !mapBinary(why)) return false;
    countSamples(ini);
    if (samples_ <= 0) {
        *why = tr("its data file %1 holds no samples").arg(QFileInfo(file).fileName());
        return false;
    }
    for (SignalInfo& s : info_.signalInfos) s.samples = samples_;
    info_.records = samples_;
    info_.segments = {{0, samples_, 0.0}};
    return true;
}

bool BrainVisionSource::mapBinary(QString* why) {
    if (data_.size() == 0) return true;  // countSamples says it holds none
    map_ = data_.map(0, data_.size());
    if (!map_) *why = tr("its data file cannot be mapped: %1").arg(data_.errorString());
    return map_ != nullptr;
}

// Binary: whole sample points of the data file (MNE's count), the header's DataPoints beside it;
// a vectorised file is laid out by DataPoints, which the file must hold.
void BrainVisionSource::countSamples(const BrainVisionIni& ini) {
    const qint64 promised = ini.value(kBvCommon, "datapoints").toLongLong();
    if (type_ != Type::Ascii) {
        const qint64 point = qint64(storedChannels_) * bytes_;
        samples_ = data_.size() / point;
        if (vectorized_ && promised > 0) samples_ = std::min(samples_, promised);
        layoutSamples_ = vectorized_ && promised > 0 ? promised : samples_;
        if (data_.size() % point && !vectorized_)
            issues_->push_back({HeaderIssue::Severity::Warning, QStringLiteral("data"),
                                tr("its data file ends in part of a sample point (%1 bytes), "
                                   "left out")
                                    .arg(data_.size() % point)});
    }
    if (promised > 0 && promised != samples_)
        issues_->push_back({HeaderIssue::Severity::Warning, QStringLiteral("DataPoints"),
                            tr("its header promises %1 samples; the data file holds %2: read "
                               "the %2")
                                .arg(promised)
                                .arg(samples_)});
}

// One line a sample point (multiplexed) or a channel (vectorised); SkipLines header lines and
// SkipColumns leading columns (a vectorised file's channel names) left out; values separated by
// blanks, or by commas where the line has no blank; DecimalSymbol "," allowed.
bool BrainVisionSource::parseAscii(const BrainVisionIni& ini, QString* why) {
    const int skipLines = ini.value("ascii infos", "skiplines").toInt();
    const int skipColumns = ini.value("ascii infos", "skipcolumns").toInt();
    const bool comma = ini.value("ascii infos", "decimalsymbol", ".") == ",";
    QVector<QVector<double>> rows;
    int lineNumber = 0;
    while (!data_.atEnd()) {
        QString line = QString::fromLatin1(data_.readLine()).trimmed();
        if (++lineNumber <= skipLines || line.isEmpty()) continue;
        if (comma) line.replace(',', '.');
        static const QRegularExpression blanks(QStringLiteral("\\s+"));
        const QStringList parts =
            line.contains(' ') || line.contains('\t') ? line.split(blanks) : line.split(',');
        QVector<double> row;
        for (int i = skipColumns; i < parts.size(); ++i) {
            bool ok = false;
            row << parts[i].toDouble(&ok);
            if (!ok) {
                *why = tr("line %1 of its data file: '%2' is not a number")
                           .arg(lineNumber)
                           .arg(parts[i]);
                return false;
            }
        }
        rows << row;
    }
    return asciiToChannels(rows, why);
}

// Rows of sample points (multiplexed) or of channels (vectorised) into channel after channel.
bool BrainVisionSource::asciiToChannels(const QVector<QVector<double>>& rows, QString* why) {
    const qint64 n = vectorized_ ? (rows.isEmpty() ? 0 : rows[0].size()) : rows.size();
    const qint64 width = vectorized_ ? n : storedChannels_;
    if (vectorized_ && rows.size() != storedChannels_) {
        *why = tr("its data file holds %1 rows for its %2 channels")
                   .arg(rows.size())
                   .arg(storedChannels_);
        return false;
    }
    for (int r = 0; r < rows.size(); ++r)
        if (rows[r].size() != width) {
            *why = tr("row %1 of its data file holds %2 values, not %3")
                       .arg(r + 1)
                       .arg(rows[r].size())
                       .arg(width);
            return false;
        }
    samples_ = n;
    ascii_.resize(qint64(storedChannels_) * n);
    for (int r = 0; r < rows.size(); ++r)
        for (qint64 i = 0; i < rows[r].size(); ++i)
            ascii_[vectorized_ ? r * n + i : i * n + r] = rows[r][i];
    return true;
}

void BrainVisionSource::readMarkers(const BrainVisionIni& ini) {
    const QString name = ini.value(kBvCommon, "markerfile");
    if (name.isEmpty()) return;
    QString why;
    const auto markers = readBrainVisionMarkerFile(QFileInfo(info_.path).dir().filePath(name),
                                                   1.0 / info_.recordDuration, &why);
    if (!markers) {
        issues_->push_back(
            {HeaderIssue::Severity::Warning, QStringLiteral("MarkerFile"),
             tr("its marker file %1 cannot be read (%2): no markers").arg(name, why)});
        return;
    }
    const qint64 end100ns = std::llround(samples_ * info_.recordDuration * 1e7);
    int outside = 0;
    for (const Annotation& a : markers->annotations) {
        if (a.onset100ns < 0 || a.onset100ns >= end100ns) {
            ++outside;
            continue;
        }
        info_.annotations << a;
    }
    if (outside)
        issues_->push_back(
            {HeaderIssue::Severity::Warning, QStringLiteral("markers"),
             tr("%1 markers lie outside the samples and are left out").arg(outside)});
    info_.start = markers->start;
    info_.startSubsecond100ns = markers->startSubsecond100ns;
}

double BrainVisionSource::stored(int signal, qint64 sample) const {
    if (type_ == Type::Ascii) return ascii_[signal * samples_ + sample];
    const qint64 index =
        vectorized_ ? signal * layoutSamples_ + sample : sample * storedChannels_ + signal;
    const uchar* at = map_ + index * bytes_;
    switch (type_) {
        case Type::Int16:
            return little<qint16>(at);
        case Type::UInt16:
            return little<quint16>(at);
        case Type::Int32:
            return little<qint32>(at);
        case Type::UInt32:
            return little<quint32>(at);
        case Type::Float32:
            return littleFloat<float, quint32>(at);
        case Type::Float64:
            return littleFloat<double, quint64>(at);
        case Type::Ascii:
            break;
    }
    return 0;
}

bool BrainVisionSource::readPhysical(int signal, qint64 start, qint64 count, double* out,
                                     QString*) {
    for (qint64 i = 0; i < count; ++i) out[i] = stored(signal, start + i) * resolution_[signal];
    return true;
}

bool BrainVisionSource::readDigital(int signal, qint64 start, qint64 count, qint32* out, QString*) {
    const double toSteps = resolution_[signal] / digitalStep_[signal];
    for (qint64 i = 0; i < count; ++i)
        out[i] = qint32(std::clamp(std::round(stored(signal, start + i) * toSteps),
                                   double(kInt32Min), double(kInt32Max)));
    return true;
}

}  // namespace alfee::core
