// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/brainvision_markers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <cmath>

namespace alfee::core {
namespace {

QString markerFileOf(const QString& vhdrPath) {
    QFile header(vhdrPath);
    if (!header.open(QIODevice::ReadOnly)) return {};
    for (const QByteArray& raw : header.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith("MarkerFile=", Qt::CaseInsensitive))
            return QFileInfo(vhdrPath).dir().filePath(line.mid(11));
    }
    return {};
}

// "Mk2=Stimulus,S  1,1001,1,0": type, description (commas escaped as \1), 1-based position,
// size in samples, channel.
std::optional<Annotation> markerOf(const QString& line, double rateHz) {
    const int eq = line.indexOf('=');
    if (!line.startsWith("Mk", Qt::CaseInsensitive) || eq < 0) return std::nullopt;
    const QStringList f = line.mid(eq + 1).split(',');
    bool ok = false;
    const qint64 position = f.value(2).trimmed().toLongLong(&ok);
    if (f.size() < 3 || !ok) return std::nullopt;
    const qint64 size = std::max<qint64>(1, f.value(3).trimmed().toLongLong());
    Annotation a;
    a.onset100ns = std::llround((position - 1) / rateHz * 1e7);
    a.duration100ns = std::llround(size / rateHz * 1e7);
    a.text = f[0] + "/" + QString(f[1]).replace("\\1", ",");
    return a;
}

}  // namespace

std::optional<QVector<Annotation>> readBrainVisionMarkers(const QString& vhdrPath, double rateHz) {
    const QString path = markerFileOf(vhdrPath);
    QFile file(path);
    if (path.isEmpty() || rateHz <= 0 || !file.open(QIODevice::ReadOnly)) return std::nullopt;
    QVector<Annotation> out;
    bool inMarkers = false;
    for (const QByteArray& raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith('['))
            inMarkers = line.compare("[Marker Infos]", Qt::CaseInsensitive) == 0;
        if (!inMarkers || line.startsWith(';')) continue;
        if (const auto a = markerOf(line, rateHz)) out << *a;
    }
    return out;
}

}  // namespace alfee::core
