// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzz/fuzz_support.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstdlib>

namespace alfee::fuzz {

void ensureApplication() {
    if (QCoreApplication::instance()) return;
    static int argc = 1;
    static char name[] = "alfee-fuzz";
    static char* argv[] = {name, nullptr};
    new QCoreApplication(argc, argv);  // lives for the process: libFuzzer never returns
}

namespace {

QString scratchFolder() {
    // /dev/shm keeps the millions of writes off the disk.
    static const QString base =
        QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    static QTemporaryDir dir(base + QStringLiteral("/alfee-fuzz-XXXXXX"));
    return dir.path();
}

}  // namespace

QString writeInput(const uint8_t* data, size_t size, const QString& fileName) {
    const QString path = scratchFolder() + '/' + fileName;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();  // not the input's fault
    file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    file.close();
    return path;
}

}  // namespace alfee::fuzz
