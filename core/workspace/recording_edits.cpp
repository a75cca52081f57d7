// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// RecordingStore's edits from the dataset manager: forgetting a recording and renaming its file.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include "core/workspace/recording_store.h"
#include "core/workspace/sql_util.h"

namespace alfee::core {
namespace {

bool datasetsUsing(Workspace& ws, qint64 recordingId, QStringList* names, QString* why) {
    QSqlQuery q(ws.db());
    if (!execSql(q,
                 "SELECT DISTINCT d.name FROM datasets d JOIN dataset_items i "
                 "ON i.dataset_id = d.id WHERE i.recording_id = ? ORDER BY d.name",
                 {recordingId}, why))
        return false;
    while (q.next()) *names << q.value(0).toString();
    return true;
}

}  // namespace

bool RecordingStore::remove(qint64 recordingId, QString* error) {
    return ws_.transact(
        [&](QString* why) {
            QStringList users;
            if (!datasetsUsing(ws_, recordingId, &users, why)) return false;
            if (!users.isEmpty()) {
                *why =
                    QCoreApplication::translate(
                        "alfee::core", "recording %1 is used by dataset(s) %2: delete those first")
                        .arg(recordingId)
                        .arg(users.join(", "));
                return false;
            }
            QSqlQuery q(ws_.db());
            if (!execSql(q, "DELETE FROM recordings WHERE id = ?", {recordingId}, why))
                return false;
            if (q.numRowsAffected() == 1) return true;
            *why = QCoreApplication::translate("alfee::core", "no recording with id %1")
                       .arg(recordingId);
            return false;
        },
        error);
}

bool RecordingStore::renameFile(qint64 recordingId, const QString& newFileName, QString* error) {
    const auto r = byId(recordingId, error);
    if (!r) return false;
    const QString name = newFileName.trimmed();
    if (name.isEmpty() || name.contains('/') || name.contains(QDir::separator())) {
        *error =
            QCoreApplication::translate("alfee::core", "'%1' is not a file name").arg(newFileName);
        return false;
    }
    const QString to = QFileInfo(r->path).dir().filePath(name);
    if (QFileInfo::exists(to)) {
        *error = QCoreApplication::translate("alfee::core", "%1 exists already").arg(to);
        return false;
    }
    if (!QFile::rename(r->path, to)) {
        *error = QCoreApplication::translate("alfee::core", "%1: cannot rename to %2")
                     .arg(r->path, name);
        return false;
    }
    const bool stored = ws_.transact(
        [&](QString* why) {
            QSqlQuery q(ws_.db());
            return execSql(q, "UPDATE recordings SET path = ? WHERE id = ?", {to, recordingId},
                           why);
        },
        error);
    if (!stored) QFile::rename(to, r->path);  // the workspace still names the old file
    return stored;
}

}  // namespace alfee::core
