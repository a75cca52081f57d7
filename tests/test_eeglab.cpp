// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// EEGLAB datasets (.set with a .fdt or with the samples inside; MATLAB v5 and v7.3) behind the
// Recording interface, against what MNE read from the same files
// (tests/data/make_eeglab_reference.py).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "core/dataset/window_extractor.h"
#include "core/electrodes/channel_mapping.h"
#include "core/recording/recording.h"
#include "core/recording/recording_formats.h"
#include "core/workspace/recording_store.h"
#include "test_support.h"

using namespace alfee::core;
using alfee::tests::readAll;
using alfee::tests::testData;

namespace {

QJsonObject reference(const QString& key) {
    return QJsonDocument::fromJson(readAll(testData("eeglab_reference.json")))
        .object()[key]
        .toObject();
}

std::unique_ptr<Recording> openSet(const QString& name) {
    QString error;
    auto rec = Recording::open(testData("eeglab/" + name), &error);
    if (!rec) qWarning("%s", qPrintable(error));
    return rec;
}

double channelSum(const Recording& rec, int channel, qint64 start, qint64 count) {
    QVector<float> v;
    QString error;
    if (!rec.readMicrovolts(channel, start, count, &v, &error)) return std::nan("");
    double sum = 0;
    for (float x : v) sum += x;
    return sum;
}

// Names, rate, length and samples against MNE (which reads microvolts x 1e-6).
void compareSignals(const Recording& rec, const QJsonObject& ref) {
    const QJsonArray names = ref["ch_names"].toArray(), picks = ref["sample_indices"].toArray();
    QCOMPARE(rec.info().signalInfos.size(), names.size());
    for (int c = 0; c < names.size(); ++c) {
        const SignalInfo& s = rec.info().signalInfos[c];
        QCOMPARE(s.label, names[c].toString());
        QCOMPARE(s.rateHz, ref["sfreq"].toDouble());
        QCOMPARE(s.samples, qint64(ref["n_times"].toInteger()));
        QCOMPARE(s.unit, QString("uV"));
        for (int k = 0; k < picks.size(); ++k) {
            QVector<float> v;
            QString error;
            QVERIFY2(rec.readMicrovolts(c, picks[k].toInteger(), 1, &v, &error), qPrintable(error));
            QCOMPARE(v[0], float(ref["microvolts"].toArray()[c].toArray()[k].toDouble()));
        }
        const double expected = ref["channel_sum_uv"].toArray()[c].toDouble();
        QVERIFY2(
            std::abs(channelSum(rec, c, 0, s.samples) - expected) < 1e-6 * (1 + std::abs(expected)),
            qPrintable(s.label));
    }
}

// MNE's annotations: onsets and texts; durations but for a boundary (the data EEGLAB removed
// there, which MNE gives as a duration clipped to the recording's end and we as none).
void compareAnnotations(const Recording& rec, const QJsonObject& ref) {
    const QJsonArray mne = ref["annotations"].toArray();
    QCOMPARE(rec.info().annotations.size(), mne.size());
    for (int i = 0; i < mne.size(); ++i) {
        const Annotation& a = rec.info().annotations[i];
        const QJsonArray m = mne[i].toArray();
        QCOMPARE(a.onsetSeconds(), m[0].toDouble());
        if (a.text == "boundary") {
            QVERIFY(!a.hasDuration());
        } else {
            QCOMPARE(a.durationSeconds(), m[1].toDouble());
        }
        // MNE writes a numeric type as Python's str() of a double ("1.0"); we write "1".
        const QString text = m[2].toString();
        QCOMPARE(a.text, text.endsWith(".0") ? text.chopped(2) : text);
    }
}

}  // namespace

class TestEeglab : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() {
        if (!haveEeglab()) QSKIP("built without libmatio (libmatio-dev)");
    }

    void continuousWithFdtAgreesWithMne() {
        auto rec = openSet("continuous_fdt.set");
        QVERIFY(rec);
        QCOMPARE(rec->readerName(), QString("libmatio"));
        QCOMPARE(rec->info().format, QString("EEGLAB"));
        QVERIFY(rec->warnings().isEmpty());
        compareSignals(*rec, reference("continuous_fdt"));
        if (QTest::currentTestFailed()) return;
        compareAnnotations(*rec, reference("continuous_fdt"));
    }

    // EEGLAB's head frame (X nose, Y left, Z up, mm) is MNE's (x right, y nose) in metres.
    void positionsAreChanlocs() {
        auto rec = openSet("continuous_fdt.set");
        QVERIFY(rec);
        const QJsonArray mne = reference("continuous_fdt")["positions_m"].toArray();
        for (int c = 0; c < mne.size(); ++c) {
            const QVector<double>& p = rec->info().signalInfos[c].position;
            QCOMPARE(p.size(), 3);
            const QJsonArray m = mne[c].toArray();
            QCOMPARE(-p[1] / 1000 + 0.0, m[0].toDouble() + 0.0);
            QCOMPARE(p[0] / 1000, m[1].toDouble());
            QCOMPARE(p[2] / 1000, m[2].toDouble());
        }
    }

    // A boundary splits the data in two segments, end to end (the cut-out time is not known).
    void boundaryMakesSegments() {
        auto rec = openSet("continuous_fdt.set");
        QVERIFY(rec);
        const QVector<Segment>& s = rec->info().segments;
        QCOMPARE(s.size(), 2);
        QCOMPARE(s[0].firstRecord, 0);
        QCOMPARE(s[0].recordCount, 1000);  // latency 1000.5: the cut after the 1000th sample
        QCOMPARE(s[1].firstRecord, 1000);
        QCOMPARE(s[1].recordCount, 1000);
        QCOMPARE(s[1].onsetSeconds, 2.0);
        QCOMPARE(rec->info().durationSeconds(), 4.0);
        // A window may not cross the cut.
        PreparedWindow w;
        QString error;
        const ChannelMapping mapping = ChannelMapping::fromRecording(rec->info());
        QVERIFY(!extractWindow(*rec, mapping, {}, 1.5, 1.0, {}, &w, &error, 0.5));
        QVERIFY2(extractWindow(*rec, mapping, {}, 2.5, 1.0, {}, &w, &error, 0.5),
                 qPrintable(error));
    }

    void topLevelFieldsWithSamplesInside() {
        auto rec = openSet("continuous_inline.set");
        QVERIFY(rec);
        compareSignals(*rec, reference("continuous_inline"));
        if (QTest::currentTestFailed()) return;
        compareAnnotations(*rec, reference("continuous_inline"));
        QVERIFY(rec->info().signalInfos[0].position.isEmpty());
    }

    void version73ReadsTheSameAsVersion5() {
        auto rec = openSet("continuous_v73.set");
        QVERIFY(rec);
        QCOMPARE(rec->info().format, QString("EEGLAB (MATLAB 7.3)"));
        compareSignals(*rec, reference("continuous_v73"));
        if (QTest::currentTestFailed()) return;
        compareAnnotations(*rec, reference("continuous_v73"));
        QCOMPARE(rec->info().segments.size(), 2);
        QCOMPARE(rec->info().signalInfos[3].position, (QVector<double>{50.0, 15.0, 43.0}));
    }

    // Epochs end to end, one segment each, equal to MNE's epochs.
    void epochsAreSegments() {
        auto rec = openSet("epoched.set");
        QVERIFY(rec);
        const QJsonObject ref = reference("epoched");
        const int epochs = ref["n_epochs"].toInt(), n = ref["n_times"].toInt();
        QCOMPARE(rec->info().segments.size(), epochs);
        QVERIFY2(rec->info().format.contains("3 epochs of 1 s from -0.2 s"),
                 qPrintable(rec->info().format));
        for (int e = 0; e < epochs; ++e) {
            QCOMPARE(rec->info().segments[e].firstRecord, qint64(e) * n);
            QCOMPARE(rec->info().segments[e].recordCount, qint64(n));
            for (int c = 0; c < rec->info().signalInfos.size(); ++c) {
                const double expected = ref["epoch_sum_uv"].toArray()[e].toArray()[c].toDouble();
                QVERIFY(std::abs(channelSum(*rec, c, qint64(e) * n, n) - expected) <
                        1e-6 * (1 + std::abs(expected)));
            }
        }
        QCOMPARE(rec->info().annotations.size(), 3);
        QCOMPARE(rec->info().annotations[1].onsetSeconds(), 1.2);  // 0.2 s into epoch 2
    }

    // The .fdt holds less than the header promises: read as it is, with a warning.
    void shortDataFileIsReadAsItIs() {
        auto rec = openSet("short_fdt.set");
        QVERIFY(rec);
        QCOMPARE(rec->info().signalInfos[0].samples, qint64(750));
        QCOMPARE(rec->warnings().size(), 2);
        QVERIFY2(rec->warnings()[0].text().contains("holds 750 of the 1000 samples"),
                 qPrintable(rec->warnings()[0].text()));
        // The events past 1.5 s are left out, and said so; the boundary at 2 s makes no segment.
        QVERIFY2(rec->warnings()[1].text().contains("2 events lie outside"),
                 qPrintable(rec->warnings()[1].text()));
        QCOMPARE(rec->info().annotations.size(), 1);
        QCOMPARE(rec->info().segments.size(), 1);
    }

    void damagedFilesNameTheFileAndTheProblem() {
        QTemporaryDir dir;
        QString error;
        const QString noData = dir.filePath("lost.set");
        QVERIFY(QFile::copy(testData("eeglab/continuous_fdt.set"), noData));
        QVERIFY(!Recording::open(noData, &error));
        QVERIFY2(error.startsWith(noData) && error.contains("continuous_fdt.fdt") &&
                     error.contains("cannot be read"),
                 qPrintable(error));
        QFile text(dir.filePath("notes.set"));
        QVERIFY(text.open(QIODevice::WriteOnly) && text.write("not a MATLAB file\n") > 0);
        text.close();
        QVERIFY(!Recording::open(text.fileName(), &error));
        QVERIFY2(error.startsWith(text.fileName()) && error.contains("EEGLAB"), qPrintable(error));
        QFile truncated(dir.filePath("cut.set"));
        QVERIFY(truncated.open(QIODevice::WriteOnly));
        truncated.write(readAll(testData("eeglab/continuous_inline.set")).left(9000));
        truncated.close();
        QVERIFY(!Recording::open(truncated.fileName(), &error));
        QVERIFY2(error.startsWith(truncated.fileName()), qPrintable(error));
    }

    // Imported into a workspace like an EDF, the .fdt in its hash; the .fdt alone is not a
    // recording and says where its dataset is read from.
    void importsWithItsDataFile() {
        QTemporaryDir dir;
        for (const char* part : {"continuous_fdt.set", "continuous_fdt.fdt"})
            QVERIFY(QFile::copy(testData(QStringLiteral("eeglab/") + part), dir.filePath(part)));
        QString error;
        auto ws = Workspace::create(dir.filePath("w.alfee"), &error);
        QVERIFY2(ws, qPrintable(error));
        RecordingStore store(*ws);
        const ImportOutcome first = store.importFile(dir.filePath("continuous_fdt.set"));
        QVERIFY2(first.kind == ImportOutcome::Kind::Imported, qPrintable(first.message));
        QCOMPARE(recordingFileSet(dir.filePath("continuous_fdt.set")).size(), 2);
        QVERIFY(isRecordingFileName("x/y/data.SET"));
        QVERIFY(!isRecordingFileName("x/y/data.fdt"));
        QVERIFY(notARecordingReason("x/y/data.fdt").contains(".set file"));
    }
};

QTEST_GUILESS_MAIN(TestEeglab)
#include "test_eeglab.moc"
