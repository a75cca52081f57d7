// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataset/summary_rows.h"

namespace alfee::core {

QVector<SummaryRow> summaryRows(const QJsonObject& summary) {
    QVector<SummaryRow> rows{{SummaryRow::Kind::All, {}, {}, summary["classes"].toObject()}};
    const QJsonObject splits = summary["splits"].toObject();
    for (const char* s : {"train", "validation", "test"})
        if (splits.contains(QLatin1String(s)))
            rows.push_back({SummaryRow::Kind::Split, QLatin1String(s), QLatin1String(s),
                            splits[QLatin1String(s)].toObject()});
    const QJsonObject subjects = summary["subjects"].toObject();
    const QJsonObject where = summary["subject_split"].toObject();
    for (auto it = subjects.begin(); it != subjects.end(); ++it)  // QJsonObject: sorted keys
        rows.push_back({SummaryRow::Kind::Subject, it.key(), where[it.key()].toString(),
                        it.value().toObject()});
    return rows;
}

}  // namespace alfee::core
