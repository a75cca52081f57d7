// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/brainvision_header.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

namespace alfee::core {
namespace {

// UTF-8 where the file says so or says nothing and is valid UTF-8; Latin-1 otherwise (ANSI).
QString decoded(const QByteArray& bytes) {
    static const QRegularExpression codepage(
        QStringLiteral("^Codepage=(.+)$"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    const QString said = codepage.match(QString::fromLatin1(bytes)).captured(1).trimmed();
    if (said.isEmpty() || said.compare("UTF-8", Qt::CaseInsensitive) == 0) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8.decode(bytes);
        if (!utf8.hasError()) return text;
    }
    return QString::fromLatin1(bytes);
}

}  // namespace

QString BrainVisionIni::value(const QString& section, const QString& key,
                              const QString& fallback) const {
    for (const auto& [k, v] : sections.value(section))
        if (k == key) return v;
    return fallback;
}

bool BrainVisionIni::has(const QString& section, const QString& key) const {
    for (const auto& entry : sections.value(section))
        if (entry.first == key) return true;
    return false;
}

std::optional<BrainVisionIni> readBrainVisionIni(const QString& path, QString* why) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return std::nullopt;
    }
    const QString text = decoded(file.read(16 << 20));  // headers are kilobytes
    BrainVisionIni ini;
    QString section;
    for (const QString& raw : text.split('\n')) {
        const QString line = raw.trimmed();
        if (ini.firstLine.isEmpty() && ini.sections.isEmpty() && !line.isEmpty()) {
            ini.firstLine = line;
            continue;
        }
        if (line.startsWith('[') && line.endsWith(']')) {
            section = line.mid(1, line.size() - 2).trimmed().toLower();
            if (section == "comment") break;  // free text to the end
            continue;
        }
        const int eq = line.indexOf('=');
        if (eq > 0 && !line.startsWith(';') && !line.startsWith('#'))
            ini.sections[section] << qMakePair(line.left(eq).trimmed().toLower(),
                                               line.mid(eq + 1).trimmed());
    }
    return ini;
}

int brainVisionVersion(const QString& firstLine, const QString& kind) {
    for (int version : {1, 2}) {
        const QRegularExpression line(
            QStringLiteral("Brain ?Vision( Core| V-Amp)? Data( Exchange)? %1 File,? Version %2\\.0")
                .arg(kind)
                .arg(version));
        if (line.match(firstLine).hasMatch()) return version;
    }
    return 0;
}

int brainVisionSampleBytes(const QString& binaryFormat) {
    const QString f = binaryFormat.toUpper();
    if (f == "INT_16" || f == "UINT_16") return 2;
    if (f == "INT_32" || f == "UINT_32" || f == "IEEE_FLOAT_32") return 4;
    if (f == "IEEE_FLOAT_64") return 8;
    return 0;
}

}  // namespace alfee::core
