// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Tab-separated tables as BIDS writes them: a header row, one row per line, "n/a" for missing.

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace alfee::core {

// One .tsv file: column names and rows of cells by column.
struct TsvTable {
    QStringList columns;
    QVector<QMap<QString, QString>> rows;

    bool has(const QString& column) const { return columns.contains(column); }
};

// Reads `path`; nullopt with *error naming the file when it cannot be read or has no header.
// Rows with fewer or more cells than the header are reported in *warnings and kept.
std::optional<TsvTable> readTsv(const QString& path, QString* error, QStringList* warnings);

// The cell as text; empty for "n/a" and absent columns.
QString cell(const QMap<QString, QString>& row, const QString& column);

}  // namespace alfee::core
