// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The run details put a fine-tuning run's metrics beside the band-power baseline fitted on the
// same windows and split, on every metric, with the sentence that says who leads (issue 26:
// the GUI showed the baseline per subject only, in the report, and only when one existed).
#include <QJsonArray>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "core/engine/run_registry.h"
#include "core/workspace/workspace.h"
#include "ui/runs/run_details.h"
#include "ui/runs/run_list_model.h"

using namespace alfee;
using namespace alfee::core;

class TestRunDetails : public QObject {
    Q_OBJECT
  private slots:
    void modelBesideItsBaseline();
    void startingPointSaysLora();
};

namespace {

// A finished run with test metrics on the split every run of this test shares.
qint64 addRun(RunRegistry& registry, const QString& kind, double accuracy, double auroc,
              const QJsonArray& baselines = {}) {
    NewRun run;
    run.kind = kind, run.name = kind, run.dataset = "d", run.datasetHash = "same";
    run.config = {{"spec", QJsonObject{{"split", QJsonObject{{"seed", 42}}}}}};
    if (!baselines.isEmpty()) run.config["baseline_runs"] = baselines;
    QString error;
    const qint64 id = *registry.create(run, &error);
    ResultRecord test{"test", {}, {{"balanced_accuracy", accuracy}, {"auroc", auroc}}};
    test.metrics["confusion_matrix"] = QJsonArray{QJsonArray{5, 5}, QJsonArray{2, 8}};
    const QString source = kind == "baseline" ? "baseline:bandpower" : "finetune:d";
    registry.recordResults(id, source, {"rest", "task"}, {test}, &error);
    registry.finish(id, run_status::kFinished, {}, &error);
    return id;
}

}  // namespace

void TestRunDetails::modelBesideItsBaseline() {
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::create(dir.filePath("w.alfee"), &error);
    RunRegistry registry(*ws);
    const qint64 baseline = addRun(registry, "baseline", 0.879, 0.93);
    const qint64 model = addRun(registry, "finetune", 0.773, 0.81, QJsonArray{baseline});
    ui::RunDetails details;
    QVERIFY2(details.setRun(*ws, model, &error), qPrintable(error));
    QTableWidget* t = details.metricsTable();
    QCOMPARE(t->columnCount(), 5);
    QCOMPARE(t->item(0, 2)->text(), QStringLiteral("0.773"));  // model, test
    QCOMPARE(t->item(0, 4)->text(), QStringLiteral("0.879"));  // baseline, test
    QCOMPARE(t->item(1, 4)->text(), QStringLiteral("0.930"));
    const QString header = details.findChild<QLabel*>()->text();
    QVERIFY2(header.contains("the band-power baseline (run 1) has the higher balanced accuracy, "
                             "0.879 against 0.773 for the model"),
             qPrintable(header));
    // A baseline run itself, or a run without one, has the model's columns only.
    QVERIFY(details.setRun(*ws, baseline, &error));
    QCOMPARE(details.metricsTable()->columnCount(), 3);
}

// A LoRA run kept the checkpoint's weights: the Starting point column says so beside where it
// started (a real window showed plain "bundled pretrained" for LoRA runs).
void TestRunDetails::startingPointSaysLora() {
    core::RunRecord run;
    run.kind = "finetune";
    QCOMPARE(ui::runStartingPoint(run), QStringLiteral("bundled pretrained"));
    run.config = QJsonObject{{"lora_rank", 8}};
    QCOMPARE(ui::runStartingPoint(run), QStringLiteral("bundled pretrained + LoRA rank 8"));
    run.config = QJsonObject{{"lora_rank", 4}, {"scratch", true}, {"size", "tiny"}};
    QCOMPARE(ui::runStartingPoint(run), QStringLiteral("scratch (tiny) + LoRA rank 4"));
}

QTEST_MAIN(TestRunDetails)
#include "test_run_details.moc"
