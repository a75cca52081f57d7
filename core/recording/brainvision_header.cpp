// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/brainvision_header.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace alfee::core {
namespace {

// "Key=Value" lines of the header, keys in lower case (sections do not repeat keys we read).
QHash<QString, QString> headerValues(const QString& vhdrPath) {
    QHash<QString, QString> values;
    QFile header(vhdrPath);
    if (!header.open(QIODevice::ReadOnly)) return values;
    for (const QByteArray& raw : header.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        const int eq = line.indexOf('=');
        if (eq > 0 && !line.startsWith(';'))
            values[line.left(eq).trimmed().toLower()] = line.mid(eq + 1).trimmed();
    }
    return values;
}

int bytesPerSample(const QString& binaryFormat) {
    const QString f = binaryFormat.toUpper();
    if (f == "INT_16" || f == "UINT_16") return 2;
    if (f == "INT_32" || f == "UINT_32" || f == "IEEE_FLOAT_32") return 4;
    if (f == "IEEE_FLOAT_64") return 8;
    return 0;
}

}  // namespace

std::optional<qint64> brainVisionDataPoints(const QString& vhdrPath) {
    const QHash<QString, QString> v = headerValues(vhdrPath);
    if (v.value("dataformat", "BINARY").compare("BINARY", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    // An amplifier export (.ahdr) stores one channel more than it names (MNE's reading).
    const bool ahdr = QFileInfo(vhdrPath).suffix().toLower() == "ahdr";
    const int channels = v.value("numberofchannels").toInt() + (ahdr ? 1 : 0);
    const int bytes = bytesPerSample(v.value("binaryformat", "INT_16"));
    const QFileInfo data(QFileInfo(vhdrPath).dir(), v.value("datafile"));
    if (channels <= 0 || bytes == 0 || v.value("datafile").isEmpty() || !data.exists())
        return std::nullopt;
    return data.size() / (qint64(channels) * bytes);
}

}  // namespace alfee::core
