// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The SHA-256 of a file, as run records and model files name the checkpoints they used.

#include <QString>

namespace alfee::core {

// SHA-256 of a file, hex; empty when it cannot be read.
QString fileSha256(const QString& path);

}  // namespace alfee::core
