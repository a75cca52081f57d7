// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The band-power baseline: Welch band power of a known sine, the logistic regression against
// scikit-learn's optimum (coefficients printed by LogisticRegression(C=1.0,
// class_weight='balanced', solver='newton-cg', tol=1e-12) on the same 12 rows, scikit-learn
// 1.2, Debian 12; its default lbfgs stops about 1e-6 short of the optimum), the
// test-subject split, and the baseline run on the demo recordings end to end.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "core/dataset/subject_split.h"
#include "core/demo/demo_workspace.h"
#include "core/engine/band_power.h"
#include "core/engine/linear_head_job.h"
#include "core/engine/logistic_regression.h"
#include "core/engine/run_registry.h"

using namespace alfee::core;

class TestBaseline : public QObject {
    Q_OBJECT
  private slots:
    void bandPowerOfASine();
    void logisticMatchesScikitLearn();
    void namedTestSubjects();
    void baselineRunOnDemoRecordings();
};

void TestBaseline::bandPowerOfASine() {
    // 10 s of 20 uV at 10 Hz plus 5 uV at 20 Hz, 256 Hz: alpha holds 20^2/2, beta 5^2/2.
    PreparedWindow w;
    w.electrodes = {"Cz"};
    w.samplesPerChannel = 2560;
    w.mean = {0.0}, w.std = {2.0};  // stored z-scored: microvolts = 2 * z
    for (int i = 0; i < 2560; ++i)
        w.data << float(
            (20 * std::sin(2 * M_PI * 10 * i / 256.0) + 5 * std::sin(2 * M_PI * 20 * i / 256.0)) /
            2.0);
    const QVector<double> f = logBandPowers(w, 256, standardBands());
    QCOMPARE(f.size(), 5);
    QVERIFY(std::abs(std::pow(10, f[2]) - 200.0) / 200.0 < 0.01);  // alpha
    QVERIFY(std::abs(std::pow(10, f[3]) - 12.5) / 12.5 < 0.01);    // beta
    QVERIFY(std::pow(10, f[0]) < 0.01);                            // delta: leakage only
}

void TestBaseline::logisticMatchesScikitLearn() {
    const QVector<QVector<double>> x = {
        {1.76, 0.4, 0.98},   {2.24, 1.87, -0.98}, {0.95, -0.15, -0.1},  {0.41, 0.14, 1.45},
        {0.76, 0.12, 0.44},  {0.33, 1.49, -0.21}, {0.31, -0.85, -2.55}, {0.65, 0.86, -0.74},
        {2.27, -1.45, 0.05}, {-0.19, 1.53, 1.47}, {0.15, 0.38, -0.89},  {-1.98, -0.35, 0.16}};
    const QVector<int> y2 = {0, 1, 0, 1, 1, 0, 0, 1, 1, 1, 0, 1};
    const QVector<int> y3 = {0, 1, 2, 1, 1, 0, 2, 2, 1, 0, 0, 2};
    LogisticModel m;
    QString error;
    QVERIFY(fitLogistic(x, y2, 2, balancedSampleWeights(y2, 2), 1.0, &m, &error));
    const double coef2[3] = {-0.07346929, 0.02637604, 0.55414333};
    for (int j = 0; j < 3; ++j)
        QVERIFY2(std::abs(m.weights[0][j] - coef2[j]) < 1e-6,
                 qPrintable(QString::number(m.weights[0][j], 'g', 10)));
    QVERIFY(std::abs(m.intercepts[0] - 0.11108793) < 1e-6);
    QVERIFY(std::abs(m.probabilities(x[0])[1] - 0.63074003) < 1e-6);
    QVERIFY(fitLogistic(x, y3, 3, balancedSampleWeights(y3, 3), 1.0, &m, &error));
    const double coef3[3][3] = {{-0.14786697, 0.56587253, 0.28143368},
                                {0.66096651, -0.14635032, 0.29007073},
                                {-0.51309954, -0.41952221, -0.57150441}};
    for (int k = 0; k < 3; ++k)
        for (int j = 0; j < 3; ++j) QVERIFY(std::abs(m.weights[k][j] - coef3[k][j]) < 1e-6);
    const QVector<double> p = m.probabilities(x[1]);
    QVERIFY(std::abs(p[0] - 0.41529571) < 1e-6 && std::abs(p[2] - 0.10419551) < 1e-6);
    QVERIFY(!fitLogistic(x, QVector<int>(12, 3), 3, {}, 1.0, &m, &error));
    QVERIFY(error.contains("not one of the 3 classes"));
}

void TestBaseline::namedTestSubjects() {
    QMap<QString, ClassCounts> counts;
    for (int s = 0; s < 9; ++s) counts[QStringLiteral("S%1").arg(s)] = {10, 10};
    SplitSpec spec;
    spec.testSubjects = {"S1", "S4", "S7"};
    const auto split = splitSubjects(counts, 2, spec);
    for (auto it = split.cbegin(); it != split.cend(); ++it)
        QCOMPARE(it.value() == "test", spec.testSubjects.contains(it.key()));
    // Validation: the split's without named test subjects (less any named), at least one.
    SplitSpec untouched;
    const auto before = splitSubjects(counts, 2, untouched);
    QStringList kept;
    for (const QString& s : before.keys("validation"))
        if (!spec.testSubjects.contains(s)) kept << s;
    if (!kept.isEmpty()) QCOMPARE(split.keys("validation"), kept);
    QVERIFY(split.values().count("validation") >= 1);
    QCOMPARE(split.values().count("train"), 6 - split.values().count("validation"));
}

void TestBaseline::baselineRunOnDemoRecordings() {
    QTemporaryDir dir;
    FineTuneOptions o;
    o.workspace = dir.filePath("w.alfee");
    o.dataPaths = {demoRecordingsDir()};
    o.spec.name = "demo workload";
    o.spec.recordingFilter = "^Subject";
    o.spec.label.classes = {{"rest", "_1$"}, {"task", "_2$"}};
    o.spec.split.testSubjects = {"Subject06", "Subject07"};
    o.threads = 1;
    LinearHeadJob job(o);
    job.start();
    QVERIFY2(job.status() == run_status::kFinished, qPrintable(job.message()));
    const QJsonObject test = job.result()["metrics"].toObject()["test"].toObject();
    QVERIFY(test["balanced_accuracy"].toDouble() >= 0 && test["balanced_accuracy"].toDouble() <= 1);
    QString error;
    auto ws = Workspace::open(o.workspace, &error);
    RunRegistry registry(*ws);
    const auto run = registry.find("1", &error);
    QCOMPARE(run->kind, QStringLiteral("baseline"));
    QCOMPARE(run->config["baseline"].toString(), QStringLiteral("bandpower"));
    const QString folder = o.workspace + ".runs/1/";
    QFile csv(folder + "bandpower-features.csv");
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString(csv.readAll()).split('\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 10);
    QVERIFY2(lines[0].startsWith("window,subject,split,label,Fp1:delta,Fp1:theta"),
             qPrintable(lines[0].left(80)));
    int testRows = 0;
    for (const QString& line : lines) testRows += line.section(',', 2, 2) == "test";
    QCOMPARE(test["n_windows"].toInt(), testRows);
    for (const QString& line : lines.mid(1)) {
        const QString subject = line.section(',', 1, 1);
        QCOMPARE(line.section(',', 2, 2) == "test",
                 subject == "Subject06" || subject == "Subject07");
    }
    // A misspelt fold subject is an error that names it, not an empty test split.
    o.spec.split.testSubjects = {"Subject06", "Subjct07"};
    o.workspace = dir.filePath("typo.alfee");
    LinearHeadJob typo(o);
    typo.start();
    QCOMPARE(typo.status(), run_status::kFailed);
    QVERIFY2(typo.message().contains("test subject 'Subjct07' is not one of its subjects"),
             qPrintable(typo.message()));
    QFile model(folder + "bandpower-model.json");
    QVERIFY(model.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(model.readAll())["weights"].toArray().size(), 1);
}

QTEST_MAIN(TestBaseline)
#include "test_baseline.moc"
