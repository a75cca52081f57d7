// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What a run checks and says before its numbers can be trusted: a multi-task model is evaluated
// with the head its task names, files are cut as the checkpoint was trained, a fine-tuning run
// says what of its starting checkpoint it did not take and which data differs from that
// checkpoint's, how the best epoch was chosen, and how the decoder attended. Tiny model, six
// subjects of the bundled EEGMAT recordings, 5 s windows, one epoch.
#include "core/modeling/torch_include.h"  // before Qt: see the header

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include "core/dataset/dataset_builder.h"
#include "core/dataset/dataset_store.h"
#include "core/demo/demo_workspace.h"
#include "core/engine/run_registry.h"
#include "core/modeling/evaluation_jobs.h"
#include "core/modeling/finetune_job.h"
#include "core/workspace/recording_store.h"
#include "run_records.h"

using namespace alfee;
using namespace alfee::core;
using alfee::tests::recordOf;

namespace {

QStringList strings(const QJsonValue& array) {
    QStringList out;
    for (const QJsonValue& v : array.toArray()) out << v.toString();
    return out;
}

// Two datasets over the same six subjects, split with different seeds, with different class
// names so that the heads can be told apart.
bool saveDatasets(const QString& workspace, const QString& folder, QString* error) {
    auto ws = Workspace::openOrCreate(workspace, error);
    if (!ws) return false;
    RecordingStore store(*ws);
    for (const QString& f : QDir(folder).entryList({"*.edf"})) store.importFile(folder + "/" + f);
    const QVector<QPair<QString, QVector<QPair<QString, QString>>>> tasks = {
        {"rest-vs-task", {{"rest", "_1$"}, {"task", "_2$"}}},
        {"calm-vs-busy", {{"calm", "_1$"}, {"busy", "_2$"}}}};
    quint32 seed = 1;
    for (const auto& [name, classes] : tasks) {
        DatasetSpec spec;
        spec.name = name;
        spec.task = "workload";
        spec.label.classes = classes;
        spec.windowSeconds = spec.strideSeconds = 5;
        spec.split = {seed++, 0.5, 0.25, 0.25, {}};
        DatasetBuild build;
        qint64 id = 0;
        if (!buildDataset(spec, store, &build, error) ||
            !DatasetStore(*ws).save(build, true, &id, error))
            return false;
    }
    return true;
}

}  // namespace

class TestRunChecks : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase();
    void multiTaskRunSplitsSharedSubjectsTogether();
    void evaluationUsesTheHeadItsTaskNames();
    void filesAreCutAsTheCheckpointWasTrained();
    void startingCheckpointDifferencesAreSaid();

  private:
    FineTuneOptions options() const;
    QTemporaryDir dir_, data_;
    QString workspace_, multiTask_;
};

void TestRunChecks::initTestCase() {
    for (int s = 0; s < 6; ++s)
        for (int run : {1, 2}) {
            const QString name =
                QStringLiteral("Subject%1_%2.edf").arg(s, 2, 10, QChar('0')).arg(run);
            QVERIFY(QFile::copy(demoRecordingsDir() + "/" + name, data_.filePath(name)));
        }
    workspace_ = dir_.filePath("runs.alfee");
    QString error;
    QVERIFY2(saveDatasets(workspace_, data_.path(), &error), qPrintable(error));
}

FineTuneOptions TestRunChecks::options() const {
    FineTuneOptions o;
    o.workspace = workspace_;
    o.scratch = true;
    o.epochs = 1;
    o.batch = 8;
    o.lr = 1e-3;
    o.threads = 1;
    o.device = "cpu";
    o.checkpointEvery = 50;
    return o;
}

void TestRunChecks::multiTaskRunSplitsSharedSubjectsTogether() {
    FineTuneOptions o = options();
    o.datasets = {"rest-vs-task", "calm-vs-busy"};
    FineTuneJob job(o);
    QStringList log;
    connect(&job, &Job::log, [&](const QString& line) { log << line; });
    job.start();
    QCOMPARE(job.status(), run_status::kFinished);
    multiTask_ = job.result()["checkpoint"].toString();
    const RunRecord run = recordOf(workspace_, job);
    // Split alone (seeds 1 and 2) the two datasets put some subjects in different splits.
    QCOMPARE(strings(run.config["jointly_split_subjects"]).size(), 6);
    QMap<QString, QString> splitOf;
    for (const QJsonValue& summary : run.config["data_summary"].toArray()) {
        const QJsonObject splits = summary["splits"].toObject();
        for (auto it = splits.begin(); it != splits.end(); ++it)
            for (const QString& subject : strings(it.value().toObject()["subjects"])) {
                QVERIFY2(!splitOf.contains(subject) || splitOf[subject] == it.key(),
                         qPrintable(subject + " in " + splitOf[subject] + " and " + it.key()));
                splitOf[subject] = it.key();
            }
    }
    QCOMPARE(splitOf.size(), 6);
    // 19 channels x 5 steps: the decoder attends over all of a window's queries.
    const QJsonObject decoder = run.config["decoder_attention"].toObject();
    QCOMPARE(decoder["used"].toString(), QStringLiteral("full"));
    QCOMPARE(decoder["queries_per_window"].toString(), QStringLiteral("95-95"));
    QCOMPARE(run.config["model_selection"].toString(),
             QStringLiteral("validation balanced accuracy"));
    QVERIFY2(job.message().contains("by validation balanced accuracy"), qPrintable(job.message()));
}

void TestRunChecks::evaluationUsesTheHeadItsTaskNames() {
    QVERIFY(QFile::exists(multiTask_));
    EvaluationOptions o;
    o.workspace = workspace_;
    o.checkpoint = multiTask_;
    o.datasets = {"calm-vs-busy"};
    o.device = "cpu";
    o.threads = 1;
    EvaluateJob unnamed(o);
    unnamed.start();
    QCOMPARE(unnamed.status(), run_status::kFailed);
    QVERIFY2(unnamed.message().contains("has 2 tasks (rest-vs-task, calm-vs-busy): give --task"),
             qPrintable(unnamed.message()));
    o.task = "calm-vs-busy";
    EvaluateJob named(o);
    named.start();
    QCOMPARE(named.status(), run_status::kFinished);
    QCOMPARE(named.result()["task"].toString(), QStringLiteral("calm-vs-busy"));
    QCOMPARE(strings(named.result()["classes"]), (QStringList{"calm", "busy"}));
    o.task = "rest-vs-task";  // its classes are not the data's
    EvaluateJob mismatched(o);
    mismatched.start();
    QCOMPARE(mismatched.status(), run_status::kFailed);
    QVERIFY2(mismatched.message().contains("class 'calm' of the data is not one of the model's"),
             qPrintable(mismatched.message()));
    o.task = "sleep";
    EvaluateJob unknown(o);
    unknown.start();
    QVERIFY2(unknown.message().contains("has no task 'sleep'"), qPrintable(unknown.message()));
    EvaluationOptions infer = o;
    infer.datasets.clear();
    infer.dataPaths = {data_.filePath("Subject00_1.edf")};
    infer.task = "calm-vs-busy";
    InferJob inferJob(infer);
    inferJob.start();
    QCOMPARE(inferJob.status(), run_status::kFinished);
    QCOMPARE(strings(inferJob.result()["classes"]), (QStringList{"calm", "busy"}));
}

void TestRunChecks::filesAreCutAsTheCheckpointWasTrained() {
    QVERIFY(QFile::exists(multiTask_));
    EvaluationOptions o;
    o.workspace = workspace_;
    o.checkpoint = multiTask_;
    o.task = "rest-vs-task";
    o.dataPaths = {data_.path()};
    o.spec.name = "files";
    o.spec.label.classes = {{"rest", "_1$"}, {"task", "_2$"}};
    o.spec.preprocess.notchHz = 60;  // the checkpoint's (50 Hz) is used
    o.device = "cpu";
    o.threads = 1;
    EvaluateJob job(o);
    job.start();
    QCOMPARE(job.status(), run_status::kFinished);
    QCOMPARE(job.result()["window_seconds"].toDouble(), 5.0);  // wave 2 cut 10 s windows
    QCOMPARE(job.result()["preprocess"].toObject()["notch_hz"].toDouble(), 50.0);
    QCOMPARE(job.result()["n_windows"].toInt(), 12 * 12);  // 60 s files, 5 s windows
    QVERIFY(job.result()["warnings"].toArray().isEmpty());
    o.windowSeconds = 10;  // said explicitly: used, and said
    EvaluateJob longer(o);
    longer.start();
    QCOMPARE(longer.status(), run_status::kFinished);
    QVERIFY2(strings(longer.result()["warnings"]).join(";").contains("trained on 5 s windows"),
             qPrintable(strings(longer.result()["warnings"]).join(";")));
}

void TestRunChecks::startingCheckpointDifferencesAreSaid() {
    QVERIFY(QFile::exists(multiTask_));
    FineTuneOptions o = options();
    o.scratch = false;
    o.from = multiTask_;
    o.dataPaths = {data_.path()};
    o.spec.name = "files";
    o.spec.label.classes = {{"low", "_1$"}, {"high", "_2$"}};
    o.spec.preprocess.notchHz = 60;
    o.spec.windowSeconds = o.spec.strideSeconds = 10;
    o.spec.split = {3, 0.7, 0.0, 0.3, {}};  // no validation subject
    FineTuneJob job(o);
    job.start();
    QCOMPARE(job.status(), run_status::kFinished);
    const RunRecord run = recordOf(workspace_, job);
    QCOMPARE(run.config["starting_checkpoint"].toString(), multiTask_);
    QVERIFY(!run.config["starting_checkpoint_sha256"].toString().isEmpty());
    // Two task tokens and heads in the checkpoint, one here: those start fresh, and are named.
    const QStringList reshaped = strings(run.config["reshaped_tensors"]);
    QVERIFY2(!reshaped.isEmpty() && reshaped.join(";").contains("(checkpoint: ["),
             qPrintable(reshaped.join("; ")));
    const QString warnings = strings(run.config["warnings"]).join("\n");
    QVERIFY2(warnings.contains("notch 60 Hz") && warnings.contains("notch 50 Hz"),
             qPrintable(warnings));
    QVERIFY2(warnings.contains("10 s windows here, 5 s in the training of"), qPrintable(warnings));
    QVERIFY2(warnings.contains("no validation windows"), qPrintable(warnings));
    QCOMPARE(run.config["model_selection"].toString(),
             QStringLiteral("epoch training loss (no validation windows)"));
}

QTEST_GUILESS_MAIN(TestRunChecks)
#include "test_run_checks.moc"
