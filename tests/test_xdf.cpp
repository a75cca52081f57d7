// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// XDF (Lab Streaming Layer) through libxdf: the EEG stream chosen among the numeric ones, its
// channels and samples, the markers at their times with both streams' clock offsets applied,
// and samples lost as a gap (tests/data/make_xdf_reference.py: what was written).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "core/recording/recording.h"
#include "core/recording/recording_formats.h"
#include "test_support.h"

using namespace alfee::core;
using alfee::tests::readAll;
using alfee::tests::testData;

class TestXdf : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() {
        if (!haveXdf()) QSKIP("built without libxdf (libxdf-dev)");
    }

    void eegStreamMarkersAndGap() {
        const QJsonObject ref = QJsonDocument::fromJson(readAll(testData("xdf_reference.json")))
                                    .object()["eeg_markers.xdf"]
                                    .toObject();
        QString error;
        auto rec = Recording::open(testData("xdf/eeg_markers.xdf"), &error);
        QVERIFY2(rec, qPrintable(error));
        QCOMPARE(rec->readerName(), QString("libxdf"));
        QCOMPARE(rec->info().recordingId, QString("EEGMAT"));
        // Two numeric streams: the EEG one is read, and the choice is said; so is the marker
        // left out.
        QCOMPARE(rec->warnings().size(), 2);
        QVERIFY2(rec->warnings()[0].text().contains("read 'EEGMAT'"),
                 qPrintable(rec->warnings()[0].text()));
        QVERIFY2(rec->warnings()[1].text().contains("1 markers lie outside"),
                 qPrintable(rec->warnings()[1].text()));
        const QJsonArray names = ref["ch_names"].toArray(), picks = ref["sample_indices"].toArray();
        QCOMPARE(rec->info().signalInfos.size(), names.size());
        for (int c = 0; c < names.size(); ++c) {
            const SignalInfo& s = rec->info().signalInfos[c];
            QCOMPARE(s.label, names[c].toString());
            QCOMPARE(s.unit, QString("uV"));
            QCOMPARE(s.rateHz, 250.0);
            QCOMPARE(s.samples, qint64(500));
            QVector<float> all;
            QVERIFY(rec->readMicrovolts(c, 0, 500, &all, &error));
            for (int k = 0; k < picks.size(); ++k)
                QCOMPARE(all[picks[k].toInt()],
                         float(ref["microvolts"].toArray()[c].toArray()[k].toDouble()));
            double sum = 0;
            for (float v : all) sum += v;
            QVERIFY(std::abs(sum - ref["channel_sum_uv"].toArray()[c].toDouble()) < 1e-3);
        }
        const QJsonArray segments = ref["segments"].toArray();
        QCOMPARE(rec->info().segments.size(), segments.size());
        for (int i = 0; i < segments.size(); ++i) {
            QCOMPARE(rec->info().segments[i].firstRecord, segments[i].toArray()[0].toInteger());
            QCOMPARE(rec->info().segments[i].recordCount, segments[i].toArray()[1].toInteger());
            QVERIFY(std::abs(rec->info().segments[i].onsetSeconds -
                             segments[i].toArray()[2].toDouble()) < 1e-9);
        }
        QCOMPARE(rec->info().durationSeconds(), 2.5);
        // Markers 10 ms and -40 ms off in their clocks land where they happened; the one past
        // the end is left out and said.
        const QJsonArray markers = ref["annotations"].toArray();
        QCOMPARE(rec->info().annotations.size(), markers.size());
        for (int i = 0; i < markers.size(); ++i) {
            QVERIFY(std::abs(rec->info().annotations[i].onsetSeconds() -
                             markers[i].toArray()[0].toDouble()) < 1e-6);
            QCOMPARE(rec->info().annotations[i].text, markers[i].toArray()[1].toString());
        }
    }

    void damagedFilesNameTheFileAndTheProblem() {
        QTemporaryDir dir;
        QString error;
        QFile text(dir.filePath("notes.xdf"));
        QVERIFY(text.open(QIODevice::WriteOnly) && text.write("not XDF\n") > 0);
        text.close();
        QVERIFY(!Recording::open(text.fileName(), &error));
        QVERIFY2(error.startsWith(text.fileName()) && error.contains("XDF"), qPrintable(error));
        QFile cut(dir.filePath("cut.xdf"));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(readAll(testData("xdf/eeg_markers.xdf")).left(700));
        cut.close();
        auto rec = Recording::open(cut.fileName(), &error);  // read as far as it goes, or refused
        QVERIFY(rec || error.startsWith(cut.fileName()));
        QVERIFY(isRecordingFileName("x/y/session.XDF"));
    }
};

QTEST_GUILESS_MAIN(TestXdf)
#include "test_xdf.moc"
