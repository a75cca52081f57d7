// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The EDF/BDF header as written in the file: raw field texts plus the numbers parsed from them.

#include <QByteArray>
#include <QString>
#include <QVector>

namespace alfee::core {

// One signal's header fields (EDF spec section 2.1, 16..32-byte fields per signal).
struct EdfSignalHeader {
    QByteArray label, transducer, unit, physMinText, physMaxText, digMinText, digMaxText, prefilter,
        samplesText, reserved;
    double physMin = 0, physMax = 0;
    qint64 digMin = 0, digMax = 0;
    qint64 samplesPerRecord = 0;
    bool physMinOk = false, physMaxOk = false, digMinOk = false, digMaxOk = false,
         samplesOk = false;

    bool isAnnotation(bool bdf) const;
    // EDFlib's conversion, bitvalue * (offset + digital): the tolerant reader must give the
    // very same floats as EDFlib.
    double bitValue() const;
    double offset() const;
};

// The fixed 256-byte part and all signal headers of one file.
struct EdfHeader {
    bool bdf = false;
    QByteArray version, patient, recording, startDate, startTime, headerBytesText, reserved,
        recordsText, durationText, signalCountText;
    qint64 headerBytes = 0;
    qint64 records = 0;
    double recordDuration = 0;
    int signalCount = 0;
    bool headerBytesOk = false, recordsOk = false, durationOk = false, signalCountOk = false;
    QVector<EdfSignalHeader> signalHeaders;
    qint64 fileBytes = 0;

    int bytesPerSample() const { return bdf ? 3 : 2; }
    qint64 recordBytes() const;
    qint64 offsetInRecord(int headerIndex) const;  // byte offset of a signal inside a record
    bool isPlus() const;                           // EDF+ or BDF+
    bool isDiscontinuous() const;                  // the reserved field says "+D"
    QVector<int> annotationSignals() const;
    QVector<int> dataSignals() const;
    QString formatName() const;  // "EDF", "EDF+", "BDF", "BDF+"
};

// Reads the whole header of an EDF/BDF file. Fails only where nothing can be read: too short, or
// not EDF/BDF at all; everything else is parsed as far as it goes and judged by checkEdfHeader().
bool parseEdfHeader(const QByteArray& bytes, qint64 fileBytes, EdfHeader* header, QString* error);

// How many header bytes the fixed part announces, or -1 when the first 256 bytes say nothing
// usable.
qint64 announcedHeaderBytes(const QByteArray& first256);

}  // namespace alfee::core
