// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Decodes the digital samples of EDF/BDF data records straight from a memory map of the file.

#include <QFile>

#include "core/recording/edf_header.h"

namespace alfee::core {

// Raw access to data records; the memory map pages in only what is read.
class RecordDecoder {
  public:
    bool open(const QString& path, const EdfHeader& header, QString* error);
    const EdfHeader& header() const { return header_; }

    // The bytes of one signal in one record (annotation signals are read this way).
    QByteArray signalBytes(qint64 record, int headerIndex) const;

    // Calls sink(i, digital) for samples [start, start + count) of the signal at headerIndex.
    template <typename Sink>
    void forEachDigital(int headerIndex, qint64 start, qint64 count, Sink sink) const {
        const qint64 spr = header_.signalHeaders[headerIndex].samplesPerRecord;
        const qint64 recordBytes = header_.recordBytes();
        const qint64 base = header_.headerBytes + header_.offsetInRecord(headerIndex);
        qint64 done = 0;
        while (done < count) {
            const qint64 sample = start + done;
            const qint64 record = sample / spr, within = sample % spr;
            const qint64 n = std::min(spr - within, count - done);
            const uchar* p = map_ + base + record * recordBytes;
            if (header_.bdf) {
                p += within * 3;
                for (qint64 i = 0; i < n; ++i, p += 3) {
                    qint32 v = p[0] | (p[1] << 8) | (p[2] << 16);
                    if (v & 0x800000) v -= 0x1000000;
                    sink(done + i, v);
                }
            } else {
                p += within * 2;
                for (qint64 i = 0; i < n; ++i, p += 2)
                    sink(done + i, static_cast<qint16>(p[0] | (p[1] << 8)));
            }
            done += n;
        }
    }

  private:
    QFile file_;
    const uchar* map_ = nullptr;
    EdfHeader header_;
};

}  // namespace alfee::core
