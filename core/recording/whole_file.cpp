// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/whole_file.h"

#include <QCoreApplication>
#include <QFile>

namespace alfee::core {

bool readWholeFile(const QString& path, QByteArray* bytes, QString* why) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return false;
    }
    if (file.size() > kMaxWholeFileBytes) {
        *why = QCoreApplication::translate("alfee::core",
                                           "%1 GB, more than this reader holds in memory")
                   .arg(file.size() / 1e9, 0, 'f', 1);
        return false;
    }
    *bytes = file.readAll();
    return true;
}

}  // namespace alfee::core
