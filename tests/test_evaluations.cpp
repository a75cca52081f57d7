// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What a fine-tuned run's numbers become once it is evaluated, inferred with and exported, on a
// real two-task run over the demo recordings (EEGMAT subjects 00-07): an evaluation is a run of
// its own beside the test score, each task's predictions keep the task's classes, `infer` maps
// channels as the workspace does, and a batch of 0 fails instead of looping.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "core/modeling/evaluation_jobs.h"
#include "test_support.h"

using namespace alfee::core;
using namespace alfee::tests;

namespace {

struct Run {
    int code = -1;
    QByteArray out, err;
};

Run runAlfee(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(ALFEE_CLI_PATH), args);
    p.waitForFinished(600000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QString demo(const QString& name = {}) {
    const QString dir = QStringLiteral(ALFEE_TEST_DATA_DIR) + "/../../resources/demo";
    return name.isEmpty() ? dir : dir + "/" + name;
}

// Rows of a CSV without quoted commas (the demo's paths have none), header first.
QVector<QStringList> readCsv(const QString& path) {
    QVector<QStringList> rows;
    for (const QByteArray& line : readAll(path).split('\n'))
        if (!line.trimmed().isEmpty())
            rows << QString::fromUtf8(line.trimmed()).remove('"').split(',');
    return rows;
}

// "file name|onset" -> the probabilities of `classes`, from the columns named by `prefix`+class.
QHash<QString, QVector<double>> probabilitiesByWindow(const QVector<QStringList>& csv,
                                                      const QString& fileColumn,
                                                      const QString& prefix,
                                                      const QStringList& classes) {
    const QStringList header = csv.value(0);
    QHash<QString, QVector<double>> out;
    for (int r = 1; r < csv.size(); ++r) {
        const QString key = QFileInfo(csv[r][header.indexOf(fileColumn)]).fileName() + "|" +
                            QString::number(csv[r][header.indexOf("onset_s")].toDouble());
        for (const QString& c : classes) out[key] << csv[r][header.indexOf(prefix + c)].toDouble();
    }
    return out;
}

double largestDifference(const QHash<QString, QVector<double>>& a,
                         const QHash<QString, QVector<double>>& b) {
    double worst = a.size() == b.size() ? 0 : 1;
    for (auto it = a.begin(); it != a.end(); ++it)
        for (int k = 0; k < it.value().size(); ++k)
            worst = std::max(worst, std::abs(it.value()[k] - b.value(it.key()).value(k, -1)));
    return worst;
}

}  // namespace

class TestEvaluations : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase();
    void anEvaluationIsARunOfItsOwn();
    void predictionsKeepEachTasksClasses();
    void inferMapsChannelsAsTheWorkspaceDoes();
    void aBatchOfZeroFailsTheJob();

  private:
    QJsonObject show(qint64 run);
    // Runs `alfee args --json` in the workspace; the JSON it prints.
    QJsonObject json(const QStringList& args);

    QTemporaryDir dir_;
    QString ws_;
    qint64 run_ = 0;
};

QJsonObject TestEvaluations::json(const QStringList& args) {
    const Run r = runAlfee(args + QStringList{"--workspace", ws_, "--json"});
    if (r.code != 0) qWarning() << args << r.err;
    return QJsonDocument::fromJson(r.out).object();
}

QJsonObject TestEvaluations::show(qint64 run) {
    return json({"runs", "show", QString::number(run)});
}

// Two tasks over the same recordings with classes of their own names: workload (rest, task)
// and effort (calm, busy), fine-tuned together from scratch for one epoch.
void TestEvaluations::initTestCase() {
    ws_ = dir_.filePath("ws.alfee");
    QCOMPARE(runAlfee({"workspace", "init", "--workspace", ws_}).code, 0);
    QCOMPARE(runAlfee({"import", "--workspace", ws_, demo()}).code, 0);
    for (const QStringList& classes : {QStringList{"workload", "rest=_1$", "task=_2$"},
                                       QStringList{"effort", "calm=_1$", "busy=_2$"}}) {
        const Run r = runAlfee({"dataset", "create", classes[0], "--workspace", ws_, "--task",
                                "workload", "--filter", "^Subject", "--class", classes[1],
                                "--class", classes[2], "--split", "0.5,0.25,0.25"});
        QVERIFY2(r.code == 0, r.err.constData());
    }
    const QJsonObject tuned =
        json({"finetune", "--dataset", "workload", "--dataset", "effort", "--scratch", "--size",
              "tiny", "--epochs", "1", "--batch", "8", "--device", "cpu", "--seed", "3"});
    run_ = tuned["run"].toInteger();
    QVERIFY2(run_ > 0, qPrintable(QJsonDocument(tuned).toJson()));
}

// `evaluate --run N` once wrote into run N and `runs list` then showed the evaluation's score as
// N's test score. Now it is a run of its own, linked to N and shown beside N's test score, and
// windows of the subjects N trained or validated on are counted in a warning.
void TestEvaluations::anEvaluationIsARunOfItsOwn() {
    const QJsonObject before = show(run_);
    const Run r = runAlfee({"evaluate", "--workspace", ws_, "--run", QString::number(run_),
                            "--task", "workload", "--data", demo(), "--filter", "^Subject0[0-3]",
                            "--class", "rest=_1$", "--class", "task=_2$", "--json"});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject result = QJsonDocument::fromJson(r.out).object();
    const qint64 evaluation = result["run"].toInteger();
    QVERIFY2(evaluation > run_, qPrintable(QString::number(evaluation)));
    QCOMPARE(result["evaluates_run"].toInteger(), run_);
    // The warning counts the windows of fitted subjects: 12 a subject (two 62 s files, 10 s).
    QSet<QString> fitted;
    for (const QJsonValue& task : before["config"]["data_summary"].toArray())
        for (const char* split : {"train", "validation"})
            for (const QJsonValue& s : task["splits"][QLatin1String(split)]["subjects"].toArray())
                fitted.insert(s.toString());
    int expected = 0;
    for (const char* s : {"00", "01", "02", "03"})
        for (const QString& f : fitted) expected += f.endsWith(s) ? 12 : 0;
    QVERIFY(expected > 0);
    const QString warning = QStringLiteral(
                                "%1 of the 48 windows are of subjects that run %2 "
                                "trained or validated on")
                                .arg(expected)
                                .arg(run_);
    QVERIFY2(r.err.contains(warning.toUtf8()), r.err.constData());
    // Run N keeps its own results; the evaluation is listed beside them.
    const QJsonObject after = show(run_);
    QCOMPARE(after["results"], before["results"]);
    const QJsonArray evaluations = after["evaluations"].toArray();
    QCOMPARE(evaluations.size(), 1);
    QCOMPARE(evaluations[0]["run"].toInteger(), evaluation);
    QCOMPARE(evaluations[0]["metrics"]["n_windows"].toInt(), 48);
    QCOMPARE(show(evaluation)["kind"].toString(), QStringLiteral("evaluate"));
    const Run list = runAlfee({"runs", "list", "--workspace", ws_});
    QString testScore;
    for (const QJsonValue& o : before["results"].toArray())
        if (o["source"] == "finetune:workload" && o["split"] == "test" &&
            !o.toObject().contains("subject"))
            testScore = QString::number(o["balanced_accuracy"].toDouble(), 'f', 3);
    const QString row = QStringLiteral("test %1; evaluated %2 (run %3)")
                            .arg(testScore)
                            .arg(result["balanced_accuracy"].toDouble(), 0, 'f', 3)
                            .arg(evaluation);
    QVERIFY2(list.out.contains(row.toUtf8()), qPrintable(row + "\n" + list.out));
    const Run text = runAlfee({"runs", "show", QString::number(run_), "--workspace", ws_});
    QVERIFY(text.out.contains(QStringLiteral("evaluated in run %1").arg(evaluation).toUtf8()));
}

// Each task's rows under its own classes, with a task column, and only the run's own predictions:
// an evaluation that an older version recorded into the run is left out.
void TestEvaluations::predictionsKeepEachTasksClasses() {
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "legacy");
        db.setDatabaseName(ws_);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO run_predictions(run_id, source, recording, "
                                      "onset_s, subject, split, true_label, probabilities_json) "
                                      "VALUES(%1, 'evaluate:files', '/elsewhere/X.edf', 0, 'X', "
                                      "'evaluation', 0, '[0.5,0.5]')")
                           .arg(run_)));
        db.close();
    }
    QSqlDatabase::removeDatabase("legacy");
    const QString csv = dir_.filePath("predictions.csv");
    const Run r = runAlfee(
        {"export", "predictions", QString::number(run_), "--csv", csv, "--workspace", ws_});
    QVERIFY2(r.code == 0, r.err.constData());
    const QVector<QStringList> rows = readCsv(csv);
    QCOMPARE(rows.value(0),
             (QStringList{"recording", "subject", "split", "onset_s", "task", "true_class",
                          "predicted_class", "p_rest", "p_task", "p_calm", "p_busy"}));
    const QHash<QString, QStringList> classes = {{"workload", {"rest", "task"}},
                                                 {"effort", {"calm", "busy"}}};
    QHash<QString, int> perTask;
    for (int i = 1; i < rows.size(); ++i) {
        const QStringList& row = rows[i];
        QVERIFY2(row.size() == 11 && !row[0].contains("X.edf"), qPrintable(row.join(',')));
        const QStringList own = classes.value(row[4]);
        QVERIFY2(own.contains(row[5]) && own.contains(row[6]), qPrintable(row.join(',')));
        const bool workload = row[4] == "workload";
        QCOMPARE(row[7].isEmpty() || row[8].isEmpty(), !workload);
        QCOMPARE(row[9].isEmpty() || row[10].isEmpty(), workload);
        ++perTask[row[4]];
    }
    QCOMPARE(perTask.size(), 2);
    QCOMPARE(perTask["workload"], perTask["effort"]);  // the same windows, split jointly
    const QString edf = dir_.filePath("edf");
    QCOMPARE(
        runAlfee({"export", "predictions", QString::number(run_), "--edf", edf, "--workspace", ws_})
            .code,
        0);
    const QStringList written = QDir(edf).entryList({"*.edf"});
    QVERIFY(!written.isEmpty());
    const Run info = runAlfee({"info", "--json", QDir(edf).filePath(written.front())});
    QVERIFY(info.out.contains("\"workload: ") && info.out.contains("\"effort: "));
}

// A mapping override (`alfee mapping set`) once changed evaluation and training but not `infer`,
// which mapped every file by its labels. Both now read the workspace's mapping of the content.
void TestEvaluations::inferMapsChannelsAsTheWorkspaceDoes() {
    const QString file = demo("Subject05_1.edf");
    const QStringList infer = {"infer",  "--workspace", ws_,  "--run", QString::number(run_),
                               "--task", "workload",    file, "--csv"};
    const Run before = runAlfee(infer + QStringList{dir_.filePath("before.csv")});
    QVERIFY2(before.code == 0, before.err.constData());
    const Run set = runAlfee({"mapping", "set", "--workspace", ws_, "Subject05_1.edf",
                              "EEG Fp1=", "EEG Fp2=", "EEG F7=", "EEG O1="});
    QVERIFY2(set.code == 0, set.err.constData());
    const Run after = runAlfee(infer + QStringList{dir_.filePath("after.csv")});
    QVERIFY2(after.code == 0, after.err.constData());
    const Run evaluated = runAlfee({"evaluate", "--workspace", ws_, "--run", QString::number(run_),
                                    "--task", "workload", "--data", file, "--class", "rest=_1$",
                                    "--class", "task=_2$", "--json"});
    QVERIFY2(evaluated.code == 0, evaluated.err.constData());
    const QString evaluation =
        QString::number(QJsonDocument::fromJson(evaluated.out).object()["run"].toInteger());
    const QString exported = dir_.filePath("evaluated.csv");
    QCOMPARE(
        runAlfee({"export", "predictions", evaluation, "--csv", exported, "--workspace", ws_}).code,
        0);
    const QStringList classes = {"rest", "task"};
    const auto unmapped =
        probabilitiesByWindow(readCsv(dir_.filePath("before.csv")), "file", "", classes);
    const auto mapped =
        probabilitiesByWindow(readCsv(dir_.filePath("after.csv")), "file", "", classes);
    const auto evaluate = probabilitiesByWindow(readCsv(exported), "recording", "p_", classes);
    QCOMPARE(mapped.size(), 6);
    QVERIFY2(largestDifference(mapped, unmapped) > 1e-4, "the override changed nothing");
    const double gap = largestDifference(mapped, evaluate);
    QVERIFY2(gap < 1e-5, qPrintable(QString::number(gap)));
}

// The command line refuses --batch 0; the job itself must too (the GUI and other callers): a
// batch of 0 predicted no window, for ever.
void TestEvaluations::aBatchOfZeroFailsTheJob() {
    EvaluationOptions o;
    o.workspace = dir_.filePath("none.alfee");
    o.checkpoint = dir_.filePath("none.alfee-ckpt");
    o.dataPaths = {demo("Subject00_1.edf")};
    o.batch = 0;
    InferJob infer(o);
    infer.start();
    QCOMPARE(infer.status(), QStringLiteral("failed"));
    QVERIFY2(infer.message().contains("batch must be 1 or more"), qPrintable(infer.message()));
    EvaluateJob evaluate(o);
    evaluate.start();
    QCOMPARE(evaluate.status(), QStringLiteral("failed"));
    QVERIFY2(evaluate.message().contains("batch must be 1 or more"),
             qPrintable(evaluate.message()));
}

QTEST_GUILESS_MAIN(TestEvaluations)
#include "test_evaluations.moc"
