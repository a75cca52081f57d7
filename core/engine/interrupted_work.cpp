// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/interrupted_work.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <utility>

#include "core/engine/run_registry.h"
#include "core/workspace/import_journal.h"
#include "core/workspace/process_state.h"
#include "core/workspace/sql_util.h"
#include "core/workspace/workspace.h"

namespace alfee::core {
namespace {

bool orphaned(qint64 pid, const QString& host) {
    return host == QSysInfo::machineHostName() && !processAlive(pid);
}

// The import's sentence, or empty when none was interrupted.
QString interruptedImport(Workspace& ws, QString* error) {
    const auto journal = readImportJournal(ws, error);
    if (!journal || !orphaned(journal->pid, journal->host)) return {};
    // (computed apart: lupdate 6.4 hangs on a template argument inside translate's arguments)
    const int added = int(recordingsAddedSince(ws, *journal, error));
    if (!endImportJournal(ws, error)) return {};
    return QCoreApplication::translate(
               "alfee::core",
               "The import of %1 started %2 was interrupted after %n new recording(s); import "
               "the same files again to finish (those already imported are recognised).",
               nullptr, added)
        .arg(journal->paths.join(", "),
             journal->started.toLocalTime().toString("yyyy-MM-dd HH:mm"));
}

// Runs of this machine whose process is gone, before RunRegistry marks them interrupted.
QVector<qint64> runningRuns(Workspace& ws, QString* error) {
    QVector<qint64> ids;
    QSqlQuery q(ws.db());
    if (!execSql(q, "SELECT id FROM runs WHERE status = ?", {run_status::kRunning}, error))
        return ids;
    while (q.next()) ids << q.value(0).toLongLong();
    return ids;
}

// The last step the run logged and the step of its last checkpoint (-1: none); the run's own
// step column is written when it ends, which an interrupted run never did.
std::pair<qint64, qint64> lastSteps(Workspace& ws, qint64 run, QString* error) {
    QSqlQuery q(ws.db());
    if (!execSql(q,
                 "SELECT (SELECT COALESCE(MAX(step), 0) FROM run_metrics WHERE run_id = ?),"
                 " (SELECT COALESCE(MAX(step), -1) FROM run_checkpoints WHERE run_id = ?)",
                 {run, run}, error) ||
        !q.next())
        return {0, -1};
    return {q.value(0).toLongLong(), q.value(1).toLongLong()};
}

QString runSentence(const RunRecord& run, qint64 step, qint64 checkpointStep) {
    const QString what = QCoreApplication::translate(
                             "alfee::core", "Run %1 \"%2\" (%3) was interrupted after step %4; ")
                             .arg(run.id)
                             .arg(run.name, run.kind)
                             .arg(step);
    return what +
           (checkpointStep < 0
                ? QCoreApplication::translate(
                      "alfee::core", "it had written no checkpoint yet: resuming starts it over.")
                : QCoreApplication::translate("alfee::core",
                                              "resume it from its checkpoint of step %1.")
                      .arg(checkpointStep));
}

QStringList interruptedRuns(Workspace& ws, QString* error) {
    const QVector<qint64> before = runningRuns(ws, error);
    RunRegistry registry(ws);
    QStringList lines;
    for (qint64 id : before) {  // find() marks the runs of dead processes interrupted
        const auto run = registry.find(QString::number(id), error);
        if (!run || run->status != run_status::kInterrupted) continue;
        const auto [step, checkpointStep] = lastSteps(ws, id, error);
        lines << runSentence(*run, step, checkpointStep);
    }
    return lines;
}

const QString kCancelledOnQuit = QStringLiteral("runs_cancelled_on_quit");

// The runs noted by noteCancelledOnQuit, as sentences; the note is cleared.
QStringList runsCancelledOnQuit(Workspace& ws, QString* error) {
    QSqlQuery q(ws.db());
    if (!execSql(q, "SELECT value FROM meta WHERE key = ?", {kCancelledOnQuit}, error) || !q.next())
        return {};
    const QStringList ids = q.value(0).toString().split(',', Qt::SkipEmptyParts);
    if (!execSql(q, "DELETE FROM meta WHERE key = ?", {kCancelledOnQuit}, error)) return {};
    RunRegistry registry(ws);
    QStringList lines;
    for (const QString& id : ids) {
        const auto run = registry.find(id, error);
        if (!run || run->status != run_status::kCancelled) continue;  // resumed since
        const auto [step, checkpointStep] = lastSteps(ws, run->id, error);
        lines << QCoreApplication::translate("alfee::core",
                                             "Run %1 \"%2\" (%3) was cancelled when the "
                                             "workbench was closed, after step %4; ")
                         .arg(run->id)
                         .arg(run->name, run->kind)
                         .arg(step) +
                     (checkpointStep < 0 ? QCoreApplication::translate(
                                               "alfee::core",
                                               "it had written no checkpoint: resuming starts it "
                                               "over.")
                                         : QCoreApplication::translate(
                                               "alfee::core",
                                               "Resume continues it from its checkpoint of step "
                                               "%1.")
                                               .arg(checkpointStep));
    }
    return lines;
}

}  // namespace

QStringList takeInterruptedWork(Workspace& ws, QString* error) {
    QStringList lines;
    const QString import = interruptedImport(ws, error);
    if (!import.isEmpty()) lines << import;
    return lines + interruptedRuns(ws, error) + runsCancelledOnQuit(ws, error);
}

bool noteCancelledOnQuit(Workspace& ws, qint64 run, QString* error) {
    QSqlQuery q(ws.db());
    if (!execSql(q, "SELECT value FROM meta WHERE key = ?", {kCancelledOnQuit}, error))
        return false;
    QStringList ids =
        q.next() ? q.value(0).toString().split(',', Qt::SkipEmptyParts) : QStringList();
    ids << QString::number(run);
    return execSql(q, "INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)",
                   {kCancelledOnQuit, ids.join(',')}, error);
}

}  // namespace alfee::core
