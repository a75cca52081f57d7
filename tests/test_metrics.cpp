// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Classification metrics against scikit-learn 1.2.1 (tests/data/metrics_reference.json, a copy
// of shared/data/reference/metrics.json): every value to 1e-9, degenerate cases included.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <cmath>

#include "core/engine/metrics.h"
#include "test_support.h"

using namespace alfee;
using namespace alfee::core;

namespace {

QJsonObject cases() {
    return QJsonDocument::fromJson(tests::readAll(tests::testData("metrics_reference.json")))
        .object()["cases"]
        .toObject();
}

QVector<int> ints(const QJsonValue& v) {
    QVector<int> out;
    for (const QJsonValue& x : v.toArray()) out << x.toInt();
    return out;
}

QVector<double> doubles(const QJsonValue& v) {
    QVector<double> out;
    for (const QJsonValue& x : v.toArray()) out << x.toDouble();
    return out;
}

ConfusionMatrix matrix(const QJsonValue& v) {
    ConfusionMatrix m;
    for (const QJsonValue& row : v.toArray()) {
        QVector<qint64> r;
        for (const QJsonValue& x : row.toArray()) r << x.toInteger();
        m << r;
    }
    return m;
}

// A reference value: a number, or {"value": null|number, ...}; null means undefined (NaN).
double expected(const QJsonValue& v) {
    const QJsonValue x = v.isObject() ? v.toObject()["value"] : v;
    return x.isNull() ? std::nan("") : x.toDouble();
}

void compare(double actual, const QJsonValue& reference, const char* what) {
    const double want = expected(reference);
    if (std::isnan(want)) {
        QVERIFY2(std::isnan(actual), what);
        return;
    }
    QVERIFY2(
        std::abs(actual - want) <= 1e-9,
        qPrintable(QStringLiteral("%1: %2 != %3").arg(what).arg(actual, 0, 'g', 17).arg(want)));
}

}  // namespace

class TestMetrics : public QObject {
    Q_OBJECT
  private slots:
    void labelMetrics_data();
    void labelMetrics();
    void binaryScores_data();
    void binaryScores();
    void multiclassOneVsRest();
    void undefinedValuesBecomeNull();
};

void TestMetrics::labelMetrics_data() {
    QTest::addColumn<QString>("name");
    for (const QString& name : cases().keys()) QTest::newRow(qPrintable(name)) << name;
}

void TestMetrics::labelMetrics() {
    QFETCH(QString, name);
    const QJsonObject c = cases()[name].toObject();
    const QJsonObject ref = c["metrics"].toObject();
    const QVector<int> truth = ints(c["y_true"]), predicted = ints(c["y_pred"]);
    int classes = 2;
    for (int label : truth + predicted) classes = std::max(classes, label + 1);
    const ConfusionMatrix m = confusionMatrix(truth, predicted, classes);
    const QJsonValue refMatrix = ref.contains("confusion_matrix")
                                     ? ref["confusion_matrix"]
                                     : ref["confusion_matrix_labels_0_1"];
    QCOMPARE(m, matrix(refMatrix));
    compare(accuracy(m), ref["accuracy"], "accuracy");
    compare(balancedAccuracy(m), ref["balanced_accuracy"], "balanced accuracy");
    compare(cohenKappa(m), ref["cohen_kappa"], "kappa");
    compare(weightedF1(m), ref["f1_weighted"], "weighted F1");
}

void TestMetrics::binaryScores_data() {
    QTest::addColumn<QString>("name");
    for (const QString& name : cases().keys())
        if (cases()[name].toObject().contains("score")) QTest::newRow(qPrintable(name)) << name;
}

void TestMetrics::binaryScores() {
    QFETCH(QString, name);
    const QJsonObject c = cases()[name].toObject();
    const QJsonObject ref = c["metrics"].toObject();
    const QVector<int> truth = ints(c["y_true"]);
    const QVector<double> score = doubles(c["score"]);
    compare(rocAuc(truth, score), ref["roc_auc"], "AUROC");
    compare(averagePrecision(truth, score), ref["average_precision"], "average precision");
}

void TestMetrics::multiclassOneVsRest() {
    const QJsonObject c = cases()["multiclass5"].toObject();
    const QJsonObject ref = c["metrics"].toObject();
    QVector<QVector<double>> prob;
    for (const QJsonValue& row : c["prob"].toArray()) prob << doubles(row);
    const auto m = classificationMetrics(ints(c["y_true"]), prob, 5);
    QCOMPARE(predictedClasses(prob), ints(c["y_pred"]));
    compare(m.auroc, ref["roc_auc_ovr_macro"], "AUROC one-vs-rest macro");
    compare(m.aucPr, ref["average_precision_macro"], "AP macro");
    compare(m.balancedAccuracy, ref["balanced_accuracy"], "balanced accuracy");
    compare(m.cohenKappa, ref["cohen_kappa"], "kappa");
    compare(m.weightedF1, ref["f1_weighted"], "weighted F1");
    QCOMPARE(m.confusion, matrix(ref["confusion_matrix"]));
}

void TestMetrics::undefinedValuesBecomeNull() {
    const auto m = classificationMetrics({0, 0, 0}, {{0.6, 0.4}, {0.7, 0.3}, {0.9, 0.1}}, 2);
    const QJsonObject o = m.toJson();
    QVERIFY(o["auroc"].isNull());        // one class present: undefined
    QVERIFY(o["cohen_kappa"].isNull());  // sklearn returns NaN
    QCOMPARE(o["balanced_accuracy"].toDouble(), 1.0);
    QCOMPARE(o["n_windows"].toInt(), 3);
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "test_metrics.moc"
