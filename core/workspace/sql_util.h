// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small helpers around QSqlQuery that turn failures into messages.

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace alfee::core {

// Prepares and runs `sql` with positional `values`; on failure sets *error and returns false.
bool execSql(QSqlQuery& query, const QString& sql, const QVariantList& values, QString* error);

}  // namespace alfee::core
