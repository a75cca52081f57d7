// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/record_decoder.h"

#include <QCoreApplication>

namespace alfee::core {

bool RecordDecoder::open(const QString& path, const EdfHeader& header, QString* error) {
    header_ = header;
    if (header_.records == -1 && header_.recordBytes() > 0)
        header_.records = (header.fileBytes - header.headerBytes) / header_.recordBytes();
    file_.setFileName(path);
    if (!file_.open(QIODevice::ReadOnly)) {
        *error = file_.errorString();
        return false;
    }
    map_ = file_.map(0, file_.size());
    if (!map_) {
        *error = QCoreApplication::translate("alfee::core", "cannot map the file into memory");
        return false;
    }
    return true;
}

QByteArray RecordDecoder::signalBytes(qint64 record, int headerIndex) const {
    const qint64 offset =
        header_.headerBytes + record * header_.recordBytes() + header_.offsetInRecord(headerIndex);
    const qint64 length =
        header_.signalHeaders[headerIndex].samplesPerRecord * header_.bytesPerSample();
    return QByteArray::fromRawData(reinterpret_cast<const char*>(map_ + offset), length);
}

}  // namespace alfee::core
