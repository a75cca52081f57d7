// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The training loop that pretraining and fine-tuning share (core/modeling/training_loop.h),
// through both jobs on the bundled demo recordings (tiny model, CPU, deterministic): a run
// cancelled part-way and resumed ends with the same weights (and, fine-tuning, the same test
// metrics) as one that ran through; steps with a non-finite loss are skipped, counted, and end
// the run as failed with the same words in both kinds.
#include "core/modeling/torch_include.h"  // before Qt: see the header

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

#include "core/demo/demo_workspace.h"
#include "core/modeling/finetune_job.h"
#include "core/modeling/pretrain_job.h"
#include "core/modeling/training_support.h"
#include "run_records.h"
#include "small_runs.h"

using namespace alfee;
using namespace alfee::core;
using alfee::tests::recordOf;
using alfee::tests::smallFineTuning;
using alfee::tests::smallPretraining;

namespace {

// A kind of training run as the test drives it: a new job, the resumed job, and the size of
// a whole run in steps.
struct RunKind {
    std::function<std::unique_ptr<RunJob>(const QString& workspace, double lr)> make;
    std::function<std::unique_ptr<RunJob>(const QString& workspace, qint64 run)> resume;
};

void copyDemo(const QStringList& names, const QString& to) {
    for (const QString& name : names)
        QVERIFY(QFile::copy(demoRecordingsDir() + "/" + name, to + "/" + name));
}

int64_t lastWeights(const QString& workspace, qint64 run) {
    const QString path = workspace + ".runs/" + QString::number(run) + "/last.alfee-ckpt";
    auto loaded = readCheckpoint(path, torch::kCPU);
    return model::weightsChecksum(loaded.model);
}

}  // namespace

class TestTrainingLoop : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase();
    void resumedRunEqualsUninterrupted_data();
    void resumedRunEqualsUninterrupted();
    void nonFiniteStepsAreSkippedThenFail_data();
    void nonFiniteStepsAreSkippedThenFail();

  private:
    FineTuneOptions fineTuning(const QString& workspace, double lr) const;
    PretrainOptions pretraining(const QString& workspace, double lr) const;
    RunKind kind(const QString& name) const;
    void addKinds();
    QTemporaryDir dir_, workload_, motor_;
};

void TestTrainingLoop::initTestCase() {
    QStringList names;
    for (int s = 0; s < 4; ++s)
        names << QStringLiteral("Subject%1_1.edf").arg(s, 2, 10, QChar('0'))
              << QStringLiteral("Subject%1_2.edf").arg(s, 2, 10, QChar('0'));
    copyDemo(names, workload_.path());
    copyDemo({"S001R04.edf"}, motor_.path());
}

FineTuneOptions TestTrainingLoop::fineTuning(const QString& workspace, double lr) const {
    FineTuneOptions o = smallFineTuning(workspace, workload_.path());
    o.lr = lr, o.deterministic = true;
    return o;
}

PretrainOptions TestTrainingLoop::pretraining(const QString& workspace, double lr) const {
    PretrainOptions o = smallPretraining(workspace, motor_.path(), workload_.path());
    o.lr = lr, o.deterministic = true;
    return o;
}

RunKind TestTrainingLoop::kind(const QString& name) const {
    if (name == "fine-tuning")
        return {
            [this](const QString& ws, double lr) {
                return std::make_unique<FineTuneJob>(fineTuning(ws, lr));
            },
            [](const QString& ws, qint64 run) { return std::make_unique<FineTuneJob>(ws, run); }};
    return {[this](const QString& ws, double lr) {
                return std::make_unique<PretrainJob>(pretraining(ws, lr));
            },
            [](const QString& ws, qint64 run) { return std::make_unique<PretrainJob>(ws, run); }};
}

void TestTrainingLoop::addKinds() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("cancelAt");  // the step after which the run is cancelled
    QTest::newRow("fine-tuning") << "fine-tuning" << 2;
    QTest::newRow("pretraining") << "pretraining" << 4;
}

void TestTrainingLoop::resumedRunEqualsUninterrupted_data() {
    addKinds();
}

void TestTrainingLoop::resumedRunEqualsUninterrupted() {
    QFETCH(QString, kind);
    QFETCH(int, cancelAt);
    const QString workspace = dir_.filePath(kind + ".alfee");
    const RunKind k = this->kind(kind);
    const auto whole = k.make(workspace, 1e-3);
    whole->start();
    QCOMPARE(whole->status(), run_status::kFinished);

    const auto interrupted = k.make(workspace, 1e-3);
    connect(interrupted.get(), &Job::progress, [&](const JobProgress& p) {
        if (p.phase == "training" && p.done == cancelAt) interrupted->cancel();
    });
    interrupted->start();
    QCOMPARE(interrupted->status(), run_status::kCancelled);
    const qint64 run = interrupted->result()["run"].toInteger();
    const QString command = kind == "fine-tuning" ? "finetune" : "pretrain";
    QCOMPARE(interrupted->message(), QStringLiteral("cancelled at step %1; resume with alfee %2 "
                                                    "--resume %3")
                                         .arg(cancelAt)
                                         .arg(command)
                                         .arg(run));
    QCOMPARE(recordOf(workspace, *interrupted).status, run_status::kCancelled);

    const auto resumed = k.resume(workspace, run);
    resumed->start();
    QCOMPARE(resumed->status(), run_status::kFinished);
    const qint64 wholeRun = whole->result()["run"].toInteger();
    QCOMPARE(lastWeights(workspace, run), lastWeights(workspace, wholeRun));
    QCOMPARE(recordOf(workspace, *resumed).step, recordOf(workspace, *whole).step);
    if (kind == "fine-tuning") QCOMPARE(resumed->result()["metrics"], whole->result()["metrics"]);
}

void TestTrainingLoop::nonFiniteStepsAreSkippedThenFail_data() {
    addKinds();
}

// A model whose patch embedding is NaN gives a non-finite loss at every step: each is skipped
// and counted, and after more than the allowed number in a row (2 here) the run ends as failed,
// never training on, with the same words in both kinds.
void TestTrainingLoop::nonFiniteStepsAreSkippedThenFail() {
    QFETCH(QString, kind);
    const QString broken = dir_.filePath(kind + "-nan.alfee-ckpt");
    {
        model::Alfee net(*model::presetConfig("tiny"));
        torch::NoGradGuard noGrad;
        for (auto& p : net->embedding->parameters()) p.fill_(std::nan(""));
        writeCheckpoint(broken, net, nullptr, CheckpointData(), 0, {});
    }
    const QString workspace = dir_.filePath(kind + "-nan.alfee");
    std::unique_ptr<RunJob> job;
    if (kind == "fine-tuning") {
        FineTuneOptions o = fineTuning(workspace, 1e-3);
        o.scratch = false, o.from = broken, o.maxBadSteps = 2, o.epochs = 3;
        job = std::make_unique<FineTuneJob>(o);
    } else {
        PretrainOptions o = pretraining(workspace, 1e-3);
        o.from = broken, o.maxBadSteps = 2;
        job = std::make_unique<PretrainJob>(o);
    }
    job->start();
    QCOMPARE(job->status(), run_status::kFailed);
    QCOMPARE(job->message(), QStringLiteral("3 steps in a row had a non-finite loss or gradient "
                                            "(3 skipped in all); lower --lr"));
    const RunRecord run = recordOf(workspace, *job);
    QCOMPARE(run.status, run_status::kFailed);
    QCOMPARE(run.skippedSteps, qint64(3));
    QCOMPARE(run.step, qint64(2));  // the skipped steps before the one that ended the run
}

QTEST_MAIN(TestTrainingLoop)
#include "test_training_loop.moc"
