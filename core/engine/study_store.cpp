// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/study_store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include "core/workspace/sql_util.h"

namespace alfee::core {
namespace {

QString compact(const QJsonValue& v) {
    return QString::fromUtf8(v.isArray()
                                 ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QStringList texts(const QString& json) {
    QStringList out;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) out << v.toString();
    return out;
}

StudyCell cellOf(const QSqlQuery& q) {
    return {q.value(0).toString(), q.value(1).toInt(), q.value(2).toLongLong(),
            texts(q.value(3).toString()), q.value(4).isNull() ? 0 : q.value(4).toLongLong()};
}

}  // namespace

std::optional<qint64> StudyStore::create(const QString& name, const QJsonObject& config,
                                         const QVector<StudyCell>& cells, QString* error) {
    qint64 id = 0;
    const bool ok = ws_.transact(
        [&](QString* why) {
            QSqlQuery q(ws_.db());
            if (!execSql(q, "INSERT INTO studies(name, config_json, created_at) VALUES(?, ?, ?)",
                         {name, compact(config),
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                         why))
                return false;
            id = q.lastInsertId().toLongLong();
            for (const StudyCell& c : cells)
                if (!execSql(q,
                             "INSERT INTO study_runs(study_id, arm, fold, seed, run_id,"
                             " test_subjects_json) VALUES(?, ?, ?, ?, NULL, ?)",
                             {id, c.arm, c.fold, c.seed,
                              compact(QJsonArray::fromStringList(c.testSubjects))},
                             why))
                    return false;
            return true;
        },
        error);
    return ok ? std::optional(id) : std::nullopt;
}

bool StudyStore::loadCells(StudyRecord* study, QString* error) {
    QSqlQuery q(ws_.db());
    if (!execSql(q,
                 "SELECT arm, fold, seed, test_subjects_json, run_id FROM study_runs"
                 " WHERE study_id = ? ORDER BY rowid",
                 {study->id}, error))
        return false;
    while (q.next()) study->cells << cellOf(q);
    return true;
}

std::optional<StudyRecord> StudyStore::find(qint64 id, QString* error) {
    QSqlQuery q(ws_.db());
    if (!execSql(q, "SELECT id, name, config_json, created_at FROM studies WHERE id = ?", {id},
                 error))
        return std::nullopt;
    if (!q.next()) {
        *error = QStringLiteral("no study %1 in this workspace").arg(id);
        return std::nullopt;
    }
    StudyRecord s{q.value(0).toLongLong(),
                  q.value(1).toString(),
                  q.value(3).toString(),
                  QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object(),
                  {}};
    if (!loadCells(&s, error)) return std::nullopt;
    return s;
}

QVector<StudyRecord> StudyStore::list(QString* error) {
    QVector<StudyRecord> out;
    QSqlQuery q(ws_.db());
    if (!execSql(q, "SELECT id FROM studies ORDER BY id DESC", {}, error)) return out;
    QVector<qint64> ids;
    while (q.next()) ids << q.value(0).toLongLong();
    for (qint64 id : ids)
        if (auto s = find(id, error)) out << *s;
    return out;
}

bool StudyStore::setRun(qint64 study, const StudyCell& cell, qint64 run, QString* error) {
    return ws_.transact(
        [&](QString* why) {
            QSqlQuery q(ws_.db());
            return execSql(q,
                           "UPDATE study_runs SET run_id = ? WHERE study_id = ? AND arm = ?"
                           " AND fold = ? AND seed = ?",
                           {run, study, cell.arm, cell.fold, cell.seed}, why);
        },
        error);
}

std::optional<std::pair<qint64, StudyCell>> StudyStore::cellOfRun(qint64 run, QString* error) {
    QSqlQuery q(ws_.db());
    if (!execSql(q,
                 "SELECT arm, fold, seed, test_subjects_json, run_id, study_id FROM study_runs"
                 " WHERE run_id = ?",
                 {run}, error) ||
        !q.next())
        return std::nullopt;
    return std::pair(q.value(5).toLongLong(), cellOf(q));
}

}  // namespace alfee::core
