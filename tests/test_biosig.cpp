// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Recordings through BioSig (GDF, BrainVision) behind the same Recording interface as EDF,
// against what MNE read from the same files (tests/data/make_biosig_reference.py).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

#include "core/dataset/window_extractor.h"
#include "core/electrodes/channel_mapping.h"
#include "core/recording/recording.h"
#include "core/recording/recording_formats.h"
#include "core/workspace/recording_store.h"
#include "test_support.h"

using namespace alfee::core;
using alfee::tests::readAll;
using alfee::tests::sharedData;
using alfee::tests::testData;

namespace {

QJsonObject reference(const QString& key) {
    return QJsonDocument::fromJson(readAll(testData("biosig_reference.json")))
        .object()[key]
        .toObject();
}

// Samples, names, rate and length of `rec` against MNE's read; `factor` scales MNE's values.
void compareWithMne(const Recording& rec, const QJsonObject& ref, double tolerance) {
    const QJsonArray names = ref["ch_names"].toArray();
    QCOMPARE(rec.info().signalInfos.size(), names.size());
    const QJsonArray indices = ref["sample_indices"].toArray();
    for (int c = 0; c < names.size(); ++c) {
        const SignalInfo& s = rec.info().signalInfos[c];
        QCOMPARE(s.label, names[c].toString());
        QCOMPARE(s.rateHz, ref["sfreq"].toDouble());
        QCOMPARE(s.samples, qint64(ref["n_times"].toInteger()));
        for (int k = 0; k < indices.size(); ++k) {
            QVector<float> v;
            QString error;
            QVERIFY2(rec.readMicrovolts(c, indices[k].toInteger(), 1, &v, &error),
                     qPrintable(error));
            const double expected = ref["microvolts"].toArray()[c].toArray()[k].toDouble();
            if (std::abs(v[0] - expected) > tolerance)
                QFAIL(qPrintable(QStringLiteral("%1 sample %2: %3 uV, MNE %4")
                                     .arg(s.label)
                                     .arg(indices[k].toInteger())
                                     .arg(v[0])
                                     .arg(expected)));
        }
    }
}

// The test BrainVision recording's three files, copied into `dir`.
bool copyBrainVision(const QTemporaryDir& dir) {
    for (const char* part : {"Subject00_2_12s.vhdr", "Subject00_2_12s.vmrk", "Subject00_2_12s.eeg"})
        if (!QFile::copy(testData(QStringLiteral("brainvision/") + part), dir.filePath(part)))
            return false;
    return true;
}

}  // namespace

class TestBiosig : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() {
        if (!haveBiosig()) QSKIP("built without BioSig (libbiosig-dev)");
    }

    void brainVisionAgreesWithMne() {
        QString error;
        auto rec = Recording::open(testData("brainvision/Subject00_2_12s.vhdr"), &error);
        QVERIFY2(rec, qPrintable(error));
        QCOMPARE(rec->readerName(), QString("BioSig"));
        QVERIFY2(rec->info().format.contains("BrainVision"), qPrintable(rec->info().format));
        compareWithMne(*rec, reference("brainvision/Subject00_2_12s.vhdr"), 1e-4);
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

    void gdfAgreesWithMne() {
        if (!QFileInfo::exists(sharedData("eeg/formats/biosig_erds_sample.gdf")))
            QSKIP("needs shared/data/eeg/formats (GPL files are not copied into the tests)");
        QString error;
        auto rec = Recording::open(sharedData("eeg/formats/biosig_erds_sample.gdf"), &error);
        QVERIFY2(rec, qPrintable(error));
        const QJsonObject ref = reference("biosig_erds_sample.gdf");
        compareWithMne(*rec, ref, 1e-4);
        if (QTest::currentTestFailed()) return;
        // 200 events with their codes and durations; MNE gives a zero duration one sample.
        const QJsonArray events = ref["annotations"].toArray();
        QCOMPARE(rec->info().annotations.size(), events.size());
        QStringList ours, mne;
        for (const Annotation& a : rec->info().annotations)
            ours << QStringLiteral("%1 %2 %3")
                        .arg(a.onsetSeconds(), 0, 'f', 4)
                        .arg(std::max(a.durationSeconds(), 1 / 256.0), 0, 'f', 4)
                        .arg(a.text);
        for (const QJsonValue& e : events)
            mne << QStringLiteral("%1 %2 %3")
                       .arg(e[0].toDouble(), 0, 'f', 4)
                       .arg(e[1].toDouble(), 0, 'f', 4)
                       .arg(e[2].toString());
        ours.sort(), mne.sort();
        QCOMPARE(ours, mne);
        // BioSig's complaint about the file is a warning of the recording, not terminal noise.
        bool warned = false;
        for (const HeaderIssue& i : rec->warnings()) warned |= i.text().contains("Eventtable");
        QVERIFY(warned);
        auto ecg = Recording::open(sharedData("eeg/formats/test_1ch.gdf"), &error);
        QVERIFY2(ecg, qPrintable(error));
        compareWithMne(*ecg, reference("test_1ch.gdf"), 1e-3);
    }

    void unreadableFilesNameTheFileAndTheFormats() {
        QTemporaryDir dir;
        const QString junk = dir.filePath("notes.xyz");
        QVERIFY(
            alfee::tests::writeAll(junk, QByteArray("just some text, no signals\n").repeated(20)));
        QString error;
        QVERIFY(!Recording::open(junk, &error));
        QVERIFY2(error.startsWith(junk) && error.contains("BrainVision"), qPrintable(error));
        // Damaged GDF headers that crash BioSig 2.5 are refused before it sees them.
        const QString noChannels = dir.filePath("empty.gdf");
        QVERIFY(alfee::tests::writeAll(noChannels, "GDF 1.25" + QByteArray(300, '\0')));
        QVERIFY(!Recording::open(noChannels, &error));
        QVERIFY2(error.startsWith(noChannels) && error.contains("0 channels"), qPrintable(error));
        // A BrainVision header whose data file is missing.
        QVERIFY(QFile::copy(testData("brainvision/Subject00_2_12s.vhdr"), dir.filePath("x.vhdr")));
        QVERIFY(!Recording::open(dir.filePath("x.vhdr"), &error));
        QVERIFY2(error.startsWith(dir.filePath("x.vhdr")), qPrintable(error));
    }

    // BioSig 2.5 reads <header name>.eeg, not the DataFile= the header names: a copied header
    // opened "copy.eeg" (absent) and took its sample count from memory it never set. It reads
    // what its header names, the annotations of its marker file included.
    void renamedBrainVisionHeaderReadsTheDataItNames() {
        QTemporaryDir dir;
        QVERIFY(copyBrainVision(dir));
        QVERIFY(QFile::copy(dir.filePath("Subject00_2_12s.vhdr"), dir.filePath("copy.vhdr")));
        QString error;
        auto rec = Recording::open(dir.filePath("copy.vhdr"), &error);
        QVERIFY2(rec, qPrintable(error));
        compareWithMne(*rec, reference("brainvision/Subject00_2_12s.vhdr"), 1e-4);
        auto original = Recording::open(dir.filePath("Subject00_2_12s.vhdr"), &error);
        QVERIFY2(original, qPrintable(error));
        QCOMPARE(rec->info().annotations.size(), original->info().annotations.size());
        QVERIFY(!rec->info().annotations.isEmpty());
    }

    // A data file shorter than its header promises is read as far as it goes, as MNE reads it
    // (BioSig described the promised samples, then refused the first read); the markers past
    // its end are left out. Both are said.
    void shortBrainVisionDataIsReadAsItIs() {
        QTemporaryDir dir;
        QVERIFY(copyBrainVision(dir));
        QString error;
        auto full = Recording::open(dir.filePath("Subject00_2_12s.vhdr"), &error);
        QVERIFY2(full, qPrintable(error));
        const int channels = full->info().signalInfos.size();
        QVector<float> a, b;
        QVERIFY(full->readMicrovolts(3, 0, 1000, &b, &error));  // BioSig reads at the first read
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
        QVERIFY2(warnings.join('\n').contains("holds 1000 of the 6000 samples"),
                 qPrintable(warnings.join('\n')));
        QVERIFY2(warnings.join('\n').contains("3 events lie past the last sample"),
                 qPrintable(warnings.join('\n')));
        for (const Annotation& kept : rec->info().annotations) QVERIFY(kept.onsetSeconds() < 2.0);
        QVERIFY2(rec->readMicrovolts(3, 0, 1000, &a, &error), qPrintable(error));
        QCOMPARE(a, b);
    }

    // An amplifier export (.ahdr, .amrk) stores one channel more than its header names; BioSig
    // refused the file. Read as MNE reads it: the extra channel dropped, the others as written.
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
};

QTEST_GUILESS_MAIN(TestBiosig)
#include "test_biosig.moc"
