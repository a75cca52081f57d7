// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/montage/montage_store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

#include "core/workspace/sql_util.h"

namespace alfee::core {

bool MontageStore::save(const Montage& montage, QString* error) {
    if (montage.name.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("alfee::core", "a montage needs a name");
        return false;
    }
    return ws_.transact(
        [&](QString* why) {
            QSqlQuery q(ws_.db());
            return execSql(
                q,
                "INSERT INTO montages(name, json) VALUES(?, ?) "
                "ON CONFLICT(name) DO UPDATE SET json = excluded.json",
                {montage.name,
                 QString::fromUtf8(QJsonDocument(montage.toJson()).toJson(QJsonDocument::Compact))},
                why);
        },
        error);
}

std::optional<Montage> MontageStore::load(const QString& name, QString* error) {
    QSqlQuery q(ws_.db());
    if (!execSql(q, "SELECT json FROM montages WHERE name = ?", {name}, error)) return std::nullopt;
    if (!q.next()) {
        *error = QCoreApplication::translate("alfee::core", "%1: no montage named '%2'")
                     .arg(ws_.path(), name);
        return std::nullopt;
    }
    Montage m;
    if (!Montage::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(), &m,
                           error))
        return std::nullopt;
    return m;
}

QVector<Montage> MontageStore::list(QString* error) {
    QVector<Montage> out;
    QSqlQuery q(ws_.db());
    if (!execSql(q, "SELECT json FROM montages ORDER BY name", {}, error)) return out;
    while (q.next()) {
        Montage m;
        if (Montage::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(), &m,
                              error))
            out.push_back(m);
    }
    return out;
}

}  // namespace alfee::core
