// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bids/tsv_table.h"

#include <QFile>

namespace alfee::core {

std::optional<TsvTable> readTsv(const QString& path, QString* error, QStringList* warnings) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + ": " + file.errorString();
        return std::nullopt;
    }
    QStringList lines = QString::fromUtf8(file.readAll()).split('\n');
    for (QString& l : lines) l.remove('\r');
    while (!lines.isEmpty() && lines.back().trimmed().isEmpty()) lines.removeLast();
    if (lines.isEmpty() || lines.front().trimmed().isEmpty()) {
        *error = path + ": empty, no header row";
        return std::nullopt;
    }
    TsvTable table;
    for (const QString& c : lines.front().split('\t')) table.columns << c.trimmed();
    for (int i = 1; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty()) continue;
        const QStringList cells = lines[i].split('\t');
        if (cells.size() != table.columns.size())
            warnings->append(QStringLiteral("%1: line %2 has %3 cells, the header %4")
                                 .arg(path)
                                 .arg(i + 1)
                                 .arg(cells.size())
                                 .arg(table.columns.size()));
        QMap<QString, QString> row;
        for (int c = 0; c < table.columns.size() && c < cells.size(); ++c)
            row.insert(table.columns[c], cells[c].trimmed());
        table.rows << row;
    }
    return table;
}

QString cell(const QMap<QString, QString>& row, const QString& column) {
    const QString v = row.value(column);
    return v == QLatin1String("n/a") ? QString() : v;
}

}  // namespace alfee::core
