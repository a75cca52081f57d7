// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/file_hash.h"

#include <QCryptographicHash>
#include <QFile>

namespace alfee::core {

QString fileSha256(const QString& path) {
    QFile f(path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !h.addData(&f)) return {};
    return QString::fromLatin1(h.result().toHex());
}

}  // namespace alfee::core
