// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Exports for other tools: a run's predictions as EDF+ annotations on copies of its recordings,
// read back through EDFlib and through MNE.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "core/engine/run_registry.h"
#include "core/export/predictions_edf.h"
#include "core/export/reconstruction_edf.h"
#include "core/recording/recording.h"
#include "core/workspace/recording_store.h"
#include "test_support.h"

using namespace alfee::core;
using alfee::tests::testData;

namespace {

// A finished fine-tuning run with windows of 10 s of Subject00_2 (EEGMAT, 60 s) and of
// S001R04 (EEGMMIDB, its own T0/T1/T2 annotations).
qint64 runWithPredictions(Workspace& ws, QString* error) {
    RunRegistry registry(ws);
    const auto id = registry.create({"finetune",
                                     "exported",
                                     {},
                                     QJsonObject{{"spec", QJsonObject{{"window_s", 10}}}},
                                     "d",
                                     "h",
                                     "cpu",
                                     1,
                                     1},
                                    error);
    if (!id) return 0;
    QVector<PredictionRecord> predictions;
    for (int w = 0; w < 6; ++w)
        predictions.push_back({testData("Subject00_2.edf"),
                               "Subject00",
                               "test",
                               10.0 * w,
                               w % 2,
                               {0.2 + 0.1 * w, 0.8 - 0.1 * w}});
    predictions.push_back({testData("S001R04.edf"), "S001", "test", 20.0, -1, {0.9, 0.1}});
    if (!registry.recordResults(*id, "finetune:x", {"rest & calm", "task"},
                                {{"test", {}, QJsonObject{{"balanced_accuracy", 0.5}}}}, error) ||
        !registry.recordPredictions(*id, "finetune:x", predictions, error))
        return 0;
    return *id;
}

QVector<Annotation> addedAnnotations(const Recording& r) {
    QVector<Annotation> out;
    for (const Annotation& a : r.info().annotations)
        if (a.text.contains(" p=")) out << a;
    return out;
}

}  // namespace

class TestExport : public QObject {
    Q_OBJECT

  private slots:
    void predictionsAsEdfAnnotations() {
        QTemporaryDir dir;
        QString error;
        auto ws = Workspace::create(dir.filePath("w.alfee"), &error);
        QVERIFY2(ws, qPrintable(error));
        const qint64 run = runWithPredictions(*ws, &error);
        QVERIFY2(run, qPrintable(error));
        QStringList written;
        QVERIFY2(writePredictionsEdf(*ws, run, dir.filePath("out"), &written, &error),
                 qPrintable(error));
        QCOMPARE(written.size(), 2);
        QVERIFY(written[0].endsWith("S001R04_run1_predictions.edf"));
        QVERIFY(written[1].endsWith("Subject00_2_run1_predictions.edf"));

        auto copy = Recording::open(written[1], &error, ReaderChoice::EdflibOnly);
        QVERIFY2(copy, qPrintable(error));
        auto original = Recording::open(testData("Subject00_2.edf"), &error);
        QCOMPARE(copy->info().signalInfos.size(), original->info().signalInfos.size());
        const QVector<Annotation> added = addedAnnotations(*copy);
        QCOMPARE(added.size(), 6);
        QCOMPARE(added[0].text, QString("task p=0.800 (true rest & calm)"));
        QCOMPARE(added[5].text, QString("rest & calm p=0.700 (true task)"));
        QCOMPARE(added[3].onsetSeconds(), 30.0);
        QCOMPARE(added[3].durationSeconds(), 10.0);
        // Samples are copied digit for digit.
        QVector<float> a, b;
        QVERIFY(copy->readFloat(0, 1000, 500, &a, &error));
        QVERIFY(original->readFloat(0, 1000, 500, &b, &error));
        QCOMPARE(a, b);
        // The recording's own annotations stay beside the predictions.
        auto mmidb = Recording::open(written[0], &error, ReaderChoice::EdflibOnly);
        QVERIFY2(mmidb, qPrintable(error));
        auto source = Recording::open(testData("S001R04.edf"), &error);
        QCOMPARE(mmidb->info().annotations.size(), source->info().annotations.size() + 1);
        QCOMPARE(addedAnnotations(*mmidb).value(0).text, QString("rest & calm p=0.900"));
        checkWithMne(written[1]);
    }

    // A recording whose annotations the user edited in the workspace: its copy carries the
    // edits, not the file's own, beside the predictions.
    void predictionsStandBesideTheEditedAnnotations() {
        QTemporaryDir dir;
        QString error;
        auto ws = Workspace::create(dir.filePath("w.alfee"), &error);
        RecordingStore store(*ws);
        const qint64 id = store.importFile(testData("S001R04.edf")).recordingId;
        QVERIFY(store.replaceAnnotations(id, {{0, std::llround(2e7), "BAD_edited"}}, &error));
        const qint64 run = runWithPredictions(*ws, &error);
        QStringList written;
        QVERIFY2(writePredictionsEdf(*ws, run, dir.filePath("out"), &written, &error),
                 qPrintable(error));
        auto mmidb = Recording::open(written[0], &error, ReaderChoice::EdflibOnly);
        QVERIFY2(mmidb, qPrintable(error));
        QCOMPARE(mmidb->info().annotations.size(), 2);
        QCOMPARE(mmidb->info().annotations[0].text, QString("BAD_edited"));
        QCOMPARE(mmidb->info().annotations[1].text, QString("rest & calm p=0.900"));
    }

    // A reconstructed window as EDF+: originals, reconstructions and the masked seconds.
    void reconstructionAsEdf() {
        ReconstructionResult r;
        r.recording = "/data/Subject00_2.edf", r.onsetSeconds = 20, r.task = "temporal";
        r.electrodes = {"FP1", "CZ"};
        r.steps = 3;
        for (int c = 0; c < 2; ++c)
            for (int i = 0; i < 3 * 256; ++i) {
                r.original << float(40 * std::sin(i / 10.0) + c);
                r.reconstructed << float(30 * std::sin(i / 10.0) - c);
            }
        r.hidden = {0, 1, 0, 0, 1, 0};  // second 1 of both electrodes
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath("rec.edf");
        QVERIFY2(
            writeReconstructionEdf(r, QDateTime(QDate(2011, 1, 1), QTime(0, 0, 20)), path, &error),
            qPrintable(error));
        auto back = Recording::open(path, &error, ReaderChoice::EdflibOnly);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->info().signalInfos.size(), 4);
        QCOMPARE(back->info().signalInfos[3].label, QString("CZ rec"));
        QCOMPARE(back->info().signalInfos[0].rateHz, 256.0);
        QVector<float> v;
        QVERIFY(back->readMicrovolts(3, 100, 1, &v, &error));
        QVERIFY(std::abs(v[0] - r.reconstructed[768 + 100]) < 0.01);  // 16 bits over +-43 uV
        QStringList texts;
        for (const Annotation& a : back->info().annotations) texts << a.text;
        QVERIFY2(texts.contains("masked: all"), qPrintable(texts.join("|")));
        QVERIFY2(texts.front().startsWith("ALFEE temporal mask"), qPrintable(texts.join("|")));
    }

    void runWithoutPredictionsFails() {
        QTemporaryDir dir;
        QString error;
        auto ws = Workspace::create(dir.filePath("w.alfee"), &error);
        RunRegistry registry(*ws);
        const auto id = registry.create({"pretrain", "p", {}, {}, "d", "h", "cpu", 1, 1}, &error);
        QStringList written;
        QVERIFY(!writePredictionsEdf(*ws, *id, dir.filePath("out"), &written, &error));
        QVERIFY2(error.contains("no predictions"), qPrintable(error));
        QVERIFY(written.isEmpty());
    }

  private:
    // MNE reads the copy with the six windows as annotations (skipped without python3-mne).
    void checkWithMne(const QString& path) {
        QProcess py;
        py.start("/usr/bin/python3",
                 {"-c",
                  "import json, sys\n"
                  "try:\n    import mne\nexcept ImportError:\n    sys.exit(77)\n"
                  "raw = mne.io.read_raw_edf(sys.argv[1], verbose='error')\n"
                  "a = raw.annotations\n"
                  "print(json.dumps([[float(o), float(d), str(t)] for o, d, t in"
                  " zip(a.onset, a.duration, a.description)]))",
                  path});
        QVERIFY(py.waitForFinished(120000));
        if (py.exitCode() == 77) QSKIP("python3-mne is not installed");
        QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
        const QJsonArray rows = QJsonDocument::fromJson(py.readAllStandardOutput()).array();
        QJsonArray ours;
        for (const QJsonValue& r : rows)
            if (r[2].toString().contains(" p=")) ours << r;
        QCOMPARE(ours.size(), 6);
        QCOMPARE(ours[1][0].toDouble(), 10.0);
        QCOMPARE(ours[1][1].toDouble(), 10.0);
        QCOMPARE(ours[1][2].toString(), QString("task p=0.700 (true task)"));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "test_export.moc"
