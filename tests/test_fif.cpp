// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// FIF raw files through the project's FIF reader, against what MNE 1.3 wrote and reads back
// (tests/data/make_fif_reference.py): float, int16 with calibrations and a first sample, double.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "core/recording/recording.h"
#include "core/recording/recording_formats.h"
#include "format_reference.h"
#include "test_support.h"

using namespace alfee::core;
using alfee::tests::compareAnnotationsWithMne;
using alfee::tests::compareSamplesWithMne;
using alfee::tests::readAll;
using alfee::tests::testData;

class TestFif : public QObject {
    Q_OBJECT

  private slots:
    void agreesWithMne_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("float32") << "float";
        QTest::newRow("int16, first sample 250") << "short";
        QTest::newRow("float64") << "double";
        QTest::newRow("float32, gzip") << "float_gz";
    }

    void agreesWithMne() {
        QFETCH(QString, name);
        const QJsonObject ref = QJsonDocument::fromJson(readAll(testData("fif_reference.json")))
                                    .object()[name]
                                    .toObject();
        QString error;
        const QString file =
            name.endsWith("_gz") ? name.chopped(3) + "_raw.fif.gz" : name + "_raw.fif";
        auto rec = Recording::open(testData("fif/" + file), &error);
        QVERIFY2(rec, qPrintable(error));
        QCOMPARE(rec->readerName(), QString("FIF reader"));
        QCOMPARE(rec->info().format, QString("FIF"));
        for (const SignalInfo& s : rec->info().signalInfos) QCOMPARE(s.unit, QString("V"));
        compareSamplesWithMne(*rec, ref, 1e-4, 1e-2);
        if (QTest::currentTestFailed()) return;
        compareAnnotationsWithMne(*rec, ref);
        if (QTest::currentTestFailed()) return;
        // The date of the first sample: the measurement's plus the first sample's time.
        const QDateTime measured = QDateTime::fromString(ref["meas_date"].toString(), Qt::ISODate);
        const double first = ref["first_samp"].toDouble() / ref["sfreq"].toDouble();
        const double start =
            rec->info().start.toSecsSinceEpoch() + rec->info().startSubsecond100ns / 1e7;
        QVERIFY(std::abs(start - (measured.toMSecsSinceEpoch() / 1e3 + first)) < 1e-6);
        QCOMPARE(rec->warnings().size(), 1);  // the average-reference projector, not applied
        QVERIFY2(rec->warnings()[0].text().contains("1 projectors (SSP) are stored"),
                 qPrintable(rec->warnings()[0].text()));
    }

    void otherFilesAreRefusedWithTheReason() {
        QTemporaryDir dir;
        QString error;
        QFile text(dir.filePath("notes.fif"));
        QVERIFY(text.open(QIODevice::WriteOnly) && text.write("not FIF at all, just text\n") > 0);
        text.close();
        QVERIFY(!Recording::open(text.fileName(), &error));
        QVERIFY2(error.startsWith(text.fileName()) && error.contains("not a FIF file"),
                 qPrintable(error));
        QFile cut(dir.filePath("cut.fif"));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(readAll(testData("fif/float_raw.fif")).left(3000));  // the info, no data
        cut.close();
        QVERIFY(!Recording::open(cut.fileName(), &error));
        QVERIFY2(error.startsWith(cut.fileName()), qPrintable(error));
        QVERIFY(isRecordingFileName("x/y/run_raw.FIF"));
        QVERIFY(isRecordingFileName("x/y/run_raw.fif.gz"));
        QFile gz(dir.filePath("cut_raw.fif.gz"));  // a gzip stream cut short
        QVERIFY(gz.open(QIODevice::WriteOnly));
        gz.write(readAll(testData("fif/float_raw.fif.gz")).left(5000));
        gz.close();
        QVERIFY(!Recording::open(gz.fileName(), &error));
        QVERIFY2(error.contains("gzip"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestFif)
#include "test_fif.moc"
