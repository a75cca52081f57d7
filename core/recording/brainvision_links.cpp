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

}  // namespace

QString biosigReadablePath(const QString& path, std::unique_ptr<QTemporaryDir>* links,
                           QString* why) {
    const QFileInfo header(path);
    if (header.suffix().toLower() != "vhdr") return path;
    const QString dataName = headerValue(path, "DataFile=");
    if (dataName.isEmpty()) return path;  // BioSig says what is wrong with it
    const QString data = header.dir().filePath(dataName);
    if (!QFileInfo::exists(data)) {
        *why = QStringLiteral("its data file %1 (DataFile=) is not there").arg(dataName);
        return {};
    }
    const QFileInfo dataInfo(data);
    if (dataInfo.completeBaseName() == header.completeBaseName() && dataInfo.dir() == header.dir())
        return path;  // where BioSig looks
    *links = std::make_unique<QTemporaryDir>();
    const QDir folder((*links)->path());
    const QString alias = folder.filePath(dataInfo.completeBaseName() + ".vhdr");
    const QString markerName = headerValue(path, "MarkerFile=");
    const QString marker = header.dir().filePath(markerName);
    bool ok = (*links)->isValid() && link(path, alias) &&
              link(data, folder.filePath(dataInfo.fileName()));
    if (ok && !markerName.isEmpty() && QFileInfo::exists(marker))
        ok = link(marker, folder.filePath(QFileInfo(marker).fileName()));
    if (!ok) *why = QStringLiteral("cannot link its files for BioSig in %1").arg(folder.path());
    return ok ? alias : QString();
}

}  // namespace alfee::core
