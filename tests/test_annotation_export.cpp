// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Edited annotations written for other tools (issue 29, item 2): CSV, MNE's text, BIDS
// events.tsv and an EDF+ copy of the recording with them in place of the file's own, its samples
// untouched; read back by EDFlib here and by MNE 1.3 (skipped without python3-mne).
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "core/export/annotations_export.h"
#include "core/recording/recording.h"

using namespace alfee::core;

class TestAnnotationExport : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase();
    void csvHasARowEach();
    void bidsEventsSayNaWithoutADuration();
    void edfCopyHoldsTheEditsAndTheSamples();
    void mneReadsTheTextAndTheCopy();
    void anUnknownEndingOrAnotherFormatIsRefused();

  private:
    QString write(const QString& name);
    QJsonArray mneAnnotations(const QString& code, const QString& path);
    QTemporaryDir dir_;
    bool mneMissing_ = false;
    QByteArray mneError_;  // what python3 said when MNE failed (not a skip)
    QString source_;
    QVector<Annotation> edited_;
};

void TestAnnotationExport::initTestCase() {
    source_ = QStringLiteral(ALFEE_TEST_DATA_DIR "/S001R04.edf");
    QString error;
    const auto rec = Recording::open(source_, &error);
    QVERIFY2(rec, qPrintable(error));
    edited_ = rec->info().annotations.mid(0, 3);  // T0 at 0 s, T2 at 4.2 s, T0 at 8.3 s
    edited_[1].text = "T1";                       // relabelled
    edited_.insert(1,
                   {std::llround(2.5e7), std::llround(0.75e7), "BAD_jaw, left", {"C3..", "C4.."}});
    edited_.push_back({std::llround(9e7), 0, "blink #2", {}});
}

QString TestAnnotationExport::write(const QString& name) {
    QStringList written;
    QString error;
    const QString path = dir_.filePath(name);
    if (!exportAnnotations(source_, edited_, path, &written, &error))
        qWarning("%s", qPrintable(error));
    return written.value(0);
}

void TestAnnotationExport::csvHasARowEach() {
    const QString path = write("a.csv");
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines[0], QStringLiteral("onset_s,duration_s,description,channels"));
    QCOMPARE(lines[2], QStringLiteral("2.5,0.75,\"BAD_jaw, left\",C3..;C4.."));
    QCOMPARE(lines[5], QStringLiteral("9,0,blink #2,"));
}

void TestAnnotationExport::bidsEventsSayNaWithoutADuration() {
    const QString path = write("sub-001_task-motor_events.tsv");
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines[0], QStringLiteral("onset\tduration\ttrial_type\tchannels"));
    QCOMPARE(lines[2], QStringLiteral("2.5\t0.75\tBAD_jaw, left\tC3..,C4.."));
    QCOMPARE(lines[3].split('\t')[2], QStringLiteral("T1"));
    QFile sidecar(dir_.filePath("sub-001_task-motor_events.json"));  // describes the columns
    QVERIFY(sidecar.open(QIODevice::ReadOnly));
    const QJsonObject columns = QJsonDocument::fromJson(sidecar.readAll()).object();
    QVERIFY(columns["channels"].toObject()["Description"].toString().contains("n/a: all"));
}

// EDFlib reads the copy's annotations as edited (onsets to EDF+'s 100 us) and every sample as
// the source's.
void TestAnnotationExport::edfCopyHoldsTheEditsAndTheSamples() {
    const QString path = write("copy.edf");
    QVERIFY(!path.isEmpty());
    QString error;
    const auto copy = Recording::open(path, &error, ReaderChoice::EdflibOnly);
    const auto source = Recording::open(source_, &error);
    QVERIFY2(copy && source, qPrintable(error));
    const QVector<Annotation>& back = copy->info().annotations;
    QCOMPARE(back.size(), edited_.size());
    for (int i = 0; i < back.size(); ++i) {
        QCOMPARE(back[i].text, edited_[i].text);
        QVERIFY(std::abs(back[i].onset100ns - edited_[i].onset100ns) <= 1000);
        QVERIFY(std::abs(back[i].duration100ns - edited_[i].duration100ns) <= 1000);
    }
    QCOMPARE(copy->info().signalInfos.size(), source->info().signalInfos.size());
    for (int s : {0, 31, 63}) {
        QVector<qint32> a(16000), b(16000);
        QVERIFY(source->readDigital(s, 0, 16000, a.data(), &error));
        QVERIFY(copy->readDigital(s, 0, 16000, b.data(), &error));
        QCOMPARE(a, b);
    }
}

QJsonArray TestAnnotationExport::mneAnnotations(const QString& code, const QString& path) {
    QProcess py;
    py.start("/usr/bin/python3",
             {"-c",
              "import json, sys\n"
              "try:\n    import mne\nexcept ImportError:\n    sys.exit(77)\n" +
                  code +
                  "\nprint(json.dumps([[float(o), float(d), str(t), list(c)] for o, d, t, c in"
                  " zip(a.onset, a.duration, a.description, a.ch_names)]))",
              path});
    if (!py.waitForFinished(120000)) mneError_ = "python3 did not finish";
    mneMissing_ = py.exitCode() == 77;
    if (!mneMissing_ && py.exitCode() != 0) mneError_ = py.readAllStandardError();
    return QJsonDocument::fromJson(py.readAllStandardOutput()).array();
}

// mne.read_annotations on the text (channels included; MNE's reader splits on commas, so the
// comma of a description is a semicolon there) and read_raw_edf on the copy.
void TestAnnotationExport::mneReadsTheTextAndTheCopy() {
    const QJsonArray text = mneAnnotations("a = mne.read_annotations(sys.argv[1])", write("a.txt"));
    if (mneMissing_) QSKIP("python3-mne is not installed");
    QVERIFY2(mneError_.isEmpty(), mneError_.constData());
    QCOMPARE(text.size(), 5);
    QCOMPARE(text[1][0].toDouble(), 2.5);
    QCOMPARE(text[1][1].toDouble(), 0.75);
    QCOMPARE(text[1][2].toString(), QStringLiteral("BAD_jaw; left"));
    QCOMPARE(text[1][3].toArray(), QJsonArray({"C3..", "C4.."}));
    QCOMPARE(text[2][2].toString(), QStringLiteral("T1"));
    QCOMPARE(text[4][2].toString(), QStringLiteral("blink No.2"));  // '#' would cut the row
    QVERIFY(text[4][3].toArray().isEmpty());
    const QJsonArray edf = mneAnnotations(
        "a = mne.io.read_raw_edf(sys.argv[1], verbose='error').annotations", write("mne.edf"));
    QVERIFY2(mneError_.isEmpty(), mneError_.constData());
    QCOMPARE(edf.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(std::abs(edf[i][0].toDouble() - edited_[i].onsetSeconds()) < 1e-4);
        QCOMPARE(edf[i][2].toString(), edited_[i].text);
    }
}

void TestAnnotationExport::anUnknownEndingOrAnotherFormatIsRefused() {
    QStringList written;
    QString error;
    QVERIFY(!exportAnnotations(source_, edited_, dir_.filePath("a.xlsx"), &written, &error));
    QVERIFY2(error.contains("a.xlsx") && error.contains(".csv"), qPrintable(error));
    // EDFlib copies the samples as they are: an EDF recording's copy is no BDF file.
    QVERIFY(!exportAnnotations(source_, edited_, dir_.filePath("a.bdf"), &written, &error));
    QVERIFY2(error.contains("a.bdf") && error.contains(".edf"), qPrintable(error));
    QVERIFY(written.isEmpty());
}

QTEST_GUILESS_MAIN(TestAnnotationExport)
#include "test_annotation_export.moc"
