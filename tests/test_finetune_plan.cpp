// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What one `alfee finetune` request makes, end to end through the command line: the band-power
// baseline beside the model on the same split (linked, side by side in `runs show` and the
// report), the adaptation on exactly the fine-tuning's windows (a 4 s dataset; its subjects,
// steps and whether the test subjects were read, in the record, command and report), and a
// report whose commands, run in an empty folder, give the same metrics again.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <cmath>

#include "cli_run.h"

using namespace Qt::StringLiterals;
using alfee::tests::CliRun;
using alfee::tests::demoFolder;
using alfee::tests::runAlfee;

class TestFineTunePlan : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase();
    void baselineRunsBesideTheModelOnTheSameSplit();
    void evaluateAndInferApplyTheBaselinesModel();
    void evaluateRefusesAnotherPreprocessing();
    void adaptationReadsTheFineTuningWindowsOfItsSubjects();
    void adaptationOnEverySubjectIsRecorded();
    void reportCommandsRerunToTheSameMetrics();

  private:
    QTemporaryDir dir_;
    QString workspace_;
    qint64 fineTune_ = 0;
    QJsonObject runs_;  // kind -> the run's `runs show --json`
};

namespace {

// Four subjects of the demo, 4 s windows: two train, one validation, one test subject.
QStringList datasetArgs(const QString& name) {
    return {"dataset",         "create",   name,      "--task",  "workload",     "--label-from",
            "filename",        "--class",  "rest=_1", "--class", "task=_2",      "--filter",
            "^Subject0[0-3]_", "--window", "4",       "--split", "0.5,0.25,0.25"};
}

QJsonObject showRun(const QString& workspace, qint64 run) {
    const CliRun show =
        runAlfee({"runs", "show", QString::number(run), "--workspace", workspace, "--json"});
    return QJsonDocument::fromJson(show.out).object();
}

QJsonObject testMetrics(const QJsonObject& details, const QString& source) {
    for (const QJsonValue& r : details["results"].toArray())
        if (r["source"].toString().startsWith(source) && r["split"] == "test" &&
            !r.toObject().contains("subject"))
            return r.toObject();
    return {};
}

// The report's command lines, as text (the HTML's code block).
QStringList reportCommands(const QString& html) {
    const QRegularExpression code(u"<code>(.*?)</code>"_s,
                                  QRegularExpression::DotMatchesEverythingOption);
    QTextDocument doc;
    doc.setHtml(code.match(html).captured(1));
    return doc.toPlainText().split(QChar(0x2028)).join('\n').split('\n', Qt::SkipEmptyParts);
}

}  // namespace

void TestFineTunePlan::initTestCase() {
    workspace_ = dir_.filePath("a/ws.alfee");
    QDir().mkpath(dir_.filePath("a"));
    CliRun r = runAlfee({"workspace", "init", "--workspace", workspace_});
    QVERIFY2(r.code == 0, r.err.constData());
    r = runAlfee({"import", demoFolder(), "--workspace", workspace_});
    QVERIFY2(r.code == 0, r.err.constData());
    r = runAlfee(datasetArgs("d4") + QStringList{"--workspace", workspace_});
    QVERIFY2(r.code == 0, r.err.constData());
    r = runAlfee({"finetune", "--workspace", workspace_, "--dataset", "d4", "--with-baseline",
                  "--adapt-steps", "2", "--epochs", "1", "--batch", "8", "--seed", "5", "--threads",
                  "1", "--name", "planned", "--json"});
    QVERIFY2(r.code == 0, r.err.constData());
    fineTune_ = QJsonDocument::fromJson(r.out).object()["run"].toInteger();
    const CliRun list = runAlfee({"runs", "list", "--workspace", workspace_, "--json"});
    for (const QJsonValue& v : QJsonDocument::fromJson(list.out).array())
        runs_[v["kind"].toString()] = showRun(workspace_, v["run"].toInteger());
    QCOMPARE(runs_.keys(), (QStringList{"baseline", "finetune", "pretrain"}));
}

void TestFineTunePlan::baselineRunsBesideTheModelOnTheSameSplit() {
    const QJsonObject tuned = runs_["finetune"].toObject(), baseline = runs_["baseline"].toObject();
    QCOMPARE(tuned["run"].toInteger(), fineTune_);
    QCOMPARE(tuned["config"]["baseline_runs"].toArray(), QJsonArray{baseline["run"]});
    QCOMPARE(baseline["dataset"].toString(), u"d4"_s);
    QCOMPARE(baseline["name"].toString(), u"planned (band-power baseline)"_s);
    // Side by side in `runs show`: the same test windows, the baseline's own metrics.
    const QJsonArray comparison = tuned["baseline"].toArray();
    QCOMPARE(comparison.size(), 1);
    const QJsonObject auroc = comparison[0]["metrics"]["auroc"].toObject();
    QCOMPARE(auroc["model"]["test"].toDouble(), testMetrics(tuned, "finetune")["auroc"].toDouble());
    QCOMPARE(auroc["baseline"]["test"].toDouble(),
             testMetrics(baseline, "baseline")["auroc"].toDouble());
    QCOMPARE(comparison[0]["metrics"]["n_windows"]["model"]["test"],
             comparison[0]["metrics"]["n_windows"]["baseline"]["test"]);
    // The report shows both on every metric.
    const QString html = dir_.filePath("a/report.html");
    const CliRun report =
        runAlfee({"report", QString::number(fineTune_), "--workspace", workspace_, "--html", html});
    QVERIFY2(report.code == 0, report.err.constData());
    QFile f(html);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(f.readAll());
    QVERIFY(page.contains(u"band-power baseline on the same windows and split: run %1."_s.arg(
        baseline["run"].toInteger())));
    QVERIFY(page.contains(u"<th>baseline test</th>"_s));
    QVERIFY(page.contains(u"On the test split"_s));
    for (const char* metric : {"cohen_kappa", "weighted_f1", "auc_pr"})
        QVERIFY(page.contains(u"<td>%1</td>"_s.arg(QLatin1String(metric))));
}

// A baseline run keeps its fitted model: evaluate and infer apply it (they said "run N has no
// checkpoint yet") and give what the run itself recorded for the same windows.
void TestFineTunePlan::evaluateAndInferApplyTheBaselinesModel() {
    const QJsonObject baseline = runs_["baseline"].toObject();
    const QString id = QString::number(baseline["run"].toInteger());
    const QString test =
        baseline["config"]["data_summary"][0]["splits"]["test"]["subjects"][0].toString();
    QVERIFY(!test.isEmpty());
    const CliRun evaluated =
        runAlfee({"evaluate", "--run", id, "--dataset", "d4", "--workspace", workspace_, "--json"});
    QVERIFY2(evaluated.code == 0, evaluated.err.constData());
    const QJsonObject e = QJsonDocument::fromJson(evaluated.out).object();
    QCOMPARE(e["evaluates_run"], baseline["run"]);
    QCOMPARE(e["per_subject"][test]["auroc"].toDouble(),
             testMetrics(baseline, "baseline")["auroc"].toDouble());
    const QString file = demoFolder() + "/" + test + "_1.edf";
    const CliRun inferred =
        runAlfee({"infer", "--run", id, file, "--workspace", workspace_, "--json"});
    QVERIFY2(inferred.code == 0, inferred.err.constData());
    const QJsonObject first =
        QJsonDocument::fromJson(inferred.out).object()["windows"].toArray()[0].toObject();
    const QString csv = dir_.filePath("a/baseline.csv");
    QVERIFY(runAlfee({"export", "predictions", id, "--csv", csv, "--workspace", workspace_}).code ==
            0);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList header = QString::fromUtf8(f.readLine()).trimmed().split(',');
    bool found = false;
    while (!f.atEnd()) {
        const QStringList row = QString::fromUtf8(f.readLine()).trimmed().split(',');
        if (row[0] != file || row[header.indexOf("onset_s")].toDouble() != 0) continue;
        found = true;
        QVERIFY(std::abs(row[header.indexOf("p_rest")].toDouble() -
                         first["probabilities"][0].toDouble()) < 1e-6);
    }
    QVERIFY(found);
}

// evaluate reads with the checkpoint's own preprocessing and electrodes: an explicit --band,
// --notch or --electrodes was silently replaced; it is refused by name.
void TestFineTunePlan::evaluateRefusesAnotherPreprocessing() {
    const QString run = QString::number(fineTune_);
    for (const QStringList& flag : {QStringList{"--band", "1-30"}, QStringList{"--notch", "60"},
                                    QStringList{"--electrodes", "O1,O2"}}) {
        const CliRun r =
            runAlfee(QStringList{"evaluate", "--run", run, "--data", demoFolder(), "--class",
                                 "rest=_1", "--class", "task=_2", "--workspace", workspace_} +
                     flag);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains((flag[0] + ": evaluate reads the recordings with the "
                                           "checkpoint's own")
                                    .toUtf8()),
                 r.err.constData());
    }
}

void TestFineTunePlan::adaptationReadsTheFineTuningWindowsOfItsSubjects() {
    const QJsonObject tuned = runs_["finetune"].toObject()["config"].toObject();
    const QJsonObject adaptation = runs_["pretrain"].toObject();
    QCOMPARE(tuned["adaptation_run"], adaptation["run"]);
    QCOMPARE(tuned["adapt_steps"].toInteger(), 2);  // as asked: the command asks for it again
    QCOMPARE(tuned["from"].toString(), QString());
    QVERIFY(tuned["adapted_checkpoint"].toString().endsWith(
        u".runs/%1/pretrained.alfee-ckpt"_s.arg(adaptation["run"].toInteger())));
    QCOMPARE(adaptation["step"].toInteger(), 2);
    QVERIFY(adaptation["dataset"].toString().contains(u"d4"_s));
    const QJsonObject summary = adaptation["config"]["data_summary"].toObject();
    QCOMPARE(summary["subjects"].toInt(), 3);  // training and validation, not the test subject
    QCOMPARE(summary["recordings"].toInt(), 6);
    // 4 s windows, as the dataset cuts them: 6 recordings of 180 s and 60 s... / 4 s.
    const double windows =
        summary["train_windows"].toDouble() + summary["validation_windows"].toDouble();
    QCOMPARE(summary["hours"].toDouble(), windows * 4 / 3600);
}

void TestFineTunePlan::adaptationOnEverySubjectIsRecorded() {
    const QString workspace = dir_.filePath("all/ws.alfee");
    QDir().mkpath(dir_.filePath("all"));
    QVERIFY(runAlfee({"workspace", "init", "--workspace", workspace}).code == 0);
    QVERIFY(runAlfee({"import", demoFolder(), "--workspace", workspace}).code == 0);
    QVERIFY(runAlfee(datasetArgs("d4") + QStringList{"--workspace", workspace}).code == 0);
    const CliRun r = runAlfee({"finetune", "--workspace", workspace, "--dataset", "d4",
                               "--adapt-steps", "1", "--adapt-on", "all", "--epochs", "1",
                               "--batch", "8", "--threads", "1", "--json"});
    QVERIFY2(r.code == 0, r.err.constData());
    const qint64 run = QJsonDocument::fromJson(r.out).object()["run"].toInteger();
    const QJsonObject config = showRun(workspace, run)["config"].toObject();
    QCOMPARE(config["adapt_on"].toString(), u"all"_s);
    const QJsonObject adaptation = showRun(workspace, config["adaptation_run"].toInteger());
    QCOMPARE(adaptation["config"]["data_summary"]["subjects"].toInt(), 4);
    const QString html = dir_.filePath("all/report.html");
    QVERIFY(
        runAlfee({"report", QString::number(run), "--workspace", workspace, "--html", html}).code ==
        0);
    QFile f(html);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(f.readAll());
    QVERIFY(page.contains(u"the test subjects included"_s));
    QVERIFY(page.contains(u"--adapt-steps 1 --adapt-on all"_s));
}

void TestFineTunePlan::reportCommandsRerunToTheSameMetrics() {
    const QString html = dir_.filePath("a/rerun.html");
    QVERIFY(
        runAlfee({"report", QString::number(fineTune_), "--workspace", workspace_, "--html", html})
            .code == 0);
    QFile f(html);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList commands = reportCommands(QString::fromUtf8(f.readAll()));
    QCOMPARE(commands.size(), 4);  // workspace init, import, dataset create, finetune
    QVERIFY2(commands[2].startsWith(u"alfee dataset create d4 --task workload"_s),
             qPrintable(commands[2]));
    QVERIFY2(commands[3].contains(u"--dataset d4"_s) &&
                 commands[3].contains(u"--adapt-steps 2"_s) && !commands[3].contains(u"--from"_s),
             qPrintable(commands[3]));
    const QString fresh = dir_.filePath("b");
    QDir().mkpath(fresh);
    for (const QString& command : commands) {
        QProcess shell;  // the lines as a user pastes them; threads are not part of the result
        shell.setWorkingDirectory(fresh);
        const QString line = QString(command).replace(QRegularExpression(u"^alfee "_s),
                                                      QStringLiteral(ALFEE_CLI_PATH) + " ");
        shell.start("bash",
                    {"-c", line + (command.contains(u" finetune "_s) ? " --threads 1" : "")});
        QVERIFY(shell.waitForFinished(600000));
        QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());
    }
    const QString again = fresh + "/workspace.alfee";
    const CliRun list = runAlfee({"runs", "list", "--workspace", again, "--json"});
    QJsonObject rerun;
    for (const QJsonValue& v : QJsonDocument::fromJson(list.out).array())
        rerun[v["kind"].toString()] = showRun(again, v["run"].toInteger());
    for (const QString& kind : {u"finetune"_s, u"baseline"_s}) {
        const QString source = kind == "finetune" ? kind : u"baseline"_s;
        const QJsonObject before = testMetrics(runs_[kind].toObject(), source);
        const QJsonObject after = testMetrics(rerun[kind].toObject(), source);
        QVERIFY2(!before.isEmpty(), qPrintable(kind));
        for (const char* metric : {"balanced_accuracy", "auroc", "n_windows"})
            QVERIFY2(qAbs(before[QLatin1String(metric)].toDouble() -
                          after[QLatin1String(metric)].toDouble()) < 1e-9,
                     qPrintable(kind + " " + metric));
    }
}

QTEST_GUILESS_MAIN(TestFineTunePlan)
#include "test_finetune_plan.moc"
