// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Data-parallel pretraining on c10d: the launchers' variables, two `alfee pretrain` processes
// on 127.0.0.1 ending with the weights of one process with the same global batch, and a rank
// that is missing or killed ending the other with a message.
#include <unistd.h>

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "core/demo/demo_workspace.h"
#include "core/engine/distributed_env.h"
#include "core/engine/run_registry.h"
#include "core/modeling/training_support.h"

using namespace alfee;
using namespace alfee::core;

class TestDataParallel : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase();
    void launcherVariables();
    void twoProcessesEqualOne();
    void missingRankTimesOut();
    void killedRankEndsTheOther();

  private:
    QStringList pretrainArgs(const QString& workspace, int steps) const;
    QProcess* start(const QStringList& args, int rank, int world, int port);
    static std::vector<at::Tensor> weightsOf(const QString& workspace);
    QTemporaryDir dir_;
    QString data_;
    int port_ = 20000 + int(getpid() % 20000);
};

void TestDataParallel::initTestCase() {
    data_ = dir_.filePath("data");
    QDir().mkpath(data_);
    for (const char* name : {"S001R04.edf", "Subject00_2.edf", "Subject01_2.edf"})
        QVERIFY(QFile::copy(demoRecordingsDir() + "/" + name, data_ + "/" + name));
}

void TestDataParallel::launcherVariables() {
    QProcessEnvironment env;
    DistributedEnv d;
    QString error;
    QVERIFY(readDistributedEnv(env, &d, &error));
    QVERIFY(!d.active() && d.leader());
    env.insert("WORLD_SIZE", "1");  // torchrun --nproc-per-node 1: a group of one
    QVERIFY(readDistributedEnv(env, &d, &error));
    QVERIFY(d.active() && d.leader() && d.worldSize == 1);
    env.insert("RANK", "1"), env.insert("WORLD_SIZE", "4"), env.insert("LOCAL_RANK", "1");
    env.insert("MASTER_ADDR", "node7"), env.insert("MASTER_PORT", "29400");
    QVERIFY(readDistributedEnv(env, &d, &error));
    QCOMPARE(d.launcher, QStringLiteral("torchrun"));
    QVERIFY(d.active() && !d.leader());
    QCOMPARE(d.masterAddress, QStringLiteral("node7"));
    QCOMPARE(d.masterPort, 29400);
    env.insert("RANK", "4");
    QVERIFY(!readDistributedEnv(env, &d, &error));
    QVERIFY(error.contains("world size 4"));
    QProcessEnvironment slurm;
    slurm.insert("SLURM_PROCID", "3"), slurm.insert("SLURM_NTASKS", "8");
    slurm.insert("SLURM_LOCALID", "3"), slurm.insert("SLURM_JOB_ID", "4242");
    slurm.insert("SLURM_JOB_NODELIST", "gpu[03-05,07],cpu1");
    QVERIFY(readDistributedEnv(slurm, &d, &error));
    QCOMPARE(d.launcher, QStringLiteral("slurm"));
    QCOMPARE(d.rank, 3);
    QCOMPARE(d.worldSize, 8);
    QCOMPARE(d.localRank, 3);
    QCOMPARE(d.masterAddress, QStringLiteral("gpu03"));
    QCOMPARE(d.masterPort, 15000 + 4242);
    QCOMPARE(firstSlurmHost("a,b"), QStringLiteral("a"));
    QCOMPARE(firstSlurmHost("n-[1-2]"), QStringLiteral("n-1"));
    slurm.insert("SLURM_NTASKS", "x");
    QVERIFY(!readDistributedEnv(slurm, &d, &error));
    QVERIFY(error.contains("SLURM_NTASKS"));
}

QStringList TestDataParallel::pretrainArgs(const QString& workspace, int steps) const {
    return {"pretrain",
            "--workspace",
            workspace,
            "--data",
            data_,
            "--paradigm",
            "workload",
            "--size",
            "tiny",
            "--steps",
            QString::number(steps),
            "--batch",
            "6",
            "--lr",
            "1e-4",
            "--seed",
            "3",
            "--threads",
            "1",
            "--device",
            "cpu",
            "--validation-subjects",
            "0",
            "--checkpoint-every",
            "100",
            "--log-every",
            "1",
            "--timeout",
            "20"};
}

QProcess* TestDataParallel::start(const QStringList& args, int rank, int world, int port) {
    auto* p = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (world > 1) {
        env.insert("RANK", QString::number(rank)), env.insert("LOCAL_RANK", QString::number(rank));
        env.insert("WORLD_SIZE", QString::number(world));
        env.insert("MASTER_ADDR", "127.0.0.1"), env.insert("MASTER_PORT", QString::number(port));
    }
    p->setProcessEnvironment(env);
    p->start(ALFEE_CLI_PATH, args);
    return p;
}

std::vector<at::Tensor> TestDataParallel::weightsOf(const QString& workspace) {
    auto loaded = readCheckpoint(workspace + ".runs/1/pretrained.alfee-ckpt", torch::kCPU);
    std::vector<at::Tensor> weights;
    for (const auto& p : loaded.model->parameters()) weights.push_back(p.detach().clone());
    return weights;
}

void TestDataParallel::twoProcessesEqualOne() {
    const QString one = dir_.filePath("one.alfee"), two = dir_.filePath("two.alfee");
    QProcess* single = start(pretrainArgs(one, 3), 0, 1, 0);
    QVERIFY(single->waitForFinished(300000));
    QVERIFY2(single->exitCode() == 0, single->readAllStandardError().constData());
    QProcess* rank0 = start(pretrainArgs(two, 3), 0, 2, port_);
    QProcess* rank1 = start(pretrainArgs(two, 3), 1, 2, port_);
    QVERIFY(rank0->waitForFinished(300000) && rank1->waitForFinished(300000));
    QVERIFY2(rank0->exitCode() == 0, rank0->readAllStandardError().constData());
    QVERIFY2(rank1->exitCode() == 0, rank1->readAllStandardError().constData());
    QVERIFY(rank1->readAllStandardOutput().isEmpty());  // rank 0 speaks for the job

    const auto a = weightsOf(one), b = weightsOf(two);
    QCOMPARE(a.size(), b.size());
    double largest = 0;
    for (size_t i = 0; i < a.size(); ++i)
        largest = std::max(largest, (a[i] - b[i]).abs().max().item<double>());
    // Summation order differs (a sum of two halves): within 1e-5 at this learning rate, where
    // Adam's first steps move a weight by up to lr = 1e-4 each.
    qInfo("largest weight difference, 2 processes vs 1: %g", largest);
    QVERIFY2(largest < 1e-5, qPrintable(QString::number(largest)));

    // One run in the registry, written by rank 0, with the same per-task losses.
    QString error;
    auto wsOne = Workspace::open(one, &error), wsTwo = Workspace::open(two, &error);
    RunRegistry regOne(*wsOne), regTwo(*wsTwo);
    QCOMPARE(regTwo.list(&error).size(), 1);
    const auto run = regTwo.find("1", &error);
    QCOMPARE(run->config["data_parallel"].toObject()["world_size"].toInt(), 2);
    QCOMPARE(run->config["data_parallel"].toObject()["backend"].toString(), QStringLiteral("gloo"));
    const QJsonObject h1 = regOne.details(*regOne.find("1", &error), &error)["metric_history"]
                               .toObject(),
                      h2 = regTwo.details(*run, &error)["metric_history"].toObject();
    for (const char* key : {"train_loss", "train_forecast_loss", "train_paradigm_loss"}) {
        const QJsonArray x = h1[QLatin1String(key)].toArray(), y = h2[QLatin1String(key)].toArray();
        QVERIFY(!x.isEmpty() && x.size() == y.size());
        for (int i = 0; i < x.size(); ++i)  // [step, epoch, value]
            QVERIFY(std::abs(x[i].toArray()[2].toDouble() - y[i].toArray()[2].toDouble()) < 1e-5);
    }
}

void TestDataParallel::missingRankTimesOut() {
    QStringList args = pretrainArgs(dir_.filePath("alone.alfee"), 3);
    args.last() = "3";  // --timeout 3
    QProcess* rank0 = start(args, 0, 2, port_ + 1);
    QVERIFY(rank0->waitForFinished(60000));
    QVERIFY(rank0->exitCode() != 0);
    const QString err = rank0->readAllStandardError();
    QVERIFY2(err.contains("rank 0 of 2: could not join the group at 127.0.0.1"), qPrintable(err));
}

void TestDataParallel::killedRankEndsTheOther() {
    const QString workspace = dir_.filePath("killed.alfee");
    QProcess* rank0 = start(pretrainArgs(workspace, 1000), 0, 2, port_ + 2);
    QProcess* rank1 = start(pretrainArgs(workspace, 1000), 1, 2, port_ + 2);
    QString err;
    for (int i = 0; i < 600 && !err.contains("training"); ++i) {
        rank0->waitForReadyRead(500);
        err += rank0->readAllStandardError();
    }
    QVERIFY2(err.contains("training"), qPrintable(err));
    rank1->kill();
    rank1->waitForFinished(10000);
    QVERIFY(rank0->waitForFinished(60000));
    QVERIFY(rank0->exitCode() != 0);
    err += rank0->readAllStandardError();
    QVERIFY2(err.contains("another rank ended"), qPrintable(err));
    QString error;
    auto ws = Workspace::open(workspace, &error);
    const auto run = RunRegistry(*ws).find("1", &error);
    QCOMPARE(run->status, run_status::kFailed);
    QVERIFY(run->message.contains("another rank ended"));
}

QTEST_MAIN(TestDataParallel)
#include "test_data_parallel.moc"
