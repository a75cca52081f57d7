// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The pretraining job on two small sources of the demo recordings: paradigm labels per source,
// held-out subjects, per-task losses and validation losses in the registry, checkpoints, and a
// finished run that refuses to resume. Cancel and resume: test_training_loop.
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include "core/dataset/paradigms.h"
#include "core/demo/demo_workspace.h"
#include "core/engine/pretrain_data.h"
#include "core/engine/run_registry.h"
#include "core/modeling/pretrain_job.h"
#include "core/modeling/training_support.h"
#include "small_runs.h"

using namespace alfee;
using namespace alfee::core;
using alfee::tests::smallPretraining;

class TestPretrainJob : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase();
    void sourcesCarryTheirParadigmAndSubjectsAreHeldOut();
    void runRecordsTaskLossesAndValidation();

  private:
    PretrainOptions options() const;
    QTemporaryDir dir_, motor_, workload_;
    QString workspace_;
};

void TestPretrainJob::initTestCase() {
    workspace_ = dir_.filePath("pretrain.alfee");
    for (const char* name : {"S001R04.edf"})
        QVERIFY(QFile::copy(demoRecordingsDir() + "/" + name, motor_.filePath(name)));
    for (const char* name : {"Subject00_2.edf", "Subject01_2.edf", "Subject02_2.edf"})
        QVERIFY(QFile::copy(demoRecordingsDir() + "/" + name, workload_.filePath(name)));
}

PretrainOptions TestPretrainJob::options() const {
    return smallPretraining(workspace_, motor_.path(), workload_.path());
}

void TestPretrainJob::sourcesCarryTheirParadigmAndSubjectsAreHeldOut() {
    QString error;
    auto ws = Workspace::open(workspace_, &error);
    if (!ws) ws = Workspace::create(workspace_, &error);
    TrainingData data;
    QVERIFY2(loadPretrainData(*ws, options(), &data, &error), qPrintable(error));
    QCOMPARE(data.recordings.size(), 4);
    // 125 s of S001R04 gives 12 windows of 10 s; 62 s of each EEGMAT file 6.
    QCOMPARE(data.windows.size(), 12 + 3 * 6);
    for (const WindowRef& w : data.windows) {
        const bool motor = data.recordings[w.recording].path.contains("S001R04");
        QCOMPARE(w.label, paradigmNames().indexOf(motor ? "motor-imagery" : "workload"));
        // The last subject by name (Subject02) is held out.
        QCOMPARE(w.split, QString(w.subject == "Subject02" ? "validation" : "train"));
    }
}

void TestPretrainJob::runRecordsTaskLossesAndValidation() {
    PretrainJob job(options());
    job.start();
    QCOMPARE(job.status(), run_status::kFinished);
    QString error;
    auto ws = Workspace::open(workspace_, &error);
    RunRegistry registry(*ws);
    const auto run = registry.find(QString::number(job.result()["run"].toInteger()), &error);
    QVERIFY(run);
    QCOMPARE(run->kind, QStringLiteral("pretrain"));
    QCOMPARE(run->step, qint64(6));
    const QJsonObject history = registry.details(*run, &error)["metric_history"].toObject();
    for (const char* key : {"train_loss", "train_forecast_loss", "train_mask_time_loss",
                            "train_mask_channel_loss", "train_paradigm_loss"})
        QCOMPARE(history[QLatin1String(key)].toArray().size(), 3);  // every 2 steps
    QCOMPARE(history["val_loss"].toArray().size(), 2);              // at steps 3 and 6
    for (const QJsonValue& v : history["val_loss"].toArray())
        QVERIFY(std::isfinite(v.toArray()[1].toDouble()));
    QVERIFY(QFile::exists(job.result()["checkpoint"].toString()));
    QVERIFY(registry.checkpoints(run->id, &error).size() >= 2);
    // Resuming a finished run is refused and leaves it finished.
    PretrainJob again(workspace_, run->id);
    again.start();
    QCOMPARE(again.status(), run_status::kFailed);
    QVERIFY(again.message().contains("has finished"));
    QCOMPARE(registry.find(QString::number(run->id), &error)->status, run_status::kFinished);
}

QTEST_MAIN(TestPretrainJob)
#include "test_pretrain_job.moc"
