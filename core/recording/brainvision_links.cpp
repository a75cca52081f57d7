// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/brainvision_links.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace alfee::core {
namespace {

// The value of `key` ("DataFile=") in a BrainVision header; empty when it has none.
QString headerValue(const QString& path, const QString& key) {
    QFile header(path);
    if (!header.open(QIODevice::ReadOnly)) return {};
    for (const QByteArray& raw : header.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(key, Qt::CaseInsensitive)) return line.mid(key.size());
    }
    return {};
}

bool link(const QString& target, const QString& linkPath) {
    return QFile::link(QFileInfo(target).absoluteFilePath(), linkPath);
}

// An amplifier export's header (.ahdr) as BioSig reads a .vhdr: its data hold one channel more
// than NumberOfChannels says (MNE's reading), named here so that it can be dropped after.
QByteArray vhdrOfAhdr(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    int channels = 0;
    qsizetype lastChannel = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.toLower().startsWith("numberofchannels=")) {
            channels = line.mid(17).toInt();
            lines[i] = "NumberOfChannels=" + QByteArray::number(channels + 1) + "\r";
        }
        if (line.startsWith("Ch") && line.contains('=') &&
            line.mid(2, line.indexOf('=') - 2).toInt() > 0)
            lastChannel = i;
    }
    if (channels <= 0 || lastChannel < 0) return {};
    lines.insert(lastChannel + 1, "Ch" + QByteArray::number(channels + 1) + "=" +
                                      QByteArray(kAhdrChannel) + ",,1,uV\r");
    return lines.join('\n');
}

}  // namespace

QString biosigReadablePath(const QString& path, std::unique_ptr<QTemporaryDir>* links,
                           QString* why) {
    const QFileInfo header(path);
    const bool ahdr = header.suffix().toLower() == "ahdr";
    if (header.suffix().toLower() != "vhdr" && !ahdr) return path;
    const QString dataName = headerValue(path, "DataFile=");
    if (dataName.isEmpty()) return path;  // BioSig says what is wrong with it
    const QString data = header.dir().filePath(dataName);
    if (!QFileInfo::exists(data)) {
        *why = QStringLiteral("its data file %1 (DataFile=) is not there").arg(dataName);
        return {};
    }
    const QFileInfo dataInfo(data);
    if (!ahdr && dataInfo.completeBaseName() == header.completeBaseName() &&
        dataInfo.dir() == header.dir())
        return path;  // where BioSig looks
    *links = std::make_unique<QTemporaryDir>();
    const QDir folder((*links)->path());
    const QString alias = folder.filePath(dataInfo.completeBaseName() + ".vhdr");
    const QString markerName = headerValue(path, "MarkerFile=");
    const QString marker = header.dir().filePath(markerName);
    QFile translated(alias);
    bool ok =
        (*links)->isValid() &&
        (ahdr ? translated.open(QIODevice::WriteOnly) && translated.write(vhdrOfAhdr(path)) > 0
              : link(path, alias)) &&
        link(data, folder.filePath(dataInfo.fileName()));
    translated.close();
    if (ok && !markerName.isEmpty() && QFileInfo::exists(marker))
        ok = link(marker, folder.filePath(QFileInfo(marker).fileName()));
    if (!ok) *why = QStringLiteral("cannot link its files for BioSig in %1").arg(folder.path());
    return ok ? alias : QString();
}

}  // namespace alfee::core
