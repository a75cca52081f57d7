// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/recording_start.h"

#include <QList>

namespace alfee::core {
namespace {

bool threeNumbers(const QByteArray& text, int out[3]) {
    const QList<QByteArray> parts = text.trimmed().split('.');
    if (parts.size() != 3) return false;
    for (int i = 0; i < 3; ++i) {
        bool ok = false;
        out[i] = parts[i].toInt(&ok);
        if (!ok) return false;
    }
    return true;
}

}  // namespace

QDateTime parseEdfStart(const QByteArray& date, const QByteArray& time) {
    int d[3], t[3];
    if (!threeNumbers(date, d) || !threeNumbers(time, t)) return {};
    const int year = d[2] >= 85 ? 1900 + d[2] : 2000 + d[2];
    const QDate qd(year, d[1], d[0]);
    const QTime qt(t[0], t[1], t[2]);
    if (!qd.isValid() || !qt.isValid()) return {};
    return QDateTime(qd, qt);
}

}  // namespace alfee::core
