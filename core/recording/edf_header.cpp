// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/edf_header.h"

#include <QCoreApplication>

namespace alfee::core {
namespace {

QByteArray field(const QByteArray& bytes, qint64 offset, int length) {
    QByteArray f = bytes.mid(offset, length);
    while (!f.isEmpty() && (f.back() == ' ' || f.back() == '\0')) f.chop(1);
    return f;
}

double toDouble(const QByteArray& text, bool* ok) {
    return text.trimmed().toDouble(ok);
}
qint64 toInt(const QByteArray& text, bool* ok) {
    return text.trimmed().toLongLong(ok);
}

}  // namespace

bool EdfSignalHeader::isAnnotation(bool bdf) const {
    return label == (bdf ? "BDF Annotations" : "EDF Annotations") || label == "EDF Annotations" ||
           label == "BDF Annotations";
}

double EdfSignalHeader::bitValue() const {
    return (physMax - physMin) / static_cast<double>(digMax - digMin);
}

double EdfSignalHeader::offset() const {
    return physMax / bitValue() - static_cast<double>(digMax);
}

qint64 EdfHeader::recordBytes() const {
    qint64 samples = 0;
    for (const auto& s : signalHeaders) samples += s.samplesPerRecord;
    return samples * bytesPerSample();
}

qint64 EdfHeader::offsetInRecord(int headerIndex) const {
    qint64 samples = 0;
    for (int i = 0; i < headerIndex; ++i) samples += signalHeaders[i].samplesPerRecord;
    return samples * bytesPerSample();
}

bool EdfHeader::isPlus() const {
    return reserved.startsWith("EDF+C") || reserved.startsWith("EDF+D") ||
           reserved.startsWith("BDF+C") || reserved.startsWith("BDF+D");
}

bool EdfHeader::isDiscontinuous() const {
    return reserved.startsWith("EDF+D") || reserved.startsWith("BDF+D");
}

QVector<int> EdfHeader::annotationSignals() const {
    QVector<int> out;
    if (!isPlus()) return out;
    for (int i = 0; i < signalHeaders.size(); ++i)
        if (signalHeaders[i].isAnnotation(bdf)) out.push_back(i);
    return out;
}

QVector<int> EdfHeader::dataSignals() const {
    QVector<int> out;
    const QVector<int> annotations = annotationSignals();
    for (int i = 0; i < signalHeaders.size(); ++i)
        if (!annotations.contains(i)) out.push_back(i);
    return out;
}

QString EdfHeader::formatName() const {
    return QString(bdf ? "BDF" : "EDF") + (isPlus() ? "+" : "");
}

qint64 announcedHeaderBytes(const QByteArray& first256) {
    if (first256.size() < 256) return -1;
    bool ok = false;
    const qint64 n = toInt(first256.mid(184, 8), &ok);
    return ok ? n : -1;
}

bool parseEdfHeader(const QByteArray& bytes, qint64 fileBytes, EdfHeader* h, QString* error) {
    if (bytes.size() < 256) {
        *error =
            QCoreApplication::translate(
                "alfee::core", "the file is %1 bytes long, shorter than the 256-byte EDF header")
                .arg(bytes.size());
        return false;
    }
    h->bdf = static_cast<unsigned char>(bytes[0]) == 0xFF;
    h->version = bytes.left(8);
    h->patient = field(bytes, 8, 80);
    h->recording = field(bytes, 88, 80);
    h->startDate = field(bytes, 168, 8);
    h->startTime = field(bytes, 176, 8);
    h->headerBytesText = field(bytes, 184, 8);
    h->reserved = field(bytes, 192, 44);
    h->recordsText = field(bytes, 236, 8);
    h->durationText = field(bytes, 244, 8);
    h->signalCountText = field(bytes, 252, 4);
    h->headerBytes = toInt(h->headerBytesText, &h->headerBytesOk);
    h->records = toInt(h->recordsText, &h->recordsOk);
    h->recordDuration = toDouble(h->durationText, &h->durationOk);
    h->signalCount = static_cast<int>(toInt(h->signalCountText, &h->signalCountOk));
    h->fileBytes = fileBytes;
    if (!h->signalCountOk || h->signalCount < 0 || h->signalCount > 4096) {
        *error = QCoreApplication::translate(
                     "alfee::core", "the number of signals '%1' is not a count between 0 and 4096")
                     .arg(QString::fromLatin1(h->signalCountText));
        return false;
    }
    const int ns = h->signalCount;
    if (bytes.size() < 256 + 256 * ns) {
        *error = QCoreApplication::translate(
                     "alfee::core", "the header of %1 signals needs %2 bytes but the file has %3")
                     .arg(ns)
                     .arg(256 + 256 * ns)
                     .arg(bytes.size());
        return false;
    }
    h->signalHeaders.resize(ns);
    qint64 base = 256;
    auto column = [&](int width, auto assign) {
        for (int i = 0; i < ns; ++i)
            assign(h->signalHeaders[i], field(bytes, base + i * width, width));
        base += static_cast<qint64>(width) * ns;
    };
    column(16, [](EdfSignalHeader& s, QByteArray f) { s.label = f; });
    column(80, [](EdfSignalHeader& s, QByteArray f) { s.transducer = f; });
    column(8, [](EdfSignalHeader& s, QByteArray f) { s.unit = f; });
    column(8, [](EdfSignalHeader& s, QByteArray f) {
        s.physMinText = f;
        s.physMin = toDouble(f, &s.physMinOk);
    });
    column(8, [](EdfSignalHeader& s, QByteArray f) {
        s.physMaxText = f;
        s.physMax = toDouble(f, &s.physMaxOk);
    });
    column(8, [](EdfSignalHeader& s, QByteArray f) {
        s.digMinText = f;
        s.digMin = toInt(f, &s.digMinOk);
    });
    column(8, [](EdfSignalHeader& s, QByteArray f) {
        s.digMaxText = f;
        s.digMax = toInt(f, &s.digMaxOk);
    });
    column(80, [](EdfSignalHeader& s, QByteArray f) { s.prefilter = f; });
    column(8, [](EdfSignalHeader& s, QByteArray f) {
        s.samplesText = f;
        s.samplesPerRecord = toInt(f, &s.samplesOk);
    });
    column(32, [](EdfSignalHeader& s, QByteArray f) { s.reserved = f; });
    return true;
}

}  // namespace alfee::core
