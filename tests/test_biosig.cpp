// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Recordings through BioSig (GDF) behind the same Recording interface as EDF,
// against what MNE read from the same files (tests/data/make_biosig_reference.py).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

#include "core/recording/recording.h"
#include "core/recording/recording_formats.h"
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

}  // namespace

class TestBiosig : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() {
        if (!haveBiosig()) QSKIP("built without BioSig (libbiosig-dev)");
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
    }
};

QTEST_GUILESS_MAIN(TestBiosig)
#include "test_biosig.moc"
