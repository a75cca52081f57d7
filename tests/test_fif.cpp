// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// FIF raw files through the project's FIF reader, against what MNE 1.3 wrote and reads back
// (tests/data/make_fif_reference.py): float, int16 with calibrations and a first sample, double,
// gzip, and a recording MNE split into four files.
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "core/recording/fif_links.h"
#include "core/recording/recording.h"
#include "core/recording/recording_formats.h"
#include "core/workspace/recording_files.h"
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
        QTest::newRow("int16, split in 4 files") << "split";
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

    // A split recording whose last parts are missing: the parts there are read, and it says so.
    void aSplitRecordingWithoutItsLastPartsReadsThePartsThere() {
        QTemporaryDir dir;
        for (const char* part : {"split_raw.fif", "split_raw-1.fif"})
            QVERIFY(QFile::copy(testData(QStringLiteral("fif/") + part), dir.filePath(part)));
        QString error;
        auto rec = Recording::open(dir.filePath("split_raw.fif"), &error);
        QVERIFY2(rec, qPrintable(error));
        auto whole = Recording::open(testData("fif/split_raw.fif"), &error);
        QVERIFY2(whole, qPrintable(error));
        QVERIFY(rec->info().records > whole->info().records / 4 &&
                rec->info().records < whole->info().records);
        bool said = false;
        for (const auto& w : rec->warnings())
            said = said || w.text().contains("continues in 'split_raw-2.fif', which is not there");
        QVERIFY(said);
        // The samples of the parts read are the whole recording's.
        const qint64 n = rec->info().records;
        QVector<double> part(n), all(n);
        QVERIFY(rec->readPhysical(2, 0, n, part.data(), &error));
        QVERIFY(whole->readPhysical(2, 0, n, all.data(), &error));
        QCOMPARE(part, all);
    }

    // A folder import takes a split recording once, by its first part; its content hash and size
    // cover every part.
    void aFolderImportTakesASplitRecordingOnce() {
        QStringList skipped;
        QStringList found;
        for (const QString& f : findRecordingFiles({testData("fif")}, &skipped))
            found << QFileInfo(f).fileName();
        QVERIFY2(found.contains("split_raw.fif") && !found.contains("split_raw-1.fif") &&
                     !found.contains("split_raw-3.fif"),
                 qPrintable(found.join(", ")));
        QVERIFY(!skipped.join(' ').contains("split_raw-"));
        QVERIFY(readFifLinks(testData("fif/split_raw-2.fif")).continuesAnother);
        QCOMPARE(readFifLinks(testData("fif/split_raw-2.fif")).next, QString("split_raw-3.fif"));
        QVERIFY(!readFifLinks(testData("fif/split_raw.fif")).continuesAnother);
        const QStringList set = recordingFileSet(testData("fif/split_raw.fif"));
        QCOMPARE(set.size(), 4);
        QVERIFY(set.last().endsWith("split_raw-3.fif"));
        QCOMPARE(nextFifPartName("a/rec_raw.fif", {{}, 1, false}), QString("rec_raw-1.fif"));
        QCOMPARE(nextFifPartName("a/rec_raw-1.fif", {{}, 2, false}), QString("rec_raw-2.fif"));
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
