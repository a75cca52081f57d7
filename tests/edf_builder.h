// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes small EDF/EDF+ files byte by byte, for cases no real file covers (EDF+D with gaps,
// broken headers).

#include <QByteArray>
#include <QVector>
#include <functional>

namespace alfee::tests {

struct BuiltSignal {
    QByteArray label, unit = "uV", prefilter;
    double physMin = -3276.8, physMax = 3276.7;
    int digMin = -32768, digMax = 32767;
    int samplesPerRecord = 4;
};

inline QByteArray padded(const QByteArray& text, int width) {
    return text.left(width).leftJustified(width, ' ');
}

// Header plus records; `data(record, signal, sample)` gives digital values of data signals and
// `annotations(record)` the bytes of the annotation signal (the last signal when reserved says
// EDF+).
inline QByteArray buildEdf(const QByteArray& reserved, int records, double duration,
                           const QVector<BuiltSignal>& sigs,
                           const std::function<qint16(int, int, int)>& data,
                           const std::function<QByteArray(int)>& annotations = {}) {
    QByteArray h;
    h += padded("0", 8) + padded("X X X X", 80) + padded("Startdate 10-DEC-2009 X X X", 80);
    h += padded("10.12.09", 8) + padded("12.44.02", 8);
    h += padded(QByteArray::number(256 * (sigs.size() + 1)), 8) + padded(reserved, 44);
    h += padded(QByteArray::number(records), 8) + padded(QByteArray::number(duration), 8);
    h += padded(QByteArray::number(sigs.size()), 4);
    for (const auto& s : sigs) h += padded(s.label, 16);
    for (int i = 0; i < sigs.size(); ++i) h += padded("", 80);
    for (const auto& s : sigs) h += padded(s.unit, 8);
    for (const auto& s : sigs) h += padded(QByteArray::number(s.physMin), 8);
    for (const auto& s : sigs) h += padded(QByteArray::number(s.physMax), 8);
    for (const auto& s : sigs) h += padded(QByteArray::number(s.digMin), 8);
    for (const auto& s : sigs) h += padded(QByteArray::number(s.digMax), 8);
    for (const auto& s : sigs) h += padded(s.prefilter, 80);
    for (const auto& s : sigs) h += padded(QByteArray::number(s.samplesPerRecord), 8);
    for (int i = 0; i < sigs.size(); ++i) h += padded("", 32);
    for (int r = 0; r < records; ++r) {
        for (int s = 0; s < sigs.size(); ++s) {
            const int bytes = sigs[s].samplesPerRecord * 2;
            if (sigs[s].label == "EDF Annotations") {
                QByteArray tal = annotations(r);
                tal.append(QByteArray(bytes - tal.size(), '\0'));
                h += tal;
                continue;
            }
            for (int i = 0; i < sigs[s].samplesPerRecord; ++i) {
                const qint16 v = data(r, s, i);
                h += char(v & 0xff);
                h += char((v >> 8) & 0xff);
            }
        }
    }
    return h;
}

}  // namespace alfee::tests
