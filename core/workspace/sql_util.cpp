// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/sql_util.h"

namespace alfee::core {

bool execSql(QSqlQuery& query, const QString& sql, const QVariantList& values, QString* error) {
    if (!query.prepare(sql)) {
        *error =
            QStringLiteral("cannot prepare '%1': %2").arg(sql.left(60), query.lastError().text());
        return false;
    }
    for (const QVariant& v : values) {
        // A null QString would be stored as NULL; text columns want '' for "nothing".
        const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
        query.addBindValue(nullText ? QVariant(QStringLiteral("")) : v);
    }
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

}  // namespace alfee::core
