// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Electrode vocabulary, label normalisation, channel types and mappings.
#include <QTest>
#include <cmath>

#include "core/electrodes/channel_mapping.h"
#include "core/electrodes/electrode_vocabulary.h"
#include "core/recording/recording.h"
#include "test_support.h"

using namespace alfee;
using namespace alfee::core;
using namespace alfee::tests;

class TestElectrodes : public QObject {
    Q_OBJECT
  private slots:
    void vocabularyHas90PositionsOnTheHead();
    void labelsNormalise_data();
    void labelsNormalise();
    void eegmatMapping();
    void eegmmidbMapsAll64();
    void duplicatesAreListedNotDropped();
    void overrideAndClash();
    void mappingRoundTripsThroughJson();
};

void TestElectrodes::vocabularyHas90PositionsOnTheHead() {
    const auto& v = ElectrodeVocabulary::instance();
    QCOMPARE(v.electrodes().size(), 90);
    for (const char* name :
         {"FP1", "FPZ", "AF9", "FCZ", "T9", "TP10", "PO10", "O9", "IZ", "T1", "T2", "A1", "A2"})
        QVERIFY2(v.indexOf(name) >= 0, name);
    QCOMPARE(v.indexOf("T3"), -1);  // an alias, not a vocabulary name
    for (const Electrode& e : v.electrodes()) {
        const double r =
            std::sqrt(e.positionMm.x * e.positionMm.x + e.positionMm.y * e.positionMm.y +
                      e.positionMm.z * e.positionMm.z);
        QVERIFY2(r > 70 && r < 130, qPrintable(e.name));  // on a head, in millimetres
    }
    QVERIFY(v.at(v.indexOf("FP1")).positionMm.x < 0);  // odd numbers on the left
    QVERIFY(v.at(v.indexOf("FP1")).positionMm.y > 0);  // frontal at the front
    QCOMPARE(v.at(v.indexOf("FCZ")).displayName(), QStringLiteral("FCz"));
    QCOMPARE(v.at(v.indexOf("FP1")).displayName(), QStringLiteral("Fp1"));
}

void TestElectrodes::labelsNormalise_data() {
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("expected");
    QTest::newRow("tuh") << "EEG Fp1-REF"
                         << "FP1";
    QTest::newRow("bci2000") << "Fp1."
                             << "FP1";
    QTest::newRow("bci2000 two dots") << "C3.."
                                      << "C3";
    QTest::newRow("eegmat") << "EEG Fp1"
                            << "FP1";
    QTest::newRow("fc5") << "Fc5."
                         << "FC5";
    QTest::newRow("upper") << "FP1"
                           << "FP1";
    QTest::newRow("T3") << "EEG T3"
                        << "T7";
    QTest::newRow("T4") << "T4"
                        << "T8";
    QTest::newRow("T5") << "T5-LE"
                        << "P7";
    QTest::newRow("T6") << "EEG T6-REF"
                        << "P8";
    QTest::newRow("bipolar") << "EEG Fpz-Cz"
                             << "FPZ-CZ";
    QTest::newRow("ears") << "EEG A2-A1"
                          << "A2-A1";
}

void TestElectrodes::labelsNormalise() {
    QFETCH(QString, label);
    QFETCH(QString, expected);
    QCOMPARE(normaliseChannelLabel(label), expected);
}

void TestElectrodes::eegmatMapping() {
    QString error;
    auto rec = Recording::open(testData("Subject00_2.edf"), &error);
    QVERIFY(rec);
    const ChannelMapping m = ChannelMapping::fromRecording(rec->info());
    QCOMPARE(m.entries().size(), 21);
    QCOMPARE(m.mapped().size(), 19);
    QCOMPARE(m.unmapped().size(), 2);
    QCOMPARE(m.entries()[6].electrode, QStringLiteral("T7"));  // EEG T3
    QCOMPARE(m.entries()[19].note, QStringLiteral("a bipolar derivation, not one electrode"));
    QCOMPARE(m.entries()[20].type, ChannelType::Ecg);
}

void TestElectrodes::eegmmidbMapsAll64() {
    QString error;
    auto rec = Recording::open(testData("S001R04.edf"), &error);
    QVERIFY(rec);
    const ChannelMapping m = ChannelMapping::fromRecording(rec->info());
    QCOMPARE(m.mapped().size(), 64);
    QVERIFY(m.signalForElectrode("IZ") >= 0);
    QVERIFY(m.signalForElectrode("FC5") >= 0);
}

void TestElectrodes::duplicatesAreListedNotDropped() {
    RecordingInfo info;
    for (const char* label : {"EEG T3", "EEG T7", "Resp"}) {
        SignalInfo s;
        s.label = label;
        s.unit = "uV";
        info.signalInfos.push_back(s);
    }
    const ChannelMapping m = ChannelMapping::fromRecording(info);
    QCOMPARE(m.entries().size(), 3);
    QCOMPARE(m.mapped().size(), 1);
    QCOMPARE(m.duplicates().size(), 1);
    QVERIFY(m.duplicates()[0].note.contains("EEG T3"));
    QCOMPARE(m.entries()[2].type, ChannelType::Other);
}

void TestElectrodes::overrideAndClash() {
    QString error;
    auto rec = Recording::open(testData("Subject00_2.edf"), &error);
    ChannelMapping m = ChannelMapping::fromRecording(rec->info());
    QVERIFY(!m.overrideLabel("EEG Fp1", "FP2", &error));
    QVERIFY(error.contains("clash"));
    QCOMPARE(m.entries()[0].electrode, QStringLiteral("FP1"));  // unchanged
    QVERIFY(!m.overrideLabel("EEG Fp1", "XYZ", &error));
    QVERIFY(!m.overrideLabel("nope", "FP1", &error));
    QVERIFY(m.overrideLabel("EEG A2-A1", "", &error));
    QVERIFY(m.overrideLabel("EEG Fp1", "", &error));
    QVERIFY(m.overrideLabel("EEG Fp2", "Fp1", &error));
    QCOMPARE(m.signalForElectrode("FP1"), 1);
}

void TestElectrodes::mappingRoundTripsThroughJson() {
    QString error;
    auto rec = Recording::open(testData("S001R04.edf"), &error);
    ChannelMapping m = ChannelMapping::fromRecording(rec->info());
    QVERIFY(m.overrideLabel("Iz..", "", &error));
    ChannelMapping back;
    QVERIFY(ChannelMapping::fromJson(m.toJson(), &back, &error));
    QCOMPARE(back.toJson(), m.toJson());
    QCOMPARE(back.mapped().size(), 63);
}

QTEST_GUILESS_MAIN(TestElectrodes)
#include "test_electrodes.moc"
