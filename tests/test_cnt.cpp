// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Neuroscan CNT files through the project's CNT reader, 16- and 32-bit, against what MNE 1.3
// read from the same files (tests/data/make_cnt_reference.py). BioSig 2.5 read both wrong.
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

class TestCnt : public QObject {
    Q_OBJECT

  private slots:
    void agreesWithMne_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("step");  // microvolts per stored step
        QTest::newRow("16-bit, blocks of 40") << "int16.cnt" << 0.1;
        QTest::newRow("32-bit, blocks of 1") << "int32.cnt" << 0.001;
    }

    void agreesWithMne() {
        QFETCH(QString, file);
        QFETCH(double, step);
        const QJsonObject ref = QJsonDocument::fromJson(readAll(testData("cnt_reference.json")))
                                    .object()[file]
                                    .toObject();
        QString error;
        auto rec = Recording::open(testData("cnt/" + file), &error);
        QVERIFY2(rec, qPrintable(error));
        QCOMPARE(rec->readerName(), QString("CNT reader"));
        QVERIFY(rec->warnings().isEmpty());
        compareSamplesWithMne(*rec, ref, std::max(step * 1e-3, 1e-4), 1e-3);
        if (QTest::currentTestFailed()) return;
        compareAnnotationsWithMne(*rec, ref);
        if (QTest::currentTestFailed()) return;
        QCOMPARE(rec->info().start, QDateTime(QDate(2026, 12, 7), QTime(10, 20, 30)));
    }

    // A file cut inside its samples, and one that is not CNT at all: a message naming the file.
    void damagedFilesAreRefusedWithTheReason() {
        QTemporaryDir dir;
        QString error;
        QFile cut(dir.filePath("cut.cnt"));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(readAll(testData("cnt/int16.cnt")).left(900 + 6 * 75 + 100));
        cut.close();
        auto rec = Recording::open(cut.fileName(), &error);
        if (rec) {  // the event table is gone: the bytes left are read as samples, and said so
            QVERIFY(!rec->warnings().isEmpty());
            QCOMPARE(rec->info().signalInfos[0].samples, qint64(100 / (6 * 2)));
        }
        QFile text(dir.filePath("notes.cnt"));
        QVERIFY(text.open(QIODevice::WriteOnly) &&
                text.write("a text file, not a recording\n") > 0);
        text.close();
        QVERIFY(!Recording::open(text.fileName(), &error));
        QVERIFY2(error.startsWith(text.fileName()) && error.contains("900-byte header"),
                 qPrintable(error));
        QVERIFY(isRecordingFileName("x/y/run1.CNT"));
    }
};

QTEST_GUILESS_MAIN(TestCnt)
#include "test_cnt.moc"
