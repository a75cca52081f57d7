// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataset/dataset_store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

#include "core/workspace/sql_util.h"

namespace alfee::core {
namespace {

QString compact(const QJsonObject& o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

}  // namespace

bool DatasetStore::save(const DatasetBuild& build, bool replace, qint64* id, QString* error) {
    return ws_.transact(
        [&](QString* why) {
            QSqlQuery q(ws_.db());
            if (!execSql(q, "SELECT id FROM datasets WHERE name = ?", {build.spec.name}, why))
                return false;
            if (q.next()) {
                if (!replace) {
                    *why = QStringLiteral("a dataset named '%1' exists already (use --replace)")
                               .arg(build.spec.name);
                    return false;
                }
                if (!execSql(q, "DELETE FROM datasets WHERE name = ?", {build.spec.name}, why))
                    return false;
            }
            return insert(build.spec, build.summary(), build.items, id, why);
        },
        error);
}

bool DatasetStore::insert(const DatasetSpec& spec, const QJsonObject& summary,
                          const QVector<DatasetItem>& items, qint64* id, QString* why) {
    QSqlQuery q(ws_.db());
    if (!execSql(q,
                 "INSERT INTO datasets(name, spec_json, summary_json, created_at) "
                 "VALUES(?,?,?,?)",
                 {spec.name, compact(spec.toJson()), compact(summary),
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                 why))
        return false;
    *id = q.lastInsertId().toLongLong();
    for (const DatasetItem& item : items)
        if (!execSql(
                q,
                "INSERT INTO dataset_items(dataset_id, recording_id, onset_s, label, "
                "subject, split) VALUES(?,?,?,?,?,?)",
                {*id, item.recordingId, item.onsetSeconds, item.label, item.subject, item.split},
                why))
            return false;
    return true;
}

bool DatasetStore::remove(const QString& name, QString* error) {
    return ws_.transact(
        [&](QString* why) {
            QSqlQuery q(ws_.db());
            if (!execSql(q, "DELETE FROM datasets WHERE name = ?", {name}, why)) return false;
            if (q.numRowsAffected() == 1) return true;
            *why = QCoreApplication::translate("alfee::core", "no dataset named '%1'").arg(name);
            return false;
        },
        error);
}

bool DatasetStore::rename(const QString& from, const QString& to, QString* error) {
    QString why;
    auto d = load(from, error);
    if (!d) return false;
    if (to.trimmed().isEmpty() || names(&why).contains(to)) {
        *error = to.trimmed().isEmpty() ? DatasetSpec().validate()
                                        : QCoreApplication::translate(
                                              "alfee::core", "a dataset named '%1' exists already")
                                              .arg(to);
        return false;
    }
    d->spec.name = to;
    return ws_.transact(
        [&](QString* w) {
            QSqlQuery q(ws_.db());
            return execSql(q, "UPDATE datasets SET name = ?, spec_json = ? WHERE id = ?",
                           {to, compact(d->spec.toJson()), d->id}, w);
        },
        error);
}

bool DatasetStore::restore(const StoredDataset& dataset, QString* error) {
    qint64 id = 0;
    return ws_.transact(
        [&](QString* why) {
            return insert(dataset.spec, dataset.summary, dataset.items, &id, why);
        },
        error);
}

std::optional<StoredDataset> DatasetStore::load(const QString& name, QString* error) {
    QSqlQuery q(ws_.db());
    if (!execSql(q, "SELECT id, spec_json, summary_json FROM datasets WHERE name = ?", {name},
                 error))
        return std::nullopt;
    if (!q.next()) {
        *error = QCoreApplication::translate("alfee::core", "%1: no dataset named '%2'")
                     .arg(ws_.path(), name);
        return std::nullopt;
    }
    StoredDataset d;
    d.id = q.value(0).toLongLong();
    if (!DatasetSpec::fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(),
                               &d.spec, error)) {
        *error = QCoreApplication::translate("alfee::core",
                                             "%1: dataset '%2' has a broken definition: %3")
                     .arg(ws_.path(), name, *error);
        return std::nullopt;
    }
    d.summary = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    if (!execSql(q,
                 "SELECT recording_id, onset_s, label, subject, split FROM dataset_items "
                 "WHERE dataset_id = ? ORDER BY rowid",
                 {d.id}, error))
        return std::nullopt;
    while (q.next())
        d.items.push_back({q.value(0).toLongLong(), q.value(1).toDouble(), q.value(2).toInt(),
                           q.value(3).toString(), q.value(4).toString()});
    return d;
}

QStringList DatasetStore::names(QString* error) {
    QStringList out;
    QSqlQuery q(ws_.db());
    if (!execSql(q, "SELECT name FROM datasets ORDER BY name", {}, error)) return out;
    while (q.next()) out << q.value(0).toString();
    return out;
}

}  // namespace alfee::core
