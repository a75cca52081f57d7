// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Paths and small helpers shared by the Qt tests.

#include <QDir>
#include <QFile>
#include <QString>

namespace alfee::tests {

// tests/data of the source tree (small real recordings and reference values).
inline QString testData(const QString& name) {
    return QStringLiteral(ALFEE_TEST_DATA_DIR) + "/" + name;
}

// shared/data beside the checkout, when there is one (benchmarks and full reference checks).
inline QString sharedData(const QString& name = {}) {
    const QString root = QStringLiteral(ALFEE_SHARED_DATA_DIR);
    return name.isEmpty() ? root : root + "/" + name;
}
inline bool haveSharedData() {
    return QDir(sharedData("eeg")).exists();
}

inline QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeAll(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

}  // namespace alfee::tests
