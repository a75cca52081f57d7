// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A file read whole into memory, for the readers that parse a format from its bytes (CNT,
// FIF), with the size limit they share.

#include <QByteArray>
#include <QString>

namespace alfee::core {

inline constexpr qint64 kMaxWholeFileBytes = qint64(4) << 30;

// False with *why (the system's reason, or the size) when it cannot be read.
bool readWholeFile(const QString& path, QByteArray* bytes, QString* why);

}  // namespace alfee::core
