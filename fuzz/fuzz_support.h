// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the fuzz targets: the input as a file on disk (the readers under test open paths),
// and a Qt application object for what needs one (the SQL driver plugins).

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

namespace alfee::fuzz {

// Creates the QCoreApplication once per process; returns false if it cannot.
void ensureApplication();

// Writes the input to a file named `fileName` in this process's scratch folder (on tmpfs where
// there is one) and returns its path; the same path each call, so no file accumulates.
QString writeInput(const uint8_t* data, size_t size, const QString& fileName);

inline QByteArray bytesOf(const uint8_t* data, size_t size) {
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

}  // namespace alfee::fuzz
