// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `alfee study` end to end on four demo subjects: every arm x fold x seed is an ordinary run of
// the study, the JSON carries the figures other tools read, `study export` gives the runs' own
// test predictions row by row, and a study killed (kill -9) during a run goes on at that run.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "cli_run.h"

using namespace Qt::StringLiterals;
using alfee::tests::CliRun;
using alfee::tests::demoFolder;
using alfee::tests::runAlfee;

class TestStudy : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase();
    void everyCellIsARunOfTheStudy();
    void exportRowsAreTheRunsPredictions();
    void aKilledStudyGoesOnAtItsRun();
    void reportOfAStudy();

  private:
    QTemporaryDir dir_;
    QString workspace_;
    QJsonObject results_;
};

namespace {

// Four subjects in two folds, one seed; the tiny model for one epoch.
QStringList studyArgs(const QString& workspace, const QString& arms, const QString& epochs) {
    return {"study",    "--data",      demoFolder(), "--filter", "^Subject0[0-3]_",
            "--class",  "rest=_1",     "--class",    "task=_2",  "--folds",
            "2",        "--seeds",     "7",          "--arms",   arms,
            "--epochs", epochs,        "--batch",    "8",        "--threads",
            "1",        "--workspace", workspace,    "--json"};
}

QVector<QStringList> csvRows(const QString& path) {
    QFile f(path);
    QVector<QStringList> rows;
    if (!f.open(QIODevice::ReadOnly)) return rows;
    while (!f.atEnd()) rows << QString::fromUtf8(f.readLine()).trimmed().split(',');
    return rows;
}

}  // namespace

void TestStudy::initTestCase() {
    workspace_ = dir_.filePath("ws.alfee");
    const CliRun r = runAlfee(studyArgs(workspace_, "bandpower,scratch", "1"));
    QVERIFY2(r.code == 0, r.err.constData());
    results_ = QJsonDocument::fromJson(r.out).object();
}

void TestStudy::everyCellIsARunOfTheStudy() {
    QCOMPARE(results_["study"].toInteger(), 1);
    QCOMPARE(results_["reference"].toString(), u"bandpower"_s);
    QCOMPARE(results_["finished_runs"].toInt(), 4);
    const QJsonArray arms = results_["arms"].toArray();
    QCOMPARE(arms.size(), 2);
    QSet<QString> tested;
    for (const QJsonValue& run : arms[1]["runs"].toArray())
        for (const QJsonValue& s : run["test_subjects"].toArray()) {
            QVERIFY2(!tested.contains(s.toString()), "a subject in two test folds");
            tested.insert(s.toString());
        }
    QCOMPARE(tested.size(), 4);
    const QJsonObject versus = arms[1]["versus_reference"]["balanced_accuracy"].toObject();
    for (const char* key : {"difference", "ci95", "wilcoxon_p", "wins", "ties", "losses"})
        QVERIFY2(versus.contains(QLatin1String(key)), key);
    QCOMPARE(versus["wins"].toInt() + versus["ties"].toInt() + versus["losses"].toInt(), 2);
    const QJsonObject pooled = arms[0]["pooled"]["auroc"].toObject();
    QVERIFY(pooled["ci95"][0].toDouble() <= pooled["value"].toDouble() &&
            pooled["value"].toDouble() <= pooled["ci95"][1].toDouble());
    // The mean over runs is the mean of the runs' own test metrics.
    double sum = 0;
    for (const QJsonValue& run : arms[0]["runs"].toArray())
        sum += run["metrics"]["balanced_accuracy"].toDouble();
    QVERIFY(std::abs(arms[0]["mean"]["balanced_accuracy"].toDouble() - sum / 2) < 1e-12);
    const CliRun list = runAlfee({"runs", "list", "--workspace", workspace_, "--json"});
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 4);  // ordinary runs
}

void TestStudy::exportRowsAreTheRunsPredictions() {
    const QString csv = dir_.filePath("study.csv");
    const CliRun r = runAlfee({"study", "export", "1", "--csv", csv, "--workspace", workspace_});
    QVERIFY2(r.code == 0, r.err.constData());
    const QVector<QStringList> rows = csvRows(csv);
    QCOMPARE(rows[0].mid(0, 10), (QStringList{"study", "arm", "fold", "seed", "run", "subject",
                                              "recording", "start_s", "label", "predicted"}));
    QCOMPARE(rows[0].mid(10), (QStringList{"p_rest", "p_task"}));
    int compared = 0;
    for (const QJsonValue& arm : results_["arms"].toArray())
        for (const QJsonValue& run : arm["runs"].toArray()) {
            const QString own = dir_.filePath(u"run%1.csv"_s.arg(run["run"].toInteger()));
            QVERIFY(runAlfee({"export", "predictions", QString::number(run["run"].toInteger()),
                              "--csv", own, "--workspace", workspace_})
                        .code == 0);
            const QVector<QStringList> mine = csvRows(own);
            const int p = int(mine[0].indexOf("p_task")), onset = int(mine[0].indexOf("onset_s"));
            for (const QStringList& m : mine.mid(1)) {
                if (m[mine[0].indexOf("split")] != "test") continue;
                for (const QStringList& row : rows.mid(1))
                    if (row[4].toLongLong() == run["run"].toInteger() && row[6] == m[0] &&
                        row[7].toDouble() == m[onset].toDouble()) {
                        QVERIFY(std::abs(row[11].toDouble() - m[p].toDouble()) < 1e-8);
                        ++compared;
                    }
            }
        }
    QCOMPARE(compared, rows.size() - 1);  // every exported row is a run's own test prediction
}

// kill -9 while the second cell trains; --resume resumes that run and finishes the study.
void TestStudy::aKilledStudyGoesOnAtItsRun() {
    const QString workspace = dir_.filePath("killed.alfee");
    const QString model = QFileInfo(QStringLiteral(ALFEE_CLI_PATH)).dir().filePath("alfee-model");
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(model, studyArgs(workspace, "scratch", "3"));
    QByteArray seen;
    auto secondTrains = [&] {
        const qsizetype at = seen.indexOf("(cell 2 of 2)");
        return at >= 0 && seen.indexOf("training", at) >= 0;
    };
    while (!secondTrains()) {
        QVERIFY2(p.waitForReadyRead(300000), seen.right(400).constData());
        seen += p.readAll();
    }
    p.kill();  // SIGKILL
    p.waitForFinished();
    const CliRun resumed = runAlfee({"study", "--resume", "1", "--workspace", workspace, "--json"});
    QVERIFY2(resumed.code == 0, resumed.err.constData());
    QVERIFY2(resumed.err.contains("(cell 2 of 2), resuming its run 2"),
             resumed.err.left(600).constData());
    const QJsonObject r = QJsonDocument::fromJson(resumed.out).object();
    QCOMPARE(r["finished_runs"].toInt(), 2);
    const CliRun list = runAlfee({"runs", "list", "--workspace", workspace, "--json"});
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 2);  // the killed run went on
}

// `alfee report --study`: every arm in the forest plot and the table with its pooled figures,
// each fold, the method, and the command that runs the study again; a PDF beside it.
void TestStudy::reportOfAStudy() {
    const QString html = dir_.filePath("study.html"), pdf = dir_.filePath("study.pdf");
    const CliRun r = runAlfee(
        {"report", "--study", "1", "--html", html, "--pdf", pdf, "--workspace", workspace_});
    QVERIFY2(r.code == 0, r.err.constData());
    QFile f(html);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(f.readAll());
    const QString forest = page.section("<svg", 1).section("</svg>", 0, 0);
    QVERIFY(forest.contains(">bandpower (reference)<"));
    QVERIFY(forest.contains(">scratch<"));
    for (const QJsonValue& arm : results_["arms"].toArray()) {
        const QJsonObject pooled = arm["pooled"]["balanced_accuracy"].toObject();
        const QString figure = u"<td>%1 [%2, %3]</td>"_s.arg(pooled["value"].toDouble(), 0, 'f', 3)
                                   .arg(pooled["ci95"][0].toDouble(), 0, 'f', 3)
                                   .arg(pooled["ci95"][1].toDouble(), 0, 'f', 3);
        QVERIFY2(page.contains(figure), qPrintable(figure));
    }
    QVERIFY(page.contains("<td>2</td><td>7</td>"));  // fold 2, seed 7 in the per-fold table
    QVERIFY(page.contains("Subjects were split into 2 folds"));
    QVERIFY(page.contains("the pooled value is"));  // the method in words, not JSON keys
    const QString command = page.section("<code>", 1).section("</code>", 0, 0);
    for (const QString& part :
         {u"alfee study --data "_s + demoFolder(), u"--folds 2"_s, u"--seeds 7"_s, u"--epochs 1"_s,
          u"--batch 8"_s, u"--threads 1"_s, u"--arms bandpower,scratch"_s,
          u"--reference bandpower"_s, u"--class rest=_1"_s, u"--filter '^Subject0[0-3]_'"_s})
        QVERIFY2(command.contains(part), qPrintable(part + " not in " + command));
    QFile p(pdf);
    QVERIFY(p.open(QIODevice::ReadOnly));
    QCOMPARE(p.read(5), QByteArray("%PDF-"));
    // No study 9: a clear error.
    const CliRun none =
        runAlfee({"report", "--study", "9", "--html", html, "--workspace", workspace_});
    QVERIFY(none.code != 0);
    QVERIFY(none.err.contains("no study 9"));
}

QTEST_GUILESS_MAIN(TestStudy)
#include "test_study.moc"
