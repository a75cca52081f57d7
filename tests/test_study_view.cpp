// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A study in the GUI, on a study the CLI ran (two band-power arms, two folds, two seeds): the
// Runs tab shows each run's arm and fold, the Study button opens the study window, and its forest
// plot, paired lines and table show studyResults()'s own figures.
#include <qcustomplot.h>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include "cli_run.h"
#include "core/engine/study_results.h"
#include "core/engine/study_store.h"
#include "core/report/study_report.h"
#include "ui/runs/run_list_model.h"
#include "ui/runs/runs_dashboard.h"
#include "ui/runs/study_view.h"

using namespace alfee;
using alfee::tests::CliRun;
using alfee::tests::demoFolder;
using alfee::tests::runAlfee;

class TestStudyView : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase();
    void runsTabShowsArmAndFold();
    void studyButtonOpensTheStudy();
    void forestPlotIsThePooledFigures();
    void pairedLinesAreEachFoldsRuns();
    void tableAndMethodAreTheStudys();

  private:
    QTemporaryDir dir_;
    QString workspace_;
    QJsonObject results_;  // studyResults() of study 1
    ui::RunsDashboard dashboard_;
    ui::StudyView* view_ = nullptr;
};

void TestStudyView::initTestCase() {
    workspace_ = dir_.filePath("ws.alfee");
    // Band power only (seconds): plain, and centred per subject (which reads the test
    // subjects' unlabelled windows, so the method says so).
    const CliRun r = runAlfee({"study",
                               "--data",
                               demoFolder(),
                               "--filter",
                               "^Subject0[0-3]_",
                               "--class",
                               "rest=_1",
                               "--class",
                               "task=_2",
                               "--folds",
                               "2",
                               "--seeds",
                               "1,2",
                               "--arms",
                               "bandpower",
                               "--arm",
                               "centred=--baseline bandpower --subject-centring",
                               "--name",
                               "two baselines",
                               "--workspace",
                               workspace_,
                               "--json"});
    QVERIFY2(r.code == 0, r.err.constData());
    QString error;
    auto ws = core::Workspace::open(workspace_, &error);
    QVERIFY2(ws, qPrintable(error));
    const auto study = core::StudyStore(*ws).find(1, &error);
    QVERIFY2(study, qPrintable(error));
    results_ = core::studyResults(*ws, *study, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(results_["finished_runs"].toInt(), 8);
    dashboard_.resize(1200, 800);
    dashboard_.setWorkspace(workspace_);
    dashboard_.show();
}

void TestStudyView::runsTabShowsArmAndFold() {
    QString error;
    auto ws = core::Workspace::open(workspace_, &error);
    const auto study = core::StudyStore(*ws).find(1, &error);
    ui::RunListModel* m = dashboard_.model();
    for (const core::StudyCell& cell : study->cells) {
        const QModelIndex run = m->indexOfRun(cell.run);
        QVERIFY(run.isValid());
        QCOMPARE(run.siblingAtColumn(ui::RunListModel::Arm).data().toString(), cell.arm);
        QCOMPARE(run.siblingAtColumn(ui::RunListModel::Fold).data().toString(),
                 QStringLiteral("%1, seed %2").arg(cell.fold + 1).arg(cell.seed));
        QCOMPARE(m->studyOf(cell.run), 1);
        QCOMPARE(run.parent().data().toString(), QStringLiteral("study 1: two baselines"));
    }
    // The study's own row opens it too.
    const QModelIndex experiment = m->indexOfRun(study->cells.front().run).parent();
    QCOMPARE(experiment.data(ui::RunListModel::StudyRole).toLongLong(), 1);
    dashboard_.tree()->setCurrentIndex(dashboard_.proxy()->mapFromSource(experiment));
    QCOMPARE(dashboard_.selectedStudy(), 1);
    QVERIFY(dashboard_.findChild<QPushButton*>("openStudy")->isEnabled());
}

void TestStudyView::studyButtonOpensTheStudy() {
    QString error;
    auto ws = core::Workspace::open(workspace_, &error);
    const qint64 run = core::StudyStore(*ws).find(1, &error)->cells.front().run;
    dashboard_.selectRuns({run});
    auto* button = dashboard_.findChild<QPushButton*>("openStudy");
    QVERIFY(button && button->isEnabled());
    button->click();
    view_ = dashboard_.findChild<ui::StudyView*>();
    QVERIFY(view_ && view_->isVisible());
    QSignalSpy shown(view_, &ui::StudyView::shown);
    QVERIFY(shown.wait(120000));  // the bootstrap runs on a worker thread
    QCOMPARE(shown.front().front().toLongLong(), 1);
    QCOMPARE(view_->studies()->currentData().toLongLong(), 1);
    // The worker's figures are the ones computed here (the bootstrap is seeded).
    QCOMPARE(view_->results()["arms"], results_["arms"]);
}

void TestStudyView::forestPlotIsThePooledFigures() {
    QVERIFY(view_);
    QCustomPlot* forest = view_->forest();
    const QJsonArray arms = results_["arms"].toArray();
    int checked = 0;
    for (int p = 0; p < forest->plottableCount(); ++p) {
        auto* bars = qobject_cast<QCPErrorBars*>(forest->plottable(p));
        if (!bars) continue;
        auto* graph = qobject_cast<QCPGraph*>(bars->dataPlottable());
        const int k = graph == forest->graph(0) ? 0 : 1;
        const QString metric = core::forestMetrics()[k];
        QCOMPARE(graph->dataCount(), arms.size());
        for (int r = 0; r < arms.size(); ++r) {
            const QJsonObject pooled = arms[r]["pooled"][metric].toObject();
            const double value = (graph->data()->begin() + r)->value;
            QCOMPARE(value, pooled["value"].toDouble());
            QVERIFY(std::abs((graph->data()->begin() + r)->key - r) < 0.5);  // the arm's row
            const QCPErrorBarsData e = bars->data()->at(r);
            QVERIFY(std::abs(value - e.errorMinus - pooled["ci95"][0].toDouble()) < 1e-12);
            QVERIFY(std::abs(value + e.errorPlus - pooled["ci95"][1].toDouble()) < 1e-12);
            ++checked;
        }
    }
    QCOMPARE(checked, 2 * arms.size());
    // The reference arm is marked on its tick.
    auto ticker = forest->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
    QVERIFY(ticker && ticker->ticks().value(0).contains("(reference)"));
    QVERIFY(!ticker->ticks().value(1).contains("(reference)"));
}

void TestStudyView::pairedLinesAreEachFoldsRuns() {
    QVERIFY(view_);
    view_->pairedMetric()->setCurrentIndex(view_->pairedMetric()->findData("auroc"));
    QCustomPlot* paired = view_->paired();
    QCOMPARE(paired->graphCount(), 4);  // 2 folds x 2 seeds
    const QJsonArray arms = results_["arms"].toArray();
    int checked = 0;
    for (int a = 0; a < arms.size(); ++a)
        for (const QJsonValue& run : arms[a]["runs"].toArray()) {
            const int line = (run["fold"].toInt() - 1) * 2 + int(run["seed"].toInteger()) - 1;
            const auto point = paired->graph(line)->data()->findBegin(a, false);
            QCOMPARE(point->key, double(a));
            QCOMPARE(point->value, run["metrics"]["auroc"].toDouble());
            ++checked;
        }
    QCOMPARE(checked, 8);
}

void TestStudyView::tableAndMethodAreTheStudys() {
    QVERIFY(view_);
    const QVector<QStringList> rows = core::studyFigureRows(results_);
    QTableWidget* table = view_->figures();
    QCOMPARE(table->rowCount(), 4);  // two arms x balanced accuracy, AUROC
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c) QCOMPARE(table->item(r, c)->text(), rows[r][c]);
    QCOMPARE(table->horizontalHeaderItem(4)->text(), core::studyFigureHeader()[4]);
    // centred against bandpower: a difference with its interval, p and wins/ties/losses
    QVERIFY(table->item(2, 5)->text().contains('['));
    QCOMPARE(table->item(2, 7)->text().count('/'), 2);
    const QString method = view_->method()->toPlainText();
    QVERIFY(method.contains("2 folds"));
    QVERIFY2(method.contains("centred (subject centring) used each test subject's unlabelled"),
             qPrintable(method));
}

QTEST_MAIN(TestStudyView)
#include "test_study_view.moc"
