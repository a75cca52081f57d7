// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// BrainVision recordings through the project's own reader, in the variants labs' tools write,
// against what MNE 1.3 read from the same files (tests/data/make_brainvision_reference.py,
// make_biosig_reference.py); no BioSig needed.
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "core/dataset/window_extractor.h"
#include "core/electrodes/channel_mapping.h"
#include "core/recording/recording.h"
#include "core/recording/recording_formats.h"
#include "core/workspace/recording_store.h"
#include "format_reference.h"
#include "test_support.h"

using namespace alfee::core;
using alfee::tests::compareAnnotationsWithMne;
using alfee::tests::compareSamplesWithMne;
using alfee::tests::readAll;
using alfee::tests::testData;

namespace {

QJsonObject reference(const QString& name) {
    return QJsonDocument::fromJson(readAll(testData("brainvision_reference.json")))
        .object()[name]
        .toObject();
}

// The test BrainVision recording's three files, copied into `dir`.
bool copyBrainVision(const QTemporaryDir& dir) {
    for (const char* part : {"Subject00_2_12s.vhdr", "Subject00_2_12s.vmrk", "Subject00_2_12s.eeg"})
        if (!QFile::copy(testData(QStringLiteral("brainvision/") + part), dir.filePath(part)))
            return false;
    return true;
}

QString warningsOf(const Recording& rec) {
    QStringList texts;
    for (const HeaderIssue& w : rec.warnings()) texts << w.text();
    return texts.join('\n');
}

// `stem`.vhdr with `from` replaced by `to` in its header, beside a copy of its data and markers.
QString editedHeader(const QTemporaryDir& dir, const QString& stem, const QByteArray& from,
                     const QByteArray& to) {
    for (const char* suffix : {".vmrk", ".eeg"})
        QFile::copy(testData("brainvision/" + stem + suffix), dir.filePath(stem + suffix));
    QByteArray header = readAll(testData("brainvision/" + stem + ".vhdr"));
    header.replace(from, to);
    QFile out(dir.filePath(stem + ".vhdr"));
    if (!out.open(QIODevice::WriteOnly)) return {};
    out.write(header);
    return out.fileName();
}

}  // namespace

class TestBrainVision : public QObject {
    Q_OBJECT

  private slots:
    // Each variant: samples (voltages in microvolts, a temperature in its unit), names, rate,
    // length and markers equal to MNE's; the date of the first "New Segment" as the start.
    void variantsAgreeWithMne_data() {
        QTest::addColumn<QString>("stem");
        QTest::addColumn<double>("tolerance");  // microvolts: float32 of the result
        QTest::newRow("version 2.0, float32, vectorised") << "v2_float_vectorized" << 1e-4;
        QTest::newRow("ANSI, int16, mixed units") << "ansi_mixed_units" << 1e-4;
        QTest::newRow("ASCII, decimal comma") << "ascii_comma" << 1e-4;
        QTest::newRow("Core Data wording, int32") << "int32_core" << 1e-4;
    }

    void variantsAgreeWithMne() {
        QFETCH(QString, stem);
        QFETCH(double, tolerance);
        const QJsonObject ref = reference(stem);
        QString error;
        auto rec = Recording::open(testData("brainvision/" + stem + ".vhdr"), &error);
        QVERIFY2(rec, qPrintable(error));
        QCOMPARE(rec->readerName(), QString("BrainVision reader"));
        QVERIFY2(rec->warnings().isEmpty(), qPrintable(warningsOf(*rec)));
        compareSamplesWithMne(*rec, ref, tolerance, 1e-2);
        if (QTest::currentTestFailed()) return;
        compareAnnotationsWithMne(*rec, ref);
        if (QTest::currentTestFailed()) return;
        if (ref["meas_date"].isString()) {
            const QDateTime date =
                QDateTime::fromString(ref["meas_date"].toString().left(19), Qt::ISODate);
            QCOMPARE(rec->info().start, date);
            QCOMPARE(rec->info().startSubsecond100ns, qint64(1234560));
        }
    }

    // The units as the header gives them: mV and microvolts scaled, the temperature kept in C.
    void unitsAreTheHeaders() {
        QString error;
        auto rec = Recording::open(testData("brainvision/ansi_mixed_units.vhdr"), &error);
        QVERIFY2(rec, qPrintable(error));
        QStringList units;
        for (const SignalInfo& s : rec->info().signalInfos) units << s.unit;
        QCOMPARE(units, QStringList({"uV", "mV", "uV", "uV", "uV", "C"}));
        QVector<qint32> digital(4);
        QVERIFY(rec->readDigital(1, 0, 4, digital.data(), &error));
        double physical[4];
        QVERIFY(rec->readPhysical(1, 0, 4, physical, &error));
        for (int i = 0; i < 4; ++i) QCOMPARE(physical[i], digital[i] * 0.001);  // mV a step
    }

    void brainVisionAgreesWithMne() {
        QString error;
        auto rec = Recording::open(testData("brainvision/Subject00_2_12s.vhdr"), &error);
        QVERIFY2(rec, qPrintable(error));
        QCOMPARE(rec->readerName(), QString("BrainVision reader"));
        QCOMPARE(rec->info().format, QString("BrainVision"));
        QVERIFY(rec->warnings().isEmpty());
        compareSamplesWithMne(*rec, reference("Subject00_2_12s"), 1e-4, 1e-2);
        if (QTest::currentTestFailed()) return;  // QVERIFY in the helper left only the helper
        // The markers with their durations (MNE names them "Type/Description").
        QStringList texts;
        for (const Annotation& a : rec->info().annotations) texts << a.text;
        const Annotation* s2 = nullptr;
        for (const Annotation& a : rec->info().annotations)
            if (a.text.contains("S  2")) s2 = &a;
        QVERIFY2(s2, qPrintable(texts.join(" | ")));
        QCOMPARE(s2->onsetSeconds(), 5.5);
        QCOMPARE(s2->durationSeconds(), 0.5);
        QVERIFY2(texts.join("|").contains("eyes closed"), qPrintable(texts.join(" | ")));
    }

    // The same 12 s as the EDF they were written from, through the model's window pipeline.
    void brainVisionWindowsMatchTheEdf() {
        QString error;
        auto bv = Recording::open(testData("brainvision/Subject00_2_12s.vhdr"), &error);
        auto edf = Recording::open(testData("Subject00_2.edf"), &error);
        PreparedWindow a, b;
        QVERIFY2(extractWindow(*bv, ChannelMapping::fromRecording(bv->info()), {}, 1.0, 10.0, {},
                               &a, &error, 1.0),
                 qPrintable(error));
        QVERIFY2(extractWindow(*edf, ChannelMapping::fromRecording(edf->info()), {}, 1.0, 10.0, {},
                               &b, &error, 1.0),
                 qPrintable(error));
        QCOMPARE(a.electrodes, b.electrodes);
        QCOMPARE(a.electrodes.size(), 19);
        double worst = 0;
        for (int c = 0; c < a.electrodes.size(); ++c)
            worst =
                std::max(worst, std::abs(a.mean[c] - b.mean[c]) + std::abs(a.std[c] - b.std[c]));
        QVERIFY2(worst < 0.1, qPrintable(QString::number(worst)));  // 0.1 uV steps in the file
    }

    // A copied header reads the data file it names (BioSig 2.5 read <header name>.eeg, absent,
    // and took its sample count from memory it never set), the markers of its marker file too.
    void renamedBrainVisionHeaderReadsTheDataItNames() {
        QTemporaryDir dir;
        QVERIFY(copyBrainVision(dir));
        QVERIFY(QFile::copy(dir.filePath("Subject00_2_12s.vhdr"), dir.filePath("copy.vhdr")));
        QString error;
        auto rec = Recording::open(dir.filePath("copy.vhdr"), &error);
        QVERIFY2(rec, qPrintable(error));
        compareSamplesWithMne(*rec, reference("Subject00_2_12s"), 1e-4, 1e-2);
        auto original = Recording::open(dir.filePath("Subject00_2_12s.vhdr"), &error);
        QVERIFY2(original, qPrintable(error));
        QCOMPARE(rec->info().annotations.size(), original->info().annotations.size());
        QVERIFY(!rec->info().annotations.isEmpty());
    }

    // A data file shorter than its header promises is read as far as it goes, as MNE reads it
    // (BioSig described the promised samples, then refused the first read); the markers past
    // its end are left out. Both are said, and a torn last sample point too.
    void shortBrainVisionDataIsReadAsItIs() {
        QTemporaryDir dir;
        QVERIFY(copyBrainVision(dir));
        QString error;
        auto full = Recording::open(dir.filePath("Subject00_2_12s.vhdr"), &error);
        QVERIFY2(full, qPrintable(error));
        const int channels = full->info().signalInfos.size();
        QVector<float> a, b;
        QVERIFY(full->readMicrovolts(3, 0, 1000, &b, &error));
        QFile data(dir.filePath("Subject00_2_12s.eeg"));
        QVERIFY(data.resize(qint64(channels) * 2 * 1000 + 7));  // 1000 points and a torn one
        QFile header(dir.filePath("Subject00_2_12s.vhdr"));     // a header that says how many
        QVERIFY(header.open(QIODevice::ReadWrite));
        const QByteArray text =
            header.readAll().replace("[Common Infos]\r\n", "[Common Infos]\r\nDataPoints=6000\r\n");
        QVERIFY(text.contains("DataPoints=6000") && header.seek(0) && header.write(text) > 0);
        header.close();
        auto rec = Recording::open(dir.filePath("Subject00_2_12s.vhdr"), &error);
        QVERIFY2(rec, qPrintable(error));
        QCOMPARE(rec->info().signalInfos[0].samples, qint64(1000));
        QStringList warnings;
        for (const HeaderIssue& w : rec->warnings()) warnings << w.text();
        for (const char* said : {"promises 6000 samples; the data file holds 1000",
                                 "3 markers lie outside the samples", "part of a sample point"})
            QVERIFY2(warnings.join('\n').contains(said), qPrintable(warnings.join('\n')));
        for (const Annotation& kept : rec->info().annotations) QVERIFY(kept.onsetSeconds() < 2.0);
        QVERIFY2(rec->readMicrovolts(3, 0, 1000, &a, &error), qPrintable(error));
        QCOMPARE(a, b);
    }

    // An amplifier export (.ahdr, .amrk) stores one channel more than its header names (BioSig
    // refused the file): read as MNE reads it, the extra channel dropped, the others as written.
    void amplifierExportReadsWithoutItsExtraChannel() {
        QTemporaryDir dir;
        QVERIFY(copyBrainVision(dir));
        QString error;
        auto plain = Recording::open(dir.filePath("Subject00_2_12s.vhdr"), &error);
        QVERIFY2(plain, qPrintable(error));
        const int channels = plain->info().signalInfos.size();
        const QByteArray samples = readAll(dir.filePath("Subject00_2_12s.eeg"));
        QByteArray widened;  // after each time point's channels, one more int16
        for (qsizetype at = 0; at + 2 * channels <= samples.size(); at += 2 * channels)
            widened += samples.mid(at, 2 * channels) + QByteArray("\x09\x03", 2);
        QByteArray header = readAll(dir.filePath("Subject00_2_12s.vhdr"));
        header.replace("DataFile=Subject00_2_12s.eeg", "DataFile=amp.eeg")
            .replace("MarkerFile=Subject00_2_12s.vmrk", "MarkerFile=amp.amrk");
        QByteArray markers = readAll(dir.filePath("Subject00_2_12s.vmrk"));
        markers.replace("DataFile=Subject00_2_12s.eeg", "DataFile=amp.eeg");
        for (const auto& [name, bytes] :
             {std::pair{"amp.eeg", widened}, {"amp.ahdr", header}, {"amp.amrk", markers}}) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
        }
        auto amp = Recording::open(dir.filePath("amp.ahdr"), &error);
        QVERIFY2(amp, qPrintable(error));
        QCOMPARE(amp->info().signalInfos.size(), channels);
        QCOMPARE(amp->info().signalInfos[0].samples, plain->info().signalInfos[0].samples);
        for (int c = 0; c < channels; c += 5) {
            QVector<float> a, b;
            QVERIFY2(amp->readMicrovolts(c, 0, 6000, &a, &error), qPrintable(error));
            QVERIFY(plain->readMicrovolts(c, 0, 6000, &b, &error));
            QCOMPARE(a, b);
        }
        QCOMPARE(amp->info().annotations.size(), plain->info().annotations.size());
        QVERIFY(isRecordingFileName("x/amp.ahdr"));
        QVERIFY(notARecordingReason("x/amp.amrk").contains(".ahdr"));
    }

    // Imported into a workspace like an EDF; the hash covers the data file, not only the header.
    void brainVisionImportsWithItsDataInTheHash() {
        QTemporaryDir dir;
        QVERIFY(copyBrainVision(dir));
        QString error;
        auto ws = Workspace::create(dir.filePath("w.alfee"), &error);
        QVERIFY2(ws, qPrintable(error));
        RecordingStore store(*ws);
        const ImportOutcome first = store.importFile(dir.filePath("Subject00_2_12s.vhdr"));
        QCOMPARE(int(first.kind), int(ImportOutcome::Kind::Imported));
        QFile data(dir.filePath("Subject00_2_12s.eeg"));
        QVERIFY(data.open(QIODevice::ReadWrite) && data.seek(1000) && data.write("xx") == 2);
        data.close();
        QVERIFY(QFile::copy(dir.filePath("Subject00_2_12s.vhdr"), dir.filePath("copy.vhdr")));
        const ImportOutcome second = store.importFile(dir.filePath("copy.vhdr"));
        QVERIFY2(second.kind != ImportOutcome::Kind::Failed, qPrintable(second.message));
        QCOMPARE(int(second.kind),
                 int(ImportOutcome::Kind::Imported));  // other data: not a duplicate
        QCOMPARE(isRecordingFileName("a/b/rec.VHDR"), true);
        QCOMPARE(isRecordingFileName("a/b/rec.eeg"), false);
    }

    // Files that are not what they say: refused with the file's name and the reason.
    void damagedHeadersAreRefusedWithTheReason_data() {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no data file") << QByteArray("DataFile=int32_core.eeg")
                                      << QByteArray("DataFile=gone.eeg") << "gone.eeg";
        QTest::newRow("unknown format")
            << QByteArray("BinaryFormat=INT_32") << QByteArray("BinaryFormat=INT_24") << "INT_24";
        QTest::newRow("spectra") << QByteArray("DataFormat=BINARY")
                                 << QByteArray("DataFormat=BINARY\r\nDataType=FREQUENCYDOMAIN")
                                 << "FREQUENCYDOMAIN";
        QTest::newRow("no rate") << QByteArray("SamplingInterval=2000")
                                 << QByteArray("SamplingInterval=0") << "SamplingInterval";
        QTest::newRow("a channel missing")
            << QByteArray("Ch6=O2,,0.01,\xc2\xb5V") << QByteArray("") << "Ch6";
        QTest::newRow("not BrainVision")
            << QByteArray("[Common Infos]") << QByteArray("[Other]") << "[Common Infos]";
    }

    void damagedHeadersAreRefusedWithTheReason() {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = editedHeader(dir, "int32_core", from, to);
        QVERIFY(readAll(path) != readAll(testData("brainvision/int32_core.vhdr")));
        if (reason == "gone.eeg")  // nor a data file named like the header beside it
            QVERIFY(QFile::remove(dir.filePath("int32_core.eeg")));
        QString error;
        QVERIFY(!Recording::open(path, &error));
        QVERIFY2(error.startsWith(path) && error.contains(reason), qPrintable(error));
    }

    // A header renamed without its data file reads the data file named like it, and says so.
    void aRenamedDataFileIsFoundBesideItsHeader() {
        QTemporaryDir dir;
        const QString path =
            editedHeader(dir, "int32_core", "DataFile=int32_core.eeg", "DataFile=old_name.eeg");
        QString error;
        auto rec = Recording::open(path, &error);
        QVERIFY2(rec, qPrintable(error));
        QVERIFY2(warningsOf(*rec).contains("old_name.eeg"), qPrintable(warningsOf(*rec)));
        compareSamplesWithMne(*rec, reference("int32_core"), 1e-4, 1e-2);
    }

    // An identification line of no known version is read as version 1.0, with a warning.
    void anUnknownVersionIsReadWithAWarning() {
        QTemporaryDir dir;
        const QString path =
            editedHeader(dir, "int32_core", "BrainVision Core Data Header File Version 1.0",
                         "Brain Vision Data Exchange Header File Version 3.0");
        QString error;
        auto rec = Recording::open(path, &error);
        QVERIFY2(rec, qPrintable(error));
        QVERIFY2(warningsOf(*rec).contains("Version 3.0"), qPrintable(warningsOf(*rec)));
        compareSamplesWithMne(*rec, reference("int32_core"), 1e-4, 1e-2);
    }
};

QTEST_GUILESS_MAIN(TestBrainVision)
#include "test_brainvision.moc"
