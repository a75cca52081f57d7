// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/workspace.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include "core/workspace/schema.h"
#include "core/workspace/sql_util.h"

namespace alfee::core {

std::unique_ptr<Workspace> Workspace::create(const QString& path, QString* error) {
    if (QFileInfo::exists(path)) {
        *error =
            QCoreApplication::translate("alfee::core", "%1: a file of that name exists already")
                .arg(path);
        return nullptr;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());  // a new workspace may name a new folder
    std::unique_ptr<Workspace> ws(new Workspace);
    if (!ws->connect(path, error) || !ws->migrate(error)) return nullptr;
    return ws;
}

std::unique_ptr<Workspace> Workspace::openOrCreate(const QString& path, QString* error) {
    return QFileInfo::exists(path) ? open(path, error) : create(path, error);
}

std::unique_ptr<Workspace> Workspace::open(const QString& path, QString* error) {
    if (!QFileInfo(path).isFile()) {
        *error =
            QCoreApplication::translate(
                "alfee::core", "%1: no workspace there (create one with 'alfee workspace init')")
                .arg(path);
        return nullptr;
    }
    std::unique_ptr<Workspace> ws(new Workspace);
    if (!ws->connect(path, error) || !ws->migrate(error)) return nullptr;
    return ws;
}

Workspace::~Workspace() {
    db_.close();
    db_ = QSqlDatabase();
    QSqlDatabase::removeDatabase(connection_);
}

bool Workspace::connect(const QString& path, QString* error) {
    static QAtomicInteger<int> counter;
    path_ = path;
    connection_ = QStringLiteral("alfee-workspace-%1").arg(counter.fetchAndAddRelaxed(1));
    db_ = QSqlDatabase::addDatabase("QSQLITE", connection_);
    db_.setDatabaseName(path);
    if (!db_.open()) {
        *error = QStringLiteral("%1: %2").arg(path, db_.lastError().text());
        return false;
    }
    QSqlQuery q(db_);
    QString why;
    // A file that is not SQLite fails here, on its first read.
    if (!execSql(q, "PRAGMA journal_mode=WAL", {}, &why) ||
        !execSql(q, "PRAGMA foreign_keys=ON", {}, &why) ||
        !execSql(q, "PRAGMA busy_timeout=5000", {}, &why)) {
        *error = QCoreApplication::translate("alfee::core", "%1: not a usable workspace (%2)")
                     .arg(path, why);
        return false;
    }
    return true;
}

int Workspace::schemaVersion() {
    QSqlQuery q(db_);
    if (!q.exec("SELECT value FROM meta WHERE key = 'schema_version'") || !q.next()) return 0;
    return q.value(0).toInt();
}

bool Workspace::migrate(QString* error) {
    const int current = schemaVersion();
    const auto& migrations = workspaceMigrations();
    if (current > migrations.size()) {
        *error = QStringLiteral(
                     "%1: the workspace has schema version %2, newer than this "
                     "program's %3")
                     .arg(path_)
                     .arg(current)
                     .arg(migrations.size());
        return false;
    }
    for (int v = current; v < migrations.size(); ++v) {
        const bool ok = transact(
            [&](QString* why) {
                QSqlQuery q(db_);
                for (const QString& sql : migrations[v])
                    if (!execSql(q, sql, {}, why)) return false;
                return execSql(
                    q, "INSERT OR REPLACE INTO meta(key, value) VALUES('schema_version', ?)",
                    {v + 1}, why);
            },
            error);
        if (!ok) return false;
    }
    return true;
}

bool Workspace::transact(const std::function<bool(QString*)>& body, QString* error) {
    if (!db_.transaction()) {
        *error =
            QStringLiteral("%1: cannot start a transaction: %2").arg(path_, db_.lastError().text());
        return false;
    }
    QString why;
    if (!body(&why)) {
        db_.rollback();
        *error = why.startsWith(path_) ? why : QStringLiteral("%1: %2").arg(path_, why);
        return false;
    }
    if (!db_.commit()) {
        db_.rollback();
        *error =
            QCoreApplication::translate("alfee::core", "%1: the change could not be saved (%2)")
                .arg(path_, db_.lastError().text());
        return false;
    }
    return true;
}

}  // namespace alfee::core
