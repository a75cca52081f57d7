// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The runs dashboard on a registry written as the jobs write it: runs grouped by experiment
// with their key figures, filtering, one run's curves, metrics, confusion matrix and subjects,
// two runs side by side, and a live run followed as it logs.
#include <qcustomplot.h>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include "core/demo/demo_workspace.h"
#include "core/engine/run_registry.h"
#include "core/modeling/finetune_job.h"
#include "core/workspace/workspace.h"
#include "ui/common/job_controller.h"
#include "ui/common/main_window.h"
#include "ui/runs/run_details.h"
#include "ui/runs/run_list_model.h"
#include "ui/runs/runs_dashboard.h"

using namespace alfee;
using namespace alfee::core;
using namespace alfee::ui;

class TestRunsDashboard : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase();
    void groupsRunsByExperiment();
    void filtersByTextAndStatus();
    void showsOneRunAndComparesTwo();
    void aRunOfAnotherProcessShowsWithoutRefresh();
    void anAdaptationRunShowsNoEmptyTables();
    void aBaselineRunTakesTheWholeWidth();
    void followsALiveRun();
    void deleteIsUndoableUntilTheWorkspaceCloses();
    void trainingOnTheWorkerShowsItsRun();
    void cancelAndResumeFromTheDashboard();
    void buttonsAndRowsFollowTheRunningJob();
    void quittingDuringTrainingAsksAndIsSaidNextTime();

  private:
    core::FineTuneOptions demoOptions(const QString& workspace, int epochs) const;
    qint64 addRun(const QString& name, const QString& experiment, const QJsonObject& config,
                  double testAccuracy, bool finish = true);
    QTemporaryDir dir_;
    QString workspace_;
    std::unique_ptr<Workspace> ws_;
    RunsDashboard dashboard_;
    qint64 pretrained_ = 0, scratch_ = 0, live_ = 0;
};

qint64 TestRunsDashboard::addRun(const QString& name, const QString& experiment,
                                 const QJsonObject& config, double testAccuracy, bool finish) {
    RunRegistry registry(*ws_);
    NewRun run;
    run.kind = "finetune", run.name = name, run.experiment = experiment;
    run.config = config, run.dataset = "eegmat", run.device = "cpu";
    QString error;
    const qint64 id = *registry.create(run, &error);
    for (int step = 1; step <= 6; ++step)
        registry.logMetrics(id, step, step / 3, {{"train_loss", 1.0 / step}}, &error);
    registry.logMetrics(id, 3, 1, {{"val_balanced_accuracy", 0.6}}, &error);
    registry.logMetrics(id, 6, 2, {{"val_balanced_accuracy", testAccuracy}}, &error);
    QJsonObject metrics{{"balanced_accuracy", testAccuracy}, {"n_windows", 40}};
    ResultRecord test{"test", {}, metrics};
    test.metrics["confusion_matrix"] = QJsonArray{QJsonArray{15, 5}, QJsonArray{3, 17}};
    ResultRecord subject{"test", "Subject07",
                         QJsonObject{{"balanced_accuracy", 0.7}, {"n_windows", 20}}};
    subject.metrics["confusion_matrix"] = QJsonArray{QJsonArray{7, 3}, QJsonArray{3, 7}};
    registry.recordResults(id, "finetune:eegmat", {"rest", "task"}, {test, subject}, &error);
    registry.setProgress(id, 6, 2, 0, &error);
    if (finish) registry.finish(id, run_status::kFinished, "best epoch 2", &error);
    return id;
}

// The CLI writes the registry from another process: the dashboard polled only while one of
// its runs was live, so a run started there stayed invisible until Refresh.
void TestRunsDashboard::aRunOfAnotherProcessShowsWithoutRefresh() {
    const qint64 run = addRun("from the CLI", {}, {}, 0.7);  // another connection writes it
    QTRY_VERIFY_WITH_TIMEOUT(dashboard_.model()->indexOfRun(run).isValid(), 6000);
    QString error;
    QVERIFY(RunRegistry(*ws_).remove(run, &error));
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard_.model()->indexOfRun(run).isValid(), 6000);
}

// An adaptation (pretraining) run showed a metrics table of "-", an empty 0-1 score axis and
// its one validation-loss dot cut in half at the edge of the plot.
void TestRunsDashboard::anAdaptationRunShowsNoEmptyTables() {
    RunRegistry registry(*ws_);
    NewRun run;
    run.kind = "pretrain", run.name = "adaptation", run.dataset = "eegmat", run.device = "cpu";
    QString error;
    const qint64 id = *registry.create(run, &error);
    for (int step = 1; step <= 5; ++step)
        registry.logMetrics(id, step, 0, {{"train_loss", 2.0 / step}}, &error);
    registry.logMetrics(id, 5, 0, {{"val_loss", 0.3}}, &error);
    registry.finish(id, run_status::kFinished, "5 steps; 0 non-finite steps skipped", &error);
    RunDetails details;
    details.resize(900, 600);
    details.show();
    QVERIFY(QTest::qWaitForWindowExposed(&details));
    QVERIFY2(details.setRun(*ws_, id, &error), qPrintable(error));
    QVERIFY(!details.metricsTable()->isVisibleTo(&details));
    QCustomPlot* curves = details.curves();
    QVERIFY(!curves->yAxis2->visible());
    const double last = curves->graph(1)->data()->at(0)->value;  // the validation loss
    QVERIFY(curves->yAxis->range().lower < last && last > 0);
    QVERIFY(curves->xAxis->range().upper > 5);  // the dot at step 5 lies inside the plot
    QVERIFY(registry.remove(id, &error));
}

// A baseline run has no curves: its confusion matrix's maximum width made the whole pane about
// 410 of 1600 px, the subjects' columns cut off.
void TestRunsDashboard::aBaselineRunTakesTheWholeWidth() {
    RunRegistry registry(*ws_);
    NewRun run;
    run.kind = "baseline", run.name = "band power", run.dataset = "eegmat", run.device = "cpu";
    QString error;
    const qint64 id = *registry.create(run, &error);
    ResultRecord test{"test", {}, QJsonObject{{"balanced_accuracy", 0.7}, {"n_windows", 40}}};
    test.metrics["confusion_matrix"] = QJsonArray{QJsonArray{15, 5}, QJsonArray{7, 13}};
    registry.recordResults(id, "baseline:eegmat", {"rest", "task"}, {test}, &error);
    registry.finish(id, run_status::kFinished, {}, &error);
    dashboard_.resize(1600, 1000);
    dashboard_.refresh();
    dashboard_.selectRuns({id});
    RunDetails* d = dashboard_.details(0);
    auto rightEdge = [d] {
        return d->subjectTable()->mapTo(d, QPoint(d->subjectTable()->width(), 0)).x();
    };
    QTest::qWait(300);  // the splitters take their new limits from posted layout requests
    QVERIFY2(d->width() > 1400 && rightEdge() > 1400, qPrintable(QString::number(rightEdge())));
    QVERIFY(!dashboard_.details(0)->curves()->isVisible());
    QVERIFY(dashboard_.details(0)->confusion()->isVisible());
    QVERIFY(registry.remove(id, &error));
    dashboard_.resize(1200, 800);
}

void TestRunsDashboard::initTestCase() {
    workspace_ = dir_.filePath("runs.alfee");
    QString error;
    ws_ = Workspace::create(workspace_, &error);
    QVERIFY(ws_);
    pretrained_ = addRun("pretrained s1", "workload fold 0", {}, 0.8);
    scratch_ = addRun("scratch s1", "workload fold 0", {{"scratch", true}, {"size", "tiny"}}, 0.55);
    addRun("other", {}, {{"from", "/x/mine.alfee-ckpt"}}, 0.5);
    dashboard_.resize(1200, 800);
    dashboard_.setWorkspace(workspace_);
    dashboard_.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard_));
}

void TestRunsDashboard::groupsRunsByExperiment() {
    RunListModel* m = dashboard_.model();
    QCOMPARE(m->rowCount(), 2);  // "workload fold 0" and "No experiment"
    const QModelIndex fold = m->indexOfRun(pretrained_).parent();
    QCOMPARE(fold.data().toString(), QStringLiteral("workload fold 0"));
    QCOMPARE(m->rowCount(fold), 2);
    const QModelIndex run = m->indexOfRun(scratch_);
    QCOMPARE(run.siblingAtColumn(RunListModel::Start).data().toString(),
             QStringLiteral("scratch (tiny)"));
    QCOMPARE(run.siblingAtColumn(RunListModel::BalancedAccuracy).data().toString(),
             QStringLiteral("0.550"));
    QCOMPARE(m->indexOfRun(pretrained_).siblingAtColumn(RunListModel::Start).data().toString(),
             QStringLiteral("bundled pretrained"));
}

void TestRunsDashboard::filtersByTextAndStatus() {
    dashboard_.filter()->setText("scratch");
    QSortFilterProxyModel* p = dashboard_.proxy();
    QCOMPARE(p->rowCount(), 1);
    QCOMPARE(p->rowCount(p->index(0, 0)), 1);
    dashboard_.filter()->setText("mine.alfee");  // the starting point's file
    QCOMPARE(p->rowCount(), 1);
    QCOMPARE(p->index(0, 0).data().toString(), QStringLiteral("No experiment"));
    dashboard_.filter()->clear();
    QCOMPARE(p->rowCount(), 2);
}

void TestRunsDashboard::showsOneRunAndComparesTwo() {
    dashboard_.selectRuns({pretrained_});
    RunDetails* d = dashboard_.details(0);
    QCOMPARE(d->run(), pretrained_);
    QVERIFY(!dashboard_.details(1)->isVisible());
    QCOMPARE(d->curves()->graphCount(), 2);  // train loss, validation balanced accuracy
    QCOMPARE(d->curves()->graph(0)->data()->size(), 6);
    QCOMPARE(d->metricsTable()->item(0, 0)->text(), QStringLiteral("balanced accuracy"));
    QCOMPARE(d->metricsTable()->item(0, 2)->text(), QStringLiteral("0.800"));
    QCOMPARE(d->subjectTable()->rowCount(), 1);
    QCOMPARE(d->subjectTable()->item(0, 0)->text(), QStringLiteral("Subject07"));
    auto* map = qobject_cast<QCPColorMap*>(d->confusion()->plottable(0));
    QVERIFY(map);
    QCOMPARE(map->data()->cell(0, 1), 0.75);  // true rest (top row), predicted rest: 15 of 20
    QCOMPARE(d->confusion()->itemCount(), 4);
    QString error;
    const QString report = dir_.filePath("report.html");
    QSignalSpy written(&dashboard_, &RunsDashboard::reportWritten);
    QVERIFY2(dashboard_.exportReport(pretrained_, report, &error), qPrintable(error));
    QVERIFY(written.wait(30000));  // on the report worker: the window stays responsive
    QFile html(report);
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(QString(html.readAll())
                .contains("Run " + QString::number(pretrained_) + ": pretrained s1"));
    dashboard_.selectRuns({pretrained_, scratch_});
    QVERIFY(dashboard_.details(1)->isVisible());
    QCOMPARE(dashboard_.details(1)->run(), scratch_);
    QCOMPARE(dashboard_.details(1)->metricsTable()->item(0, 2)->text(), QStringLiteral("0.550"));
    // The differences of the two in one table: metrics, then the settings that differ.
    QTableWidget* diff = dashboard_.comparison();
    QVERIFY(diff->isVisible());
    QStringList rows;
    for (int r = 0; r < diff->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < diff->columnCount(); ++c)
            cells << (diff->item(r, c) ? diff->item(r, c)->text() : QString());
        rows << cells.join(" | ");
    }
    QVERIFY2(rows.contains("balanced accuracy | test | 0.800 | 0.550 | -0.250"),
             qPrintable(rows.join("\n")));
    QVERIFY2(rows.contains("scratch | setting | - | true | "), qPrintable(rows.join("\n")));
    // Each run's metrics table is as wide as its columns: the test column is not cut off.
    for (int k = 0; k < 2; ++k) {
        QTableWidget* m = dashboard_.details(k)->metricsTable();
        QTRY_VERIFY2(m->columnViewportPosition(2) + m->columnWidth(2) <= m->viewport()->width(),
                     qPrintable(QStringLiteral("run %1: test column ends at %2 of %3 px")
                                    .arg(k)
                                    .arg(m->columnViewportPosition(2) + m->columnWidth(2))
                                    .arg(m->viewport()->width())));
    }
    dashboard_.selectRuns({pretrained_});
    QVERIFY(!diff->isVisible());
}

void TestRunsDashboard::followsALiveRun() {
    live_ = addRun("live", "workload fold 1", {}, 0.5, false);
    dashboard_.refresh();
    QVERIFY(dashboard_.model()->anyRunning());
    dashboard_.selectRuns({live_});
    QCOMPARE(dashboard_.details(0)->curves()->graph(0)->data()->size(), 6);
    QString error;
    RunRegistry(*ws_).logMetrics(live_, 7, 2, {{"train_loss", 0.1}}, &error);
    // The dashboard polls every 2 s while a run is live.
    QTRY_COMPARE_WITH_TIMEOUT(dashboard_.details(0)->curves()->graph(0)->data()->size(), 7, 5000);
    QCOMPARE(dashboard_.selectedRuns(), QList<qint64>{live_});
}

void TestRunsDashboard::deleteIsUndoableUntilTheWorkspaceCloses() {
    const qint64 doomed = addRun("doomed", "cleanup", {}, 0.4);
    const QString folder = RunRegistry(*ws_).runFolder(doomed);
    QVERIFY(QDir().mkpath(folder));
    QFile checkpoint(folder + "/best.alfee-ckpt");
    QVERIFY(checkpoint.open(QIODevice::WriteOnly) && checkpoint.write("x") == 1);
    checkpoint.close();
    dashboard_.refresh();
    dashboard_.selectRuns({doomed});
    dashboard_.deleteSelected();
    QVERIFY(!dashboard_.model()->indexOfRun(doomed).isValid());  // gone from view at once
    QVERIFY(QFile::exists(checkpoint.fileName()));               // nothing lost yet
    dashboard_.undoStack()->undo();
    QVERIFY(dashboard_.model()->indexOfRun(doomed).isValid());
    dashboard_.undoStack()->redo();
    QVERIFY(!dashboard_.model()->indexOfRun(doomed).isValid());
    dashboard_.setWorkspace(dir_.filePath("another.alfee"));  // the workspace closes
    QString error;
    QVERIFY(!RunRegistry(*ws_).find(QString::number(doomed), &error));
    QVERIFY(!QFile::exists(folder));
    QVERIFY(RunRegistry(*ws_).find(QString::number(pretrained_), &error));  // the others stay
    dashboard_.setWorkspace(workspace_);
}

core::FineTuneOptions TestRunsDashboard::demoOptions(const QString& workspace, int epochs) const {
    core::FineTuneOptions o;
    o.workspace = workspace;
    o.dataPaths = {core::demoRecordingsDir()};
    o.spec.name = "demo workload";
    o.spec.recordingFilter = "^Subject";
    o.spec.label.classes = {{"rest", "_1$"}, {"task", "_2$"}};
    o.spec.split.testSubjects = {"Subject06", "Subject07"};
    o.scratch = true, o.epochs = epochs, o.threads = 1, o.device = "cpu";
    return o;
}

// A fine-tuning job on the worker thread finishes and its run shows in the dashboard. How long
// the GUI thread waits meanwhile is measured by bench/bench_gui_latency (a timed bound here
// failed on a loaded machine).
void TestRunsDashboard::trainingOnTheWorkerShowsItsRun() {
    RunsDashboard dashboard;
    const QString workspace = dir_.filePath("train.alfee");
    dashboard.setWorkspace(workspace);
    QSignalSpy done(dashboard.jobs(), &JobController::finished);
    QVERIFY(dashboard.jobs()->start(std::make_unique<FineTuneJob>(demoOptions(workspace, 1))));
    QVERIFY(done.wait(300000));
    QCOMPARE(done.first()[0].toString(), run_status::kFinished);
    dashboard.refresh();
    const qint64 run = done.first()[2].toJsonObject()["run"].toInteger();
    QVERIFY(dashboard.model()->indexOfRun(run).isValid());
}

void TestRunsDashboard::cancelAndResumeFromTheDashboard() {
    RunsDashboard dashboard;
    const QString workspace = dir_.filePath("resume.alfee");
    dashboard.setWorkspace(workspace);
    QSignalSpy done(dashboard.jobs(), &JobController::finished);
    bool asked = false;
    connect(dashboard.jobs(), &JobController::progress, [&](const core::JobProgress& p) {
        if (p.phase == "training" && p.done >= 2 && !asked) asked = true, dashboard.cancelRunning();
    });
    QVERIFY(dashboard.jobs()->start(std::make_unique<FineTuneJob>(demoOptions(workspace, 2))));
    QVERIFY(done.wait(300000));
    QCOMPARE(done.takeFirst()[0].toString(), run_status::kCancelled);
    const qint64 run = dashboard.jobs()->runId();
    QVERIFY(run > 0);
    dashboard.refresh();
    dashboard.selectRuns({run});
    QVERIFY(dashboard.details(0)->findChild<QLabel*>()->text().contains("Resume continues it"));
    dashboard.resumeSelected();
    QVERIFY(dashboard.jobs()->busy());
    QVERIFY(done.wait(300000));
    QCOMPARE(done.first()[0].toString(), run_status::kFinished);
    QString error;
    auto ws = Workspace::open(workspace, &error);
    QCOMPARE(RunRegistry(*ws).find(QString::number(run), &error)->status, run_status::kFinished);
}

// In a real window: a new run was not selected after Start, its Steps lagged until a
// checkpoint, Cancel run was enabled (and cancelled the running run) with a finished run
// selected, Delete was enabled on the running run, and a resumed run showed "cancelled" until
// Refresh.
void TestRunsDashboard::buttonsAndRowsFollowTheRunningJob() {
    RunsDashboard dashboard;
    const QString workspace = dir_.filePath("buttons.alfee");
    QString error;
    qint64 finished = 0;
    {
        auto ws = Workspace::create(workspace, &error);
        QVERIFY2(ws, qPrintable(error));
        RunRegistry registry(*ws);
        finished =
            *registry.create({"finetune", "done before", {}, {}, "x", "", "cpu", 1, 1}, &error);
        QVERIFY(registry.finish(finished, run_status::kFinished, "best epoch 1", &error));
    }
    dashboard.setWorkspace(workspace);
    dashboard.resize(1200, 800);
    dashboard.show();
    auto* cancel = dashboard.findChild<QPushButton*>("cancelRun");
    auto* remove = dashboard.findChild<QPushButton*>("deleteRuns");
    QSignalSpy done(dashboard.jobs(), &JobController::finished);
    QString stepsAtTwo;
    bool checked = false;
    connect(dashboard.jobs(), &JobController::progress, [&](const core::JobProgress& p) {
        if (p.phase != "training" || p.done != 2 || checked) return;
        checked = true;  // after the dashboard's own handler (connected first)
        stepsAtTwo = dashboard.model()
                         ->indexOfRun(p.run)
                         .siblingAtColumn(RunListModel::Steps)
                         .data()
                         .toString();
        QCOMPARE(dashboard.selectedRuns(), QList<qint64>{p.run});
        QVERIFY(cancel->isEnabled());
        QVERIFY(!remove->isEnabled());
        dashboard.selectRuns({finished});
        QVERIFY(!cancel->isEnabled());
        QVERIFY(remove->isEnabled());
        dashboard.selectRuns({p.run});
        cancel->click();
    });
    QVERIFY(dashboard.startFineTune(demoOptions(workspace, 2)));
    QVERIFY(done.wait(300000));
    QVERIFY(checked);
    QCOMPARE(stepsAtTwo, QStringLiteral("2"));
    QCOMPARE(done.takeFirst()[0].toString(), run_status::kCancelled);
    const qint64 run = dashboard.jobs()->runId();
    QTRY_COMPARE(dashboard.model()->statusOf(run), QStringLiteral("cancelled"));
    dashboard.selectRuns({run});
    dashboard.resumeSelected();
    QTRY_COMPARE_WITH_TIMEOUT(dashboard.model()->statusOf(run), QStringLiteral("running"), 5000);
    QVERIFY(done.wait(300000));
    QTRY_COMPARE(dashboard.model()->statusOf(run), QStringLiteral("finished"));
}

// Closing the window during training asked nothing, and the next start did not say that the
// run had been cancelled.
void TestRunsDashboard::quittingDuringTrainingAsksAndIsSaidNextTime() {
    const QString workspace = dir_.filePath("quit.alfee");
    QString error;
    QVERIFY(Workspace::create(workspace, &error));
    QStringList asked;
    bool agree = false;
    qint64 run = 0;
    {
        MainWindow window;
        window.confirmQuit = [&](const QString& question) {
            asked << question;
            return agree;
        };
        window.openWorkspace(workspace);
        window.show();
        QTRY_COMPARE(window.workspacePath(), workspace);
        RunsDashboard* runs = window.runsDashboard();
        QSignalSpy done(runs->jobs(), &JobController::finished);
        QVERIFY(runs->startFineTune(demoOptions(workspace, 3)));
        QTRY_VERIFY_WITH_TIMEOUT(runs->jobs()->runId() > 0, 60000);
        run = runs->jobs()->runId();
        QVERIFY(!window.close());  // "no": the window stays, the run goes on
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked[0].contains(QStringLiteral("Run %1 is training").arg(run)),
                 qPrintable(asked[0]));
        QVERIFY(runs->jobs()->busy());
        agree = true;
        QVERIFY(window.close());
        QVERIFY(done.wait(120000));
        QCOMPARE(done.first()[0].toString(), run_status::kCancelled);
    }
    MainWindow next;
    next.openWorkspace(workspace);
    QTRY_COMPARE(next.workspacePath(), workspace);
    const QString said = next.interruptedWork().join("\n");
    QVERIFY2(said.contains(QStringLiteral("Run %1 ").arg(run)) &&
                 said.contains("was cancelled when the workbench was closed"),
             qPrintable(said));
    MainWindow third;  // said once
    third.openWorkspace(workspace);
    QTRY_COMPARE(third.workspacePath(), workspace);
    QVERIFY(third.interruptedWork().isEmpty());
}

QTEST_MAIN(TestRunsDashboard)
#include "test_runs_dashboard.moc"
