// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/recording_formats.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "core/recording/brainvision_header.h"
#include "core/recording/fif_links.h"

namespace alfee::core {

bool haveBiosig() {
#ifdef ALFEE_WITH_BIOSIG
    return true;
#else
    return false;
#endif
}

bool haveXdf() {
#ifdef ALFEE_WITH_XDF
    return true;
#else
    return false;
#endif
}

bool isXdfFileName(const QString& path) {
    return haveXdf() && QFileInfo(path).suffix().toLower() == "xdf";
}

bool haveEeglab() {
#ifdef ALFEE_WITH_MATIO
    return true;
#else
    return false;
#endif
}

QString readableFormats() {
    QStringList formats{"EDF", "BDF", "BrainVision .vhdr/.ahdr", "Neuroscan CNT", "FIF"};
    if (haveBiosig()) formats << "GDF";
    if (haveEeglab()) formats << "EEGLAB .set";
    if (haveXdf()) formats << "XDF";
    return formats.join(", ");
}

QStringList recordingSuffixes() {
    // BCI2000's .dat is left to explicit opening: many other programs write .dat files.
    QStringList suffixes{"edf", "bdf", "vhdr", "ahdr", "cnt", "fif"};
    if (haveBiosig()) suffixes << "gdf";
    if (haveEeglab()) suffixes << "set";
    if (haveXdf()) suffixes << "xdf";
    return suffixes;
}

bool isRecordingFileName(const QString& path) {
    return recordingSuffixes().contains(QFileInfo(path).suffix().toLower()) ||
           path.endsWith(".fif.gz", Qt::CaseInsensitive);
}

QString recordingFilePatterns() {
    QStringList patterns;
    for (const QString& s : recordingSuffixes()) patterns << "*." + s << "*." + s.toUpper();
    if (haveBiosig()) patterns << "*.dat";
    return patterns.join(' ');
}

QStringList recordingFileSet(const QString& path) {
    QStringList files{path};
    if (path.endsWith(".fif", Qt::CaseInsensitive)) return files + laterFifParts(path);
    if (isEeglabFileName(path)) {  // EEGLAB names its data file after the dataset
        const QFileInfo fdt(QFileInfo(path).dir(), QFileInfo(path).completeBaseName() + ".fdt");
        if (fdt.exists()) files << fdt.filePath();
        return files;
    }
    if (!isBrainVisionFileName(path)) return files;
    QString why;
    const auto header = readBrainVisionIni(path, &why);
    if (!header) return files;
    const QDir dir = QFileInfo(path).dir();
    for (const char* key : {"datafile", "markerfile"})
        if (const QString name = header->value(kBvCommon, key); !name.isEmpty())
            files << dir.filePath(name);
    return files;
}

qint64 recordingFileBytes(const QString& path) {
    qint64 bytes = 0;
    for (const QString& part : recordingFileSet(path)) bytes += QFileInfo(part).size();
    return bytes;
}

QString otherFormatHint(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    auto tr = [](const char* text) { return QCoreApplication::translate("alfee::core", text); };
    if ((suffix == "set" || suffix == "fdt") && !haveEeglab())
        return tr(
            "an EEGLAB dataset, which this program does not read: in EEGLAB, File > "
            "Export > Data to EDF/BDF/GDF file, then import that file");
    if (suffix == "xdf" && !haveXdf())
        return tr(
            "an XDF (Lab Streaming Layer) file, which this build does not read (it was built "
            "without libxdf): in Python, pyxdf and MNE can export it as EDF");
    return {};
}

bool isFifFileName(const QString& path) {
    return QFileInfo(path).suffix().toLower() == "fif" ||
           path.endsWith(".fif.gz", Qt::CaseInsensitive);
}

bool isCntFileName(const QString& path) {
    return QFileInfo(path).suffix().toLower() == "cnt";
}

bool isBrainVisionFileName(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == "vhdr" || suffix == "ahdr";
}

bool isEeglabFileName(const QString& path) {
    return haveEeglab() && QFileInfo(path).suffix().toLower() == "set";
}

bool isBiosigFileName(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return haveBiosig() && (suffix == "gdf" || suffix == "cnt" || suffix == "dat");
}

QString notARecordingReason(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    auto tr = [](const char* text) { return QCoreApplication::translate("alfee::core", text); };
    if (const QString hint = otherFormatHint(path); !hint.isEmpty()) return hint;
    if (suffix == "eeg" || suffix == "vmrk")
        return tr("part of a BrainVision recording: it is read through its .vhdr file");
    if (suffix == "amrk")
        return tr("the markers of a BrainVision amplifier export: read through its .ahdr file");
    if (suffix == "fdt" && haveEeglab())
        return tr("the samples of an EEGLAB dataset: it is read through its .set file");
    if (!haveBiosig() && suffix == "gdf")
        return tr("this build does not read GDF (it was built without BioSig)");
    return tr("not a recording (%1)").arg(readableFormats());
}

}  // namespace alfee::core
