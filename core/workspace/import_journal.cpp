// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/import_journal.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <algorithm>

#include "core/workspace/sql_util.h"
#include "core/workspace/workspace.h"

namespace alfee::core {
namespace {

constexpr char kKey[] = "import_in_progress";

qint64 recordingCount(Workspace& ws, QString* error) {
    QSqlQuery q(ws.db());
    if (!execSql(q, "SELECT COUNT(*) FROM recordings", {}, error) || !q.next()) return -1;
    return q.value(0).toLongLong();
}

// As given on a command line they may be relative to a folder the next start does not know.
QStringList absolute(const QStringList& paths) {
    QStringList out;
    for (const QString& p : paths) out << QFileInfo(p).absoluteFilePath();
    return out;
}

}  // namespace

bool beginImportJournal(Workspace& ws, const QStringList& paths, QString* error) {
    const qint64 before = recordingCount(ws, error);
    if (before < 0) return false;
    const QJsonObject record{{"pid", QCoreApplication::applicationPid()},
                             {"host", QSysInfo::machineHostName()},
                             {"started", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                             {"paths", QJsonArray::fromStringList(absolute(paths))},
                             {"recordings_before", before}};
    QSqlQuery q(ws.db());
    return execSql(q, "INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)",
                   {kKey, QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact))},
                   error);
}

qint64 recordingsAddedSince(Workspace& ws, const ImportJournal& journal, QString* error) {
    return std::max<qint64>(recordingCount(ws, error) - journal.recordingsBefore, 0);
}

bool endImportJournal(Workspace& ws, QString* error) {
    QSqlQuery q(ws.db());
    return execSql(q, "DELETE FROM meta WHERE key = ?", {kKey}, error);
}

std::optional<ImportJournal> readImportJournal(Workspace& ws, QString* error) {
    QSqlQuery q(ws.db());
    if (!execSql(q, "SELECT value FROM meta WHERE key = ?", {kKey}, error) || !q.next())
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    ImportJournal journal;
    journal.pid = o.value("pid").toInteger();
    journal.host = o.value("host").toString();
    journal.started = QDateTime::fromString(o.value("started").toString(), Qt::ISODate);
    for (const QJsonValue& v : o.value("paths").toArray()) journal.paths << v.toString();
    journal.recordingsBefore = o.value("recordings_before").toInteger();
    return journal;
}

}  // namespace alfee::core
