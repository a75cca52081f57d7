// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every EDF/BDF file of shared/data/eeg against shared/data/reference/edf_reads.json. Skips on a
// clone without shared/ beside it; the small copies in tests/data are checked by test_edf_reader.
#include <QJsonDocument>
#include <QTest>

#include "reference_compare.h"
#include "test_support.h"

using namespace alfee::tests;

class TestSharedReference : public QObject {
    Q_OBJECT
  private slots:
    void everyFileMatches_data();
    void everyFileMatches();
    void readersAgreeWhereEdflibAccepts_data() { everyFileMatches_data(); }
    void readersAgreeWhereEdflibAccepts();
    // Last: the comparisons above pass vacuously when no file reaches them.
    void filesWereCompared();
    void cleanupTestCase();

  private:
    ReferenceFigures fig_;
    int edflibFiles_ = 0;
};

void TestSharedReference::everyFileMatches_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QJsonObject>("reference");
    if (!haveSharedData()) return;
    const auto doc = QJsonDocument::fromJson(readAll(sharedData("reference/edf_reads.json")));
    for (const auto& v : doc.object()["files"].toArray()) {
        const QJsonObject o = v.toObject();
        QTest::newRow(qPrintable(o["file"].toString()))
            << sharedData("eeg/" + o["file"].toString()) << o;
    }
}

void TestSharedReference::everyFileMatches() {
    if (!haveSharedData()) QSKIP("shared/data is not beside this checkout");
    QFETCH(QString, file);
    QFETCH(QJsonObject, reference);
    compareWithReference(file, reference, &fig_);
}

void TestSharedReference::readersAgreeWhereEdflibAccepts() {
    if (!haveSharedData()) QSKIP("shared/data is not beside this checkout");
    QFETCH(QString, file);
    QString error;
    auto rec = alfee::core::Recording::open(file, &error);
    if (!rec || rec->readerName() != "EDFlib") QSKIP("EDFlib does not read this file");
    compareReaders(file);
    if (QTest::currentTestFailed()) return;  // a failure in the helper left only the helper
    ++edflibFiles_;
}

void TestSharedReference::filesWereCompared() {
    if (!haveSharedData()) QSKIP("shared/data is not beside this checkout");
    QVERIFY2(fig_.files >= 50, qPrintable(QString::number(fig_.files)));  // 61 on 2026-11-26
    QVERIFY2(edflibFiles_ >= 40, qPrintable(QString::number(edflibFiles_)));
}

void TestSharedReference::cleanupTestCase() {
    qInfo("EDFlib and the tolerant reader agree on all %d files EDFlib accepts", edflibFiles_);
    qInfo(
        "files %d, signals %d, sample values %d (worst relative error %.3g), annotations %d "
        "(worst onset error %.3g s)",
        fig_.files, fig_.signalsChecked, fig_.samplesChecked, fig_.worstSampleRelError,
        fig_.annotationsChecked, fig_.worstOnsetError);
}

QTEST_GUILESS_MAIN(TestSharedReference)
#include "test_shared_reference.moc"
