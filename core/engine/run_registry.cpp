// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/run_registry.h"

#include <unistd.h>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSysInfo>
#include <cmath>

#include "core/workspace/process_state.h"
#include "core/workspace/sql_util.h"

namespace alfee::core {
namespace {

QString now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString compact(const QJsonObject& o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray& a) {
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonValue parsed(const QString& json) {
    const QJsonDocument d = QJsonDocument::fromJson(json.toUtf8());
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}

const char* kRunColumns =
    "SELECT r.id, r.kind, r.name, COALESCE(e.name, ''), r.status, r.message, r.config_json,"
    " r.dataset, r.dataset_hash, r.program_version, r.device, r.created_at, r.updated_at,"
    " COALESCE(r.ended_at, ''), r.threads, r.seed, r.step, r.epoch, r.skipped_steps"
    " FROM runs r LEFT JOIN experiments e ON e.id = r.experiment_id ";

RunRecord runFrom(const QSqlQuery& q) {
    RunRecord r;
    r.id = q.value(0).toLongLong();
    r.kind = q.value(1).toString(), r.name = q.value(2).toString();
    r.experiment = q.value(3).toString(), r.status = q.value(4).toString();
    r.message = q.value(5).toString();
    r.config = parsed(q.value(6).toString()).toObject();
    r.dataset = q.value(7).toString(), r.datasetHash = q.value(8).toString();
    r.programVersion = q.value(9).toString(), r.device = q.value(10).toString();
    r.createdAt = q.value(11).toString(), r.updatedAt = q.value(12).toString();
    r.endedAt = q.value(13).toString();
    r.threads = q.value(14).toInt(), r.seed = q.value(15).toLongLong();
    r.step = q.value(16).toLongLong(), r.epoch = q.value(17).toLongLong();
    r.skippedSteps = q.value(18).toLongLong();
    return r;
}

}  // namespace

QJsonObject RunRecord::toJson() const {
    return {{"run", id},
            {"name", name},
            {"experiment", experiment},
            {"kind", kind},
            {"status", status},
            {"message", message},
            {"dataset", dataset},
            {"dataset_hash", datasetHash},
            {"program_version", programVersion},
            {"device", device},
            {"threads", threads},
            {"seed", seed},
            {"step", step},
            {"epoch", epoch},
            {"skipped_steps", skippedSteps},
            {"created_at", createdAt},
            {"updated_at", updatedAt},
            {"ended_at", endedAt.isEmpty() ? QJsonValue() : QJsonValue(endedAt)}};
}

std::optional<qint64> RunRegistry::experimentId(const QString& name, QString* error) {
    QSqlQuery q(ws_.db());
    if (!execSql(q, "INSERT OR IGNORE INTO experiments(name, created_at) VALUES(?, ?)",
                 {name, now()}, error) ||
        !execSql(q, "SELECT id FROM experiments WHERE name = ?", {name}, error) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<qint64> RunRegistry::create(const NewRun& run, QString* error) {
    qint64 id = 0;
    const bool ok = ws_.transact(
        [&](QString* why) {
            QVariant experiment;
            if (!run.experiment.isEmpty()) {
                const auto e = experimentId(run.experiment, why);
                if (!e) return false;
                experiment = *e;
            }
            QSqlQuery q(ws_.db());
            if (!execSql(
                    q,
                    "INSERT INTO runs(experiment_id, kind, name, status, config_json,"
                    " dataset, dataset_hash, program_version, device, threads, seed,"
                    " created_at, updated_at, pid, host) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    {experiment, run.kind, run.name, run_status::kRunning, compact(run.config),
                     run.dataset, run.datasetHash, QCoreApplication::applicationVersion(),
                     run.device, run.threads, run.seed, now(), now(),
                     qint64(QCoreApplication::applicationPid()), QSysInfo::machineHostName()},
                    why))
                return false;
            id = q.lastInsertId().toLongLong();
            for (auto it = run.config.begin(); it != run.config.end(); ++it)
                if (!execSql(q, "INSERT INTO run_params(run_id, key, value) VALUES(?, ?, ?)",
                             {id, it.key(), it.value().toVariant().toString()}, why))
                    return false;
            return true;
        },
        error);
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

bool RunRegistry::claim(qint64 run, QString* error) {
    return ws_.transact(
        [&](QString* why) {
            QSqlQuery q(ws_.db());
            return execSql(q,
                           "UPDATE runs SET status = ?, message = '', pid = ?, host = ?,"
                           " updated_at = ?, ended_at = NULL WHERE id = ?",
                           {run_status::kRunning, qint64(QCoreApplication::applicationPid()),
                            QSysInfo::machineHostName(), now(), run},
                           why);
        },
        error);
}

std::optional<RunRecord> RunRegistry::claimForResume(qint64 run, const QString& kind,
                                                     QString* error) {
    auto record = find(QString::number(run), error);
    if (!record) return std::nullopt;
    if (record->kind != kind)
        *error = QStringLiteral("run %1 is a %2 run, not %3").arg(run).arg(record->kind, kind);
    else if (record->status == run_status::kFinished)
        *error = QStringLiteral("run %1 has finished; there is nothing to resume").arg(run);
    else if (record->status == run_status::kRunning)
        *error = QStringLiteral("run %1 is running in another process").arg(run);
    else if (claim(run, error))
        return record;
    return std::nullopt;
}

bool RunRegistry::finish(qint64 run, const QString& status, const QString& message,
                         QString* error) {
    return ws_.transact(
        [&](QString* why) {
            QSqlQuery q(ws_.db());
            return execSql(q,
                           "UPDATE runs SET status = ?, message = ?, updated_at = ?, ended_at = ?"
                           " WHERE id = ?",
                           {status, message, now(), now(), run}, why);
        },
        error);
}

bool RunRegistry::addToConfig(qint64 run, const QString& key, const QJsonValue& value,
                              QString* error) {
    return ws_.transact(
        [&](QString* why) {
            QSqlQuery q(ws_.db());
            if (!execSql(q, "SELECT config_json FROM runs WHERE id = ?", {run}, why)) return false;
            if (!q.next()) {
                *why = QStringLiteral("no run %1").arg(run);
                return false;
            }
            QJsonObject config = parsed(q.value(0).toString()).toObject();
            config[key] = value;
            const QString text = value.isString()   ? value.toString()
                                 : value.isArray()  ? compact(value.toArray())
                                 : value.isObject() ? compact(value.toObject())
                                                    : value.toVariant().toString();
            return execSql(q, "UPDATE runs SET config_json = ? WHERE id = ?",
                           {compact(config), run}, why) &&
                   execSql(q, "DELETE FROM run_params WHERE run_id = ? AND key = ?", {run, key},
                           why) &&
                   execSql(q, "INSERT INTO run_params(run_id, key, value) VALUES(?, ?, ?)",
                           {run, key, text}, why);
        },
        error);
}

bool RunRegistry::setProgress(qint64 run, qint64 step, qint64 epoch, qint64 skipped,
                              QString* error) {
    return ws_.transact(
        [&](QString* why) {
            QSqlQuery q(ws_.db());
            return execSql(q,
                           "UPDATE runs SET step = ?, epoch = ?, skipped_steps = ?, updated_at = ?"
                           " WHERE id = ?",
                           {step, epoch, skipped, now(), run}, why);
        },
        error);
}

bool RunRegistry::logMetrics(qint64 run, qint64 step, qint64 epoch,
                             const QVector<QPair<QString, double>>& values, QString* error) {
    return ws_.transact(
        [&](QString* why) {
            QSqlQuery q(ws_.db());
            const QString time = now();
            for (const auto& [key, value] : values)
                if (!execSql(q,
                             "INSERT INTO run_metrics(run_id, key, step, epoch, value, time)"
                             " VALUES(?, ?, ?, ?, ?, ?)",
                             {run, key, step, epoch,
                              std::isfinite(value) ? QVariant(value) : QVariant(), time},
                             why))
                    return false;
            return true;
        },
        error);
}

bool RunRegistry::forgetAfter(qint64 run, qint64 step, QString* error) {
    return ws_.transact(
        [&](QString* why) {
            QSqlQuery q(ws_.db());
            return execSql(q, "DELETE FROM run_metrics WHERE run_id = ? AND step > ?", {run, step},
                           why) &&
                   execSql(q, "DELETE FROM run_checkpoints WHERE run_id = ? AND step > ?",
                           {run, step}, why);
        },
        error);
}

bool RunRegistry::addCheckpoint(qint64 run, const CheckpointRecord& c, QString* error) {
    return ws_.transact(
        [&](QString* why) {
            QSqlQuery q(ws_.db());
            if (c.best &&
                !execSql(q, "UPDATE run_checkpoints SET best = 0 WHERE run_id = ?", {run}, why))
                return false;
            // One row per file: a checkpoint rewritten in place replaces its row.
            return execSql(q, "DELETE FROM run_checkpoints WHERE run_id = ? AND path = ?",
                           {run, c.path}, why) &&
                   execSql(q,
                           "INSERT INTO run_checkpoints(run_id, path, step, epoch, sha256, best,"
                           " created_at) VALUES(?, ?, ?, ?, ?, ?, ?)",
                           {run, c.path, c.step, c.epoch, c.sha256, c.best ? 1 : 0, now()}, why);
        },
        error);
}

bool RunRegistry::recordResults(qint64 run, const QString& source, const QStringList& classes,
                                const QVector<ResultRecord>& results, QString* error) {
    return ws_.transact(
        [&](QString* why) {
            QSqlQuery q(ws_.db());
            if (!execSql(q, "DELETE FROM run_results WHERE run_id = ? AND source = ?",
                         {run, source}, why))
                return false;
            for (const ResultRecord& r : results) {
                QJsonObject metrics = r.metrics;
                const QJsonArray confusion = metrics.take("confusion_matrix").toArray();
                if (!execSql(q,
                             "INSERT INTO run_results(run_id, source, split, subject, n_windows,"
                             " classes_json, metrics_json, confusion_json, created_at)"
                             " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             {run, source, r.split, r.subject, metrics["n_windows"].toInteger(),
                              compact(QJsonArray::fromStringList(classes)), compact(metrics),
                              compact(confusion), now()},
                             why))
                    return false;
            }
            return true;
        },
        error);
}

bool RunRegistry::recordPredictions(qint64 run, const QString& source,
                                    const QVector<PredictionRecord>& predictions, QString* error) {
    return ws_.transact(
        [&](QString* why) {
            QSqlQuery q(ws_.db());
            if (!execSql(q, "DELETE FROM run_predictions WHERE run_id = ? AND source = ?",
                         {run, source}, why))
                return false;
            for (const PredictionRecord& p : predictions) {
                QJsonArray probabilities;
                for (double v : p.probabilities) probabilities.append(v);
                if (!execSql(q,
                             "INSERT INTO run_predictions(run_id, source, recording, onset_s,"
                             " subject, split, true_label, probabilities_json)"
                             " VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
                             {run, source, p.recording, p.onsetSeconds, p.subject, p.split,
                              p.trueLabel < 0 ? QVariant() : QVariant(p.trueLabel),
                              compact(probabilities)},
                             why))
                    return false;
            }
            return true;
        },
        error);
}

namespace {

constexpr const char* kPredictionColumns =
    "SELECT recording, onset_s, subject, split, true_label, probabilities_json, source"
    " FROM run_predictions WHERE run_id = ?";

PredictionRecord predictionAt(const QSqlQuery& q) {
    PredictionRecord p;
    p.recording = q.value(0).toString(), p.onsetSeconds = q.value(1).toDouble();
    p.subject = q.value(2).toString(), p.split = q.value(3).toString();
    p.trueLabel = q.value(4).isNull() ? -1 : q.value(4).toInt();
    for (const QJsonValue& v : parsed(q.value(5).toString()).toArray())
        p.probabilities << v.toDouble();
    p.source = q.value(6).toString();
    return p;
}

}  // namespace

QVector<PredictionRecord> RunRegistry::predictions(qint64 run, QString* error) {
    QVector<PredictionRecord> out;
    QSqlQuery q(ws_.db());
    if (!execSql(q, QString(kPredictionColumns) + " ORDER BY rowid", {run}, error)) return out;
    while (q.next()) out << predictionAt(q);
    return out;
}

std::optional<PredictionRecord> RunRegistry::examplePrediction(qint64 run, QString* error) {
    QSqlQuery q(ws_.db());
    if (!execSql(q, QString(kPredictionColumns) + " ORDER BY split <> 'test', rowid LIMIT 1", {run},
                 error) ||
        !q.next())
        return std::nullopt;
    return predictionAt(q);
}

bool RunRegistry::markDeadRunsInterrupted(QString* error) {
    QSqlQuery q(ws_.db());
    if (!execSql(q, "SELECT id, pid, host FROM runs WHERE status = ?", {run_status::kRunning},
                 error))
        return false;
    QVector<qint64> dead;
    const QString host = QSysInfo::machineHostName();
    while (q.next())
        if (q.value(2).toString() == host && !processAlive(q.value(1).toLongLong()))
            dead << q.value(0).toLongLong();
    for (qint64 id : dead)
        if (!finish(id, run_status::kInterrupted,
                    "the process running it ended without finishing it; resume it with"
                    " --resume",
                    error))
            return false;
    return true;
}

QString RunRegistry::runFolder(qint64 run) const {
    return QFileInfo(ws_.path()).absoluteFilePath() + ".runs/" + QString::number(run);
}

bool RunRegistry::remove(qint64 run, QString* error) {
    const auto record = find(QString::number(run), error);
    if (!record) return false;
    if (record->status == run_status::kRunning) {
        *error = QStringLiteral("run %1 is running: cancel it first").arg(run);
        return false;
    }
    QSqlQuery q(ws_.db());
    if (!execSql(q, "DELETE FROM runs WHERE id = ?", {run}, error)) return false;
    QDir folder(runFolder(run));
    if (folder.exists() && !folder.removeRecursively()) {
        *error = QStringLiteral("run %1 deleted, but %2 could not be removed entirely")
                     .arg(run)
                     .arg(folder.path());
        return false;
    }
    return true;
}

QVector<RunRecord> RunRegistry::list(QString* error) {
    QVector<RunRecord> runs;
    if (!markDeadRunsInterrupted(error)) return runs;
    QSqlQuery q(ws_.db());
    if (!execSql(q, QString::fromLatin1(kRunColumns) + "ORDER BY r.id DESC", {}, error))
        return runs;
    while (q.next()) runs << runFrom(q);
    return runs;
}

std::optional<RunRecord> RunRegistry::find(const QString& idOrName, QString* error) {
    if (!markDeadRunsInterrupted(error)) return std::nullopt;
    QSqlQuery q(ws_.db());
    bool isId = false;
    const qint64 id = idOrName.toLongLong(&isId);
    const QString where = isId ? "WHERE r.id = ?" : "WHERE r.name = ? ORDER BY r.id DESC LIMIT 1";
    if (!execSql(q, QString::fromLatin1(kRunColumns) + where,
                 {isId ? QVariant(id) : QVariant(idOrName)}, error))
        return std::nullopt;
    if (!q.next()) {
        *error = QStringLiteral("%1: no run '%2' (alfee runs list shows them)")
                     .arg(ws_.path(), idOrName);
        return std::nullopt;
    }
    return runFrom(q);
}

QVector<RunRecord> RunRegistry::evaluationsOf(qint64 run, QString* error) {
    QVector<RunRecord> runs;
    QSqlQuery q(ws_.db());
    if (!execSql(q,
                 QString::fromLatin1(kRunColumns) +
                     "WHERE r.kind = 'evaluate' AND r.id IN (SELECT run_id FROM run_params"
                     " WHERE key = 'evaluates_run' AND value = ?) ORDER BY r.id",
                 {QString::number(run)}, error))
        return runs;
    while (q.next()) runs << runFrom(q);
    return runs;
}

QJsonArray RunRegistry::evaluationSummaries(qint64 run, QString* error) {
    QJsonArray out;
    for (const RunRecord& e : evaluationsOf(run, error)) {
        QJsonObject summary{{"run", e.id},
                            {"name", e.name},
                            {"dataset", e.dataset},
                            {"status", e.status},
                            {"created_at", e.createdAt},
                            {"task", e.config["task"]},
                            {"warnings", e.config["warnings"]}};
        for (const QJsonValue& r : results(e.id, error))
            if (!r.toObject().contains("subject")) summary["metrics"] = r;
        out.append(summary);
    }
    return out;
}

QVector<CheckpointRecord> RunRegistry::checkpoints(qint64 run, QString* error) {
    QVector<CheckpointRecord> out;
    QSqlQuery q(ws_.db());
    if (!execSql(q,
                 "SELECT path, sha256, step, epoch, best FROM run_checkpoints WHERE run_id = ?"
                 " ORDER BY step, rowid",
                 {run}, error))
        return out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                       q.value(3).toLongLong(), q.value(4).toBool()});
    return out;
}

QJsonArray RunRegistry::results(qint64 run, QString* error) {
    QJsonArray out;
    QSqlQuery q(ws_.db());
    if (!execSql(q,
                 "SELECT source, split, subject, classes_json, metrics_json, confusion_json"
                 " FROM run_results WHERE run_id = ? ORDER BY rowid",
                 {run}, error))
        return out;
    while (q.next()) {
        QJsonObject m = parsed(q.value(4).toString()).toObject();
        m["confusion_matrix"] = parsed(q.value(5).toString());
        m["classes"] = parsed(q.value(3).toString());
        m["source"] = q.value(0).toString();
        m["split"] = q.value(1).toString();
        if (!q.value(2).toString().isEmpty()) m["subject"] = q.value(2).toString();
        out.append(m);
    }
    return out;
}

QJsonObject RunRegistry::details(const RunRecord& run, QString* error) {
    QJsonObject o = run.toJson();
    o["config"] = run.config;
    QSqlQuery q(ws_.db());
    if (!execSql(q,
                 "SELECT key, step, epoch, value FROM run_metrics WHERE run_id = ?"
                 " ORDER BY key, step, rowid",
                 {run.id}, error))
        return o;
    QJsonObject history, last;
    while (q.next()) {
        const QString key = q.value(0).toString();
        QJsonArray series = history[key].toArray();
        const QJsonValue value = q.value(3).isNull() ? QJsonValue() : q.value(3).toDouble();
        series.append(QJsonArray{q.value(1).toLongLong(), q.value(2).toLongLong(), value});
        history[key] = series;
        last[key] = value;
    }
    o["metrics"] = last;
    o["metric_history"] = history;  // key -> [[step, epoch, value], ...]
    QJsonArray checkpoints;
    for (const CheckpointRecord& c : this->checkpoints(run.id, error))
        checkpoints.append(QJsonObject{{"path", c.path},
                                       {"step", c.step},
                                       {"epoch", c.epoch},
                                       {"sha256", c.sha256},
                                       {"best", c.best}});
    o["checkpoints"] = checkpoints;
    o["results"] = results(run.id, error);
    o["evaluations"] = evaluationSummaries(run.id, error);
    return o;
}

QString RunRegistry::selectedCheckpoint(qint64 run, QString* error) {
    const QVector<CheckpointRecord> all = checkpoints(run, error);
    for (const CheckpointRecord& c : all)
        if (c.best) return c.path;
    return all.isEmpty() ? QString() : all.back().path;
}

}  // namespace alfee::core
