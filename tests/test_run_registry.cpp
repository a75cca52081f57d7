// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The run registry: the schema migration from a workspace of schema version 1, runs with their
// metrics, checkpoints, results and predictions, runs whose process died shown as interrupted,
// and metrics of redone work forgotten on resume.
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "core/engine/interrupted_work.h"
#include "core/engine/run_registry.h"
#include "core/export/predictions_csv.h"
#include "core/workspace/import_journal.h"
#include "core/workspace/schema.h"
#include "core/workspace/sql_util.h"

using namespace alfee::core;

class TestRunRegistry : public QObject {
    Q_OBJECT
  private slots:
    void migratesVersionOneWorkspace();
    void recordsARun();
    void deadProcessMeansInterrupted();
    void interruptedWorkIsSaidOnce();
    void resumeForgetsRedoneMetrics();
    void exportsPredictionsAsCsv();
};

namespace {

// A workspace as version 1 of the program wrote it, with one dataset row in it.
void writeVersionOne(const QString& path) {
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "v1");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString& sql : workspaceMigrations()[0]) QVERIFY2(q.exec(sql), qPrintable(sql));
        QVERIFY(q.exec("INSERT INTO meta(key, value) VALUES('schema_version', '1')"));
        QVERIFY(
            q.exec("INSERT INTO datasets(name, spec_json, summary_json, created_at)"
                   " VALUES('old', '{}', '{}', 'then')"));
        db.close();
    }
    QSqlDatabase::removeDatabase("v1");
}

}  // namespace

void TestRunRegistry::migratesVersionOneWorkspace() {
    QTemporaryDir dir;
    const QString path = dir.filePath("old.alfee");
    writeVersionOne(path);
    if (QTest::currentTestFailed()) return;  // the helper's QVERIFY left only the helper
    QString error;
    auto ws = Workspace::open(path, &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->schemaVersion(), Workspace::kSchemaVersion);
    QSqlQuery q(ws->db());
    QVERIFY(q.exec("SELECT name FROM datasets") && q.next());
    QCOMPARE(q.value(0).toString(), QString("old"));  // old content kept
    RunRegistry registry(*ws);
    QVERIFY2(registry.create({"finetune", "r", "e", {}, "old", "h", "cpu", 1, 1}, &error),
             qPrintable(error));
    QVERIFY(q.exec("PRAGMA integrity_check") && q.next());
    QCOMPARE(q.value(0).toString(), QString("ok"));
}

void TestRunRegistry::recordsARun() {
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::create(dir.filePath("w.alfee"), &error);
    RunRegistry registry(*ws);
    const auto id = registry.create(
        {"finetune", "first", "lab", QJsonObject{{"lr", 0.001}}, "eegmat", "abc", "cpu", 2, 7},
        &error);
    QVERIFY2(id, qPrintable(error));
    QVERIFY(registry.logMetrics(*id, 1, 0, {{"train_loss", 0.9}}, &error));
    QVERIFY(registry.logMetrics(*id, 2, 0, {{"train_loss", 0.7}}, &error));
    QVERIFY(registry.addCheckpoint(*id, {"/tmp/a", "sha", 2, 0, true}, &error));
    QVERIFY(registry.recordResults(
        *id, "finetune:x", {"rest", "task"},
        {{"test",
          {},
          QJsonObject{{"balanced_accuracy", 0.75},
                      {"n_windows", 8},
                      {"confusion_matrix", QJsonArray{QJsonArray{3, 1}, QJsonArray{1, 3}}}}}},
        &error));
    QVERIFY(registry.recordPredictions(*id, "finetune:x",
                                       {{"a.edf", "S1", "test", 10, 1, {0.2, 0.8}}}, &error));
    QVERIFY(registry.finish(*id, run_status::kFinished, "done", &error));
    const auto run = registry.find("first", &error);
    QVERIFY(run);
    QCOMPARE(run->status, run_status::kFinished);
    QCOMPARE(run->experiment, QString("lab"));
    const QJsonObject d = registry.details(*run, &error);
    QCOMPARE(d["metrics"].toObject()["train_loss"].toDouble(), 0.7);
    QCOMPARE(d["metric_history"].toObject()["train_loss"].toArray().size(), 2);
    QCOMPARE(d["checkpoints"].toArray().size(), 1);
    const QJsonObject result = d["results"].toArray()[0].toObject();
    QCOMPARE(result["balanced_accuracy"].toDouble(), 0.75);
    QCOMPARE(result["confusion_matrix"].toArray()[0].toArray()[1].toInt(), 1);
    QCOMPARE(d["config"].toObject()["lr"].toDouble(), 0.001);
}

void TestRunRegistry::deadProcessMeansInterrupted() {
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::create(dir.filePath("w.alfee"), &error);
    RunRegistry registry(*ws);
    const auto id = registry.create({"finetune", "killed", {}, {}, "d", "h", "cpu", 1, 1}, &error);
    QVERIFY(id);
    QCOMPARE(registry.find("killed", &error)->status, run_status::kRunning);  // this process
    QProcess child;  // a process that has ended: its pid is free
    child.start("true");
    QVERIFY(child.waitForFinished());
    QSqlQuery q(ws->db());
    QVERIFY(execSql(q, "UPDATE runs SET pid = ? WHERE id = ?", {child.processId(), *id}, &error));
    const auto run = registry.find("killed", &error);
    QCOMPARE(run->status, run_status::kInterrupted);
    QVERIFY(run->message.contains("--resume"));
}

namespace {

// The pid of a process that has ended (and was reaped): nothing runs under it.
qint64 deadPid() {
    QProcess child;
    child.start("sleep", {"0.1"});
    if (!child.waitForStarted()) return -1;
    const qint64 pid = child.processId();
    child.waitForFinished();
    return pid;
}

}  // namespace

// What a killed GUI or CLI left behind (an import's journal, a running run) is said by the next
// takeInterruptedWork, once; the work of a live process is not.
void TestRunRegistry::interruptedWorkIsSaidOnce() {
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::create(dir.filePath("w.alfee"), &error);
    QVERIFY(ws);
    QVERIFY(beginImportJournal(*ws, {"/data/lab"}, &error));
    RunRegistry registry(*ws);
    const auto id = registry.create({"finetune", "killed", {}, {}, "d", "h", "cpu", 1, 1}, &error);
    QVERIFY(id);
    QVERIFY(takeInterruptedWork(*ws, &error).isEmpty());  // this process runs both
    QVERIFY(readImportJournal(*ws, &error));
    const qint64 dead = deadPid();
    QVERIFY(dead > 0);
    QSqlQuery q(ws->db());
    QVERIFY(execSql(q, "UPDATE runs SET pid = ?", {dead}, &error));
    QVERIFY(execSql(q, "UPDATE meta SET value = replace(value, ?, ?) WHERE key = ?",
                    {QString("\"pid\":%1").arg(QCoreApplication::applicationPid()),
                     QString("\"pid\":%1").arg(dead), "import_in_progress"},
                    &error));
    const QStringList said = takeInterruptedWork(*ws, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(said.size(), 2);
    QVERIFY2(said[0].contains("import of /data/lab") && said[0].contains("0 new recording"),
             qPrintable(said[0]));
    QVERIFY2(said[1].contains("Run 1 \"killed\"") && said[1].contains("no checkpoint yet"),
             qPrintable(said[1]));
    QCOMPARE(registry.find("killed", &error)->status, run_status::kInterrupted);
    QVERIFY(takeInterruptedWork(*ws, &error).isEmpty());  // said once
    QVERIFY(!readImportJournal(*ws, &error));
}

void TestRunRegistry::resumeForgetsRedoneMetrics() {
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::create(dir.filePath("w.alfee"), &error);
    RunRegistry registry(*ws);
    const auto id = registry.create({"finetune", "r", {}, {}, "d", "h", "cpu", 1, 1}, &error);
    for (int step = 1; step <= 6; ++step)
        QVERIFY(registry.logMetrics(*id, step, 0, {{"train_loss", 1.0 / step}}, &error));
    QVERIFY(registry.forgetAfter(*id, 4, &error));
    const auto d = registry.details(*registry.find("r", &error), &error);
    QCOMPARE(d["metric_history"].toObject()["train_loss"].toArray().size(), 4);
}

// One CSV row per window and task with the class names of the task's results; commas and quotes
// in names are quoted as RFC 4180 says; a run without predictions is an error naming it.
void TestRunRegistry::exportsPredictionsAsCsv() {
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::create(dir.filePath("w.alfee"), &error);
    QVERIFY(ws);
    RunRegistry registry(*ws);
    NewRun run;
    run.kind = "finetune", run.name = "csv";
    const qint64 id = *registry.create(run, &error);
    QVERIFY(!writePredictionsCsv(*ws, id, dir.filePath("none.csv"), &error));
    QVERIFY(error.contains(QString::number(id)));
    ResultRecord test{"test", {}, QJsonObject{{"balanced_accuracy", 0.5}}};
    QVERIFY(registry.recordResults(id, "finetune", {"rest", "task, \"hard\""}, {test}, &error));
    QVERIFY(registry.recordPredictions(id, "finetune",
                                       {{"/data/S01, a.edf", "S01", "test", 10, 1, {0.25, 0.75}},
                                        {"/data/S02.edf", "S02", "validation", 20, -1, {0.9, 0.1}}},
                                       &error));
    QCOMPARE(registry.predictions(id, &error).size(), 2);
    const QString path = dir.filePath("p.csv");
    QVERIFY2(writePredictionsCsv(*ws, id, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split("\r\n", Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0],
             QStringLiteral("recording,subject,split,onset_s,task,true_class,predicted_class,"
                            "p_rest,\"p_task, \"\"hard\"\"\""));
    QCOMPARE(lines[1],
             QStringLiteral("\"/data/S01, a.edf\",S01,test,10,finetune,\"task, \"\"hard\"\"\","
                            "\"task, \"\"hard\"\"\",0.25,0.75"));
    QCOMPARE(lines[2], QStringLiteral("/data/S02.edf,S02,validation,20,finetune,,rest,0.9,0.1"));
}

QTEST_GUILESS_MAIN(TestRunRegistry)
#include "test_run_registry.moc"
