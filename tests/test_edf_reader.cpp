// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The EDF/BDF reader: reference values, EDFlib against the tolerant path, EDF+D gaps, bad input
// and repair.
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "core/recording/edf_repair.h"
#include "core/recording/recording.h"
#include "core/recording/recording_formats.h"
#include "core/recording/status_channel.h"
#include "core/recording/tal_parser.h"
#include "edf_builder.h"
#include "reference_compare.h"
#include "test_support.h"

using namespace alfee;
using namespace alfee::tests;
using core::ReaderChoice;
using core::Recording;

class TestEdfReader : public QObject {
    Q_OBJECT
  private slots:
    void matchesReference_data();
    void matchesReference();
    void edflibAndTolerantAgree_data();
    void edflibAndTolerantAgree();
    void eegmmidbIsReadDespiteHeaderDeviations();
    void discontinuousFileHasSegmentsAtTrueOnsets();
    void readsAnyRangeLazily();
    void convertsVoltageUnitsToMicrovolts();
    void badInputGivesOneClearMessage_data();
    void badInputGivesOneClearMessage();
    void repairWritesACopyEdflibAccepts();
    void moreRecordingsOpenThanEdflibHolds();
    void talTimesBeyondTheRangeAreRefused();
    void statusChannelGivesCodesAndEvents();

  private:
    QTemporaryDir tmp_;
};

void TestEdfReader::matchesReference_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QJsonObject>("reference");
    const auto doc = QJsonDocument::fromJson(readAll(testData("edf_reads_subset.json")));
    for (const auto& v : doc.object()["files"].toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o["file"].toString().section('/', -1);
        QTest::newRow(qPrintable(name)) << testData(name) << o;
    }
}

void TestEdfReader::matchesReference() {
    QFETCH(QString, file);
    QFETCH(QJsonObject, reference);
    ReferenceFigures fig;
    compareWithReference(file, reference, &fig);
}

void TestEdfReader::edflibAndTolerantAgree_data() {
    QTest::addColumn<QString>("file");
    for (const char* f : {"Subject00_2.edf", "SC4001EC-Hypnogram.edf", "short_psg.edf",
                          "short_psg.bdf", "test_uneven_samp.edf"})
        QTest::newRow(f) << testData(f);
}

void TestEdfReader::edflibAndTolerantAgree() {
    QFETCH(QString, file);
    compareReaders(file);
}

void TestEdfReader::eegmmidbIsReadDespiteHeaderDeviations() {
    QString error;
    auto rec = Recording::open(testData("S001R04.edf"), &error);
    QVERIFY2(rec, qPrintable(error));
    QCOMPARE(rec->readerName(), QStringLiteral("tolerant"));
    const QString warnings =
        core::issueTexts(rec->warnings(), core::HeaderIssue::Severity::Warning).join('\n');
    QVERIFY(warnings.contains("physical dimension '-' where EDF+ wants blanks"));
    QVERIFY(warnings.contains("prefilter 'HP:0Hz LP:0Hz N:0Hz' where EDF+ wants blanks"));
    QVERIFY(warnings.contains("code -3"));
    QVERIFY2(Recording::open(testData("S001R04.edf"), &error, ReaderChoice::EdflibOnly) == nullptr,
             "EDFlib 1.23 refuses EEGMMIDB files; if it stops doing so this test must change");
}

void TestEdfReader::discontinuousFileHasSegmentsAtTrueOnsets() {
    // Records start at 0, 1, 5 and 6 s: two segments, the second at 5 s.
    const QVector<double> starts = {0, 1, 5, 6};
    const QVector<BuiltSignal> sigs = {{"EEG Fp1", "uV", {}, -3276.8, 3276.7, -32768, 32767, 4},
                                       {"EDF Annotations", "", {}, -1, 1, -32768, 32767, 30}};
    const QByteArray bytes = buildEdf(
        "EDF+D", 4, 1.0, sigs, [](int r, int, int i) { return qint16(r * 100 + i); },
        [&](int r) {
            QByteArray tal = "+" + QByteArray::number(starts[r]) + "\x14\x14";
            tal += '\0';
            if (r == 2) tal += QByteArray("+5.5\x15") + "0.25\x14stim\x14" + '\0';
            return tal;
        });
    const QString path = tmp_.filePath("gaps.edf");
    QVERIFY(writeAll(path, bytes));
    QString error;
    auto rec = Recording::open(path, &error);
    QVERIFY2(rec, qPrintable(error));
    QCOMPARE(rec->readerName(), QStringLiteral("tolerant"));
    const auto& info = rec->info();
    QCOMPARE(info.segments.size(), 2);
    QCOMPARE(info.segments[1].firstRecord, 2);
    QCOMPARE(info.segments[1].onsetSeconds, 5.0);
    QCOMPARE(info.durationSeconds(), 7.0);
    QCOMPARE(info.annotations.size(), 1);
    QCOMPARE(info.annotations[0].text, QStringLiteral("stim"));
    QCOMPARE(info.annotations[0].onsetSeconds(), 5.5);
    QCOMPARE(info.annotations[0].durationSeconds(), 0.25);
    QVector<qint32> digital(16);
    QVERIFY(rec->readDigital(0, 0, 16, digital.data(), &error));
    QCOMPARE(digital[8], 200);  // first sample of the second segment: records are concatenated
}

void TestEdfReader::readsAnyRangeLazily() {
    QString error;
    auto rec = Recording::open(testData("S001R04.edf"), &error);
    QVERIFY(rec);
    const qint64 n = rec->info().signalInfos[10].samples;
    QVector<double> all(n), part(333);
    QVERIFY(rec->readPhysical(10, 0, n, all.data(), &error));
    QVERIFY(rec->readPhysical(10, 1234, 333, part.data(), &error));
    for (int i = 0; i < 333; ++i) QCOMPARE(part[i], all[1234 + i]);
    QVERIFY(!rec->readPhysical(10, n - 5, 10, part.data(), &error));
    QVERIFY(error.contains("outside"));
}

void TestEdfReader::convertsVoltageUnitsToMicrovolts() {
    QString error;
    auto rec = Recording::open(testData("Subject00_2.edf"), &error);
    QVERIFY(rec);
    const int ecg = rec->info().signalIndex("ECG ECG");
    QCOMPARE(rec->info().signalInfos[ecg].unit, QStringLiteral("mV"));
    QVector<float> physical, microvolts;
    QVERIFY(rec->readFloat(ecg, 100, 50, &physical, &error));
    QVERIFY(rec->readMicrovolts(ecg, 100, 50, &microvolts, &error));
    for (int i = 0; i < 50; ++i) QVERIFY(std::abs(microvolts[i] - physical[i] * 1000.0f) < 1e-3f);
    auto psg = Recording::open(testData("short_psg.edf"), &error);
    const int temp = psg->info().signalIndex("Temp rectal");
    QVERIFY(temp >= 0);
    QVERIFY(!psg->readMicrovolts(temp, 0, 1, &microvolts, &error));
    QVERIFY(error.contains("not a voltage"));
}

void TestEdfReader::badInputGivesOneClearMessage_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    const QByteArray good = readAll(testData("Subject00_2.edf"));
    QByteArray crlf = readAll(testData("S001R04.edf"));
    crlf.replace("\n", "\r\n");
    QByteArray wrongMagic = good;
    wrongMagic[0] = 'X';
    QByteArray badDigital = good;
    badDigital.replace(256 + 22 * (16 + 80 + 8 + 8 + 8), 8, QByteArray("99999999"));
    const QVector<std::pair<QString, QByteArray>> files = {
        {"empty.edf", {}},
        {"truncated.edf", good.left(good.size() - 1000)},
        {"header_only_part.edf", good.left(200)},
        {"wrong_magic.edf", wrongMagic},
        {"crlf_corrupted.edf", crlf},
        {"bad_digital_min.edf", badDigital},
        {"gdf_header_only.gdf", QByteArray("GDF 2.10") + QByteArray(300, ' ')},
        // Another format BioSig would guess at (and crash on: fuzz/regressions/recording).
        {"alpha_trace.edf", QByteArray("\xa5"
                                       "0ALPHA-TRACE-MEDICAL   29.0") +
                                QByteArray(900, 0)},
    };
    for (const auto& [name, bytes] : files) QVERIFY(writeAll(tmp_.filePath(name), bytes));
    QTest::newRow("missing") << tmp_.filePath("missing.edf") << "no such file";
    QTest::newRow("directory") << tmp_.path() << "is a directory";
    QTest::newRow("empty") << tmp_.filePath("empty.edf") << "is empty";
    QTest::newRow("truncated") << tmp_.filePath("truncated.edf") << "truncated";
    QTest::newRow("short header") << tmp_.filePath("header_only_part.edf")
                                  << "shorter than the 256-byte";
    // Files that are no EDF/BDF go to BioSig, which names the formats it reads.
    const QString notRecording =
        alfee::core::haveBiosig() ? "not a recording this program reads" : "not an EDF or BDF file";
    QTest::newRow("wrong magic") << tmp_.filePath("wrong_magic.edf") << notRecording;
    QTest::newRow("crlf") << tmp_.filePath("crlf_corrupted.edf") << "extra bytes";
    QTest::newRow("digital range") << tmp_.filePath("bad_digital_min.edf") << "digital";
    QTest::newRow("other format") << tmp_.filePath("alpha_trace.edf")
                                  << (alfee::core::haveBiosig() ? "are not those of an EDF, BDF"
                                                                : "not an EDF or BDF file");
    // A .gdf is a recording BioSig could not read, not "not a recording" (issue 26).
    QTest::newRow("gdf") << tmp_.filePath("gdf_header_only.gdf")
                         << (alfee::core::haveBiosig() ? "could not read this one"
                                                       : "GDF files are not supported");
}

void TestEdfReader::badInputGivesOneClearMessage() {
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QString error;
    auto rec = Recording::open(path, &error);
    QVERIFY(!rec);
    QVERIFY2(error.startsWith(path + ":"), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(!error.contains('\n'), "one message, one line");
}

void TestEdfReader::repairWritesACopyEdflibAccepts() {
    QString error;
    const QString source = testData("S001R04.edf");
    const QByteArray before = readAll(source);
    auto rec = Recording::open(source, &error);
    QVERIFY(rec);
    QStringList written;
    const QString out = tmp_.filePath("S001R04_repaired.edf");
    QVERIFY2(core::repairRecording(*rec, out, &written, &error), qPrintable(error));
    QCOMPARE(written, QStringList{out});
    QCOMPARE(readAll(source), before);  // the original is never touched
    auto repaired = Recording::open(out, &error, ReaderChoice::EdflibOnly);
    QVERIFY2(repaired, qPrintable(error));
    QCOMPARE(repaired->info().signalInfos.size(), 64);
    for (int s : {0, 31, 63}) {
        const qint64 n = rec->info().signalInfos[s].samples;
        QCOMPARE(repaired->info().signalInfos[s].samples, n);
        QVector<qint32> a(n), b(n);
        QVERIFY(rec->readDigital(s, 0, n, a.data(), &error));
        QVERIFY(repaired->readDigital(s, 0, n, b.data(), &error));
        QVERIFY(a == b);
    }
    const auto& annotationsBefore = rec->info().annotations;
    const auto& annotationsAfter = repaired->info().annotations;
    QCOMPARE(annotationsAfter.size(), annotationsBefore.size());
    for (int i = 0; i < annotationsBefore.size(); ++i) {
        QCOMPARE(annotationsAfter[i].text, annotationsBefore[i].text);
        QVERIFY(std::abs(annotationsAfter[i].onsetSeconds() - annotationsBefore[i].onsetSeconds()) <
                1e-4);
    }
    QVERIFY(!core::repairRecording(*rec, source, &written, &error));
    QVERIFY(error.contains("never overwrites"));
}

void TestEdfReader::moreRecordingsOpenThanEdflibHolds() {
    // EDFlib keeps at most 64 files open; recordings keep no EDFlib handle past opening.
    const QByteArray bytes = readAll(testData("short_psg.edf"));
    std::vector<std::unique_ptr<Recording>> open;
    QString error;
    for (int i = 0; i < 70; ++i) {
        const QString path = tmp_.filePath(QStringLiteral("many_%1.edf").arg(i));
        QVERIFY(writeAll(path, bytes));
        open.push_back(Recording::open(path, &error));
        QVERIFY2(open.back(), qPrintable(error));
        QCOMPARE(open.back()->readerName(), QStringLiteral("EDFlib"));
    }
    QVector<double> x(10);
    QVERIFY(open.front()->readPhysical(0, 0, 10, x.data(), &error));
}

// A damaged TAL near the int64 limit: refused with a message, no signed overflow (UBSan).
void TestEdfReader::talTimesBeyondTheRangeAreRefused() {
    using core::parseTalTime, core::parseTals, core::Tal;
    QCOMPARE(*parseTalTime("+9999999999.5", true), 99999999995000000LL);
    QVERIFY(!parseTalTime("+10000000001", true));
    QVERIFY(!parseTalTime("-922337203685.4775807", true));
    QVector<Tal> tals;
    QString error;
    QVERIFY(!parseTals(QByteArray("+92233720368547\x14\x14\0", 18), &tals, &error));
    QVERIFY2(error.contains("within 10^10 s"), qPrintable(error));
    // EDF+ durations carry no sign; a negative one is refused (found by fuzz/).
    QVERIFY(!parseTals(QByteArray("+1\x15-4.2\x14T0\x14\0", 12), &tals, &error));
    QVERIFY2(error.contains("duration '-4.2'"), qPrintable(error));
    QVERIFY(parseTals(QByteArray("+1\x15"
                                 "4.2\x14T0\x14\0",
                                 12),
                      &tals, &error));
    QCOMPARE(tals.front().duration100ns, 42000000LL);
}

// BioSemi's Status: codes in the low 16 bits, the status bits above them; events at the rises
// of the code, as MNE 1.3's
// find_events(raw, stim_channel='Status', mask=0xFFFF) finds them in the same file: 40 rises
// from 254 to 255, at samples 414, 822, ... 15304 (sum 314828).
void TestEdfReader::statusChannelGivesCodesAndEvents() {
    QString error;
    auto rec = Recording::open(testData("Newtest17-256.bdf"), &error);
    QVERIFY2(rec, qPrintable(error));
    const int status = rec->info().signalIndex("Status");
    QCOMPARE(core::triggerSignalIndex(rec->info()), status);
    QVector<float> codes;
    QVERIFY(rec->readFloat(status, 0, 4, &codes, &error));
    QCOMPARE(codes[0], 255.0f);
    qint32 raw = 0;
    QVERIFY(rec->readDigital(status, 0, 1, &raw, &error));  // the raw value stays available
    QCOMPARE(raw & 0xFFFFFF, 0x1D00FF);  // BioSemi's status bits 16, 18-20 above code 255
    QCOMPARE(raw & 0x1FFFF, 65791);      // MNE 1.3 gives the low 17 bits: 65791
    QVector<core::Annotation> triggers;
    for (const core::Annotation& a : rec->info().annotations)
        if (a.text.startsWith("Trigger ")) triggers << a;
    QCOMPARE(triggers.size(), 40);
    const double rate = rec->info().signalInfos[status].rateHz;
    qint64 sum = 0;
    for (const core::Annotation& a : triggers) {
        QCOMPARE(a.text, QString("Trigger 255"));
        sum += std::llround(a.onsetSeconds() * rate);
    }
    QCOMPARE(std::llround(triggers.front().onsetSeconds() * rate), 414LL);
    QCOMPARE(std::llround(triggers.back().onsetSeconds() * rate), 15304LL);
    QCOMPARE(sum, 314828LL);
    QVERIFY(triggers.front().durationSeconds() > 0);  // until the code falls back to 254
}

QTEST_GUILESS_MAIN(TestEdfReader)
#include "test_edf_reader.moc"
