// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small helpers shared by the C++ benchmarks.

#include <QFile>

namespace alfee::bench {

// The process's peak resident memory (VmHWM) in kB, -1 when unknown.
inline long peakRssKb() {
    QFile f("/proc/self/status");
    if (!f.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:")) return line.mid(6).trimmed().split(' ').front().toLong();
    return -1;
}

}  // namespace alfee::bench
