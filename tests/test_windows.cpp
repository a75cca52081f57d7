// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Where dataset windows come from: EDF+D recording time mapped to samples through the segments,
// annotation windows that stay inside their event, subject identity and the splits it guards.
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "core/dataset/dataset_builder.h"
#include "core/dataset/subject_guess.h"
#include "core/dataset/subject_identity.h"
#include "core/dataset/window_extractor.h"
#include "core/engine/pretrain_data.h"
#include "core/engine/run_splits.h"
#include "core/engine/training_data.h"
#include "core/workspace/recording_store.h"
#include "edf_builder.h"
#include "test_support.h"

using namespace alfee;
using namespace alfee::core;
using namespace alfee::tests;

namespace {

// An EDF+D of 1 s records: 40 at 0-40 s, then a 20 s gap, then 40 at 60-100 s. Every sample of
// the record at t seconds holds t microvolts, so a window's mean tells where it was read.
// Annotations: "A" (2 s) at 30 s, "B" (2 s) at 85 s.
QByteArray twoSegmentEdf() {
    const QVector<BuiltSignal> sigs = {{"EEG Fz", "uV", {}, -3276.8, 3276.7, -32768, 32767, 256},
                                       {"EDF Annotations", "", {}, -1, 1, -32768, 32767, 30}};
    auto onsetOf = [](int record) { return record < 40 ? record : record + 20; };
    return buildEdf(
        "EDF+D", 80, 1.0, sigs, [&](int r, int, int) { return qint16(onsetOf(r) * 10); },
        [&](int r) {
            QByteArray tal = "+" + QByteArray::number(onsetOf(r)) + "\x14\x14";
            tal += '\0';
            if (onsetOf(r) == 30) tal += QByteArray("+30\x15") + "2\x14" + "A\x14" + '\0';
            if (onsetOf(r) == 85) tal += QByteArray("+85\x15") + "2\x14" + "B\x14" + '\0';
            return tal;
        });
}

// A copy of Subject00_2.edf named `name`, its patient field changed so that its content hash
// differs (the signals stay the real ones).
QString copyAs(const QString& dir, const QString& name) {
    QByteArray bytes = readAll(testData("Subject00_2.edf"));
    bytes.replace(8, 80, name.toLatin1().leftJustified(80, ' '));
    const QString path = dir + "/" + name + ".edf";
    return writeAll(path, bytes) ? path : QString();
}

DatasetSpec byFileName(const QString& name, const QVector<QPair<QString, QString>>& classes) {
    DatasetSpec spec;
    spec.name = name;
    spec.label.classes = classes;
    spec.windowSeconds = spec.strideSeconds = 10;
    return spec;
}

// No filter, no notch, 256 Hz in and out: the window's mean is the mean of what was read.
dsp::PreprocessConfig unfiltered() {
    dsp::PreprocessConfig c;
    c.bandpass = false;
    c.notchHz = 0;
    return c;
}

}  // namespace

class TestWindows : public QObject {
    Q_OBJECT
  private slots:
    void init();
    void discontinuousWindowsAreReadAtTheirRecordingTime();
    void windowsAcrossAGapAreRefused();
    void annotationWindowsInALaterSegmentHoldTheirEvent();
    void namingSchemesNameTheSubject();
    void twoNightsOfOnePersonAreOneSubject();
    void pretrainingSaysWhenFileNamesStandForSubjects();
    void tasksSharingSubjectsAreSplitTogether();
    void validationWindowsAreSpreadOverSubjects();
    void guessedSessionsAreShownWithTheirGrouping();
    void pretrainingValidatesOnEverySource();

  private:
    QTemporaryDir tmp_;
    QString gapsPath_;
};

void TestWindows::init() {
    gapsPath_ = tmp_.filePath("gaps.edf");
    QVERIFY(writeAll(gapsPath_, twoSegmentEdf()));
}

void TestWindows::discontinuousWindowsAreReadAtTheirRecordingTime() {
    QString error;
    auto rec = Recording::open(gapsPath_, &error);
    QVERIFY2(rec, qPrintable(error));
    QCOMPARE(rec->info().segments.size(), 2);
    const ChannelMapping mapping = ChannelMapping::fromRecording(rec->info());
    // (onset, mean of the records it covers): before the gap, at the second segment's start and
    // at the very end of the recording (which the gap-less sample array does not reach).
    const QVector<QPair<double, double>> expected = {
        {10, 14.5}, {60, 64.5}, {72, 76.5}, {90, 94.5}};
    for (const auto& [onset, mean] : expected) {
        PreparedWindow w;
        QVERIFY2(extractWindow(*rec, mapping, {"FZ"}, onset, 10.0, unfiltered(), &w, &error),
                 qPrintable(error));
        QVERIFY2(std::abs(w.mean[0] - mean) < 0.05,
                 qPrintable(QStringLiteral("window at %1 s: mean %2 uV, expected %3 (the data "
                                           "of %4 s)")
                                .arg(onset)
                                .arg(w.mean[0])
                                .arg(mean)
                                .arg(w.mean[0] - 4.5)));
    }
}

void TestWindows::windowsAcrossAGapAreRefused() {
    QString error;
    auto rec = Recording::open(gapsPath_, &error);
    QVERIFY2(rec, qPrintable(error));
    const ChannelMapping mapping = ChannelMapping::fromRecording(rec->info());
    PreparedWindow w;
    for (double onset : {35.0, 45.0, 95.0}) {  // across the gap, inside it, past the end
        QVERIFY(!extractWindow(*rec, mapping, {"FZ"}, onset, 10.0, unfiltered(), &w, &error));
        QVERIFY2(error.contains("gaps.edf") && error.contains("outside"), qPrintable(error));
    }
    // With the default filters the context before the second segment comes from that segment
    // only: the window at 60 s reads as the one at 60 s of a file that starts there.
    QVERIFY2(extractWindow(*rec, mapping, {"FZ"}, 60.0, 10.0, {}, &w, &error), qPrintable(error));
}

void TestWindows::annotationWindowsInALaterSegmentHoldTheirEvent() {
    QString error;
    auto ws = Workspace::create(tmp_.filePath("ws.alfee"), &error);
    QVERIFY2(ws, qPrintable(error));
    RecordingStore store(*ws);
    QCOMPARE(store.importFile(gapsPath_).kind, ImportOutcome::Kind::Imported);
    DatasetSpec spec;
    spec.name = "events";
    spec.task = "erp";
    spec.subjectPattern = "^(gaps)";
    spec.label.source = LabelRule::Source::Annotation;
    spec.label.classes = {{"a", "A"}, {"b", "B"}};
    spec.windowSeconds = spec.strideSeconds = 2;
    spec.preprocess = unfiltered();
    spec.split = {1, 1.0, 0.0, 0.0, {}};
    DatasetBuild build;
    QVERIFY2(buildDataset(spec, store, &build, &error), qPrintable(error));
    QCOMPARE(build.items.size(), 2);
    auto rec = Recording::open(gapsPath_, &error);
    const auto stored = store.byId(build.items[0].recordingId, &error);
    QVERIFY2(stored, qPrintable(error));
    for (const DatasetItem& item : build.items) {
        PreparedWindow w;
        QVERIFY2(extractWindow(*rec, stored->mapping, {}, item.onsetSeconds, 2.0, unfiltered(), &w,
                               &error),
                 qPrintable(error));
        QCOMPARE(std::round(w.mean[0] - 0.5), item.onsetSeconds);  // records t and t+1: t + 0.5
    }
}

void TestWindows::namingSchemesNameTheSubject() {
    const QVector<QPair<QString, QString>> names = {{"sub-07_ses-1_task-rest_eeg.edf", "07"},
                                                    {"SC4001E0-PSG.edf", "SC400"},
                                                    {"SC4002E0-PSG.edf", "SC400"},
                                                    {"ST7011J0-PSG.edf", "ST701"},
                                                    {"S001R04.edf", "S001"},
                                                    {"Subject12_2.edf", "Subject12"},
                                                    {"chb17a_03.edf", "chb17"},
                                                    {"aaaaaaav_s004_t000.edf", "aaaaaaav"}};
    for (const auto& [file, subject] : names) {
        const SubjectIdentity who = subjectOfFile("/data/" + file, kAutoSubjects);
        QCOMPARE(who.subject, subject);
        QVERIFY2(!who.guessed, qPrintable(file));
    }
    QVERIFY(subjectOfFile("/data/p7_night.edf", kAutoSubjects).guessed);
    QCOMPARE(subjectOfFile("/data/p7_night.edf", kAutoSubjects).subject, QStringLiteral("p7"));
    QVERIFY(subjectOfFile("/data/night_a.edf", kAutoSubjects).subject.isEmpty());
    QCOMPARE(subjectOfFile("/data/SC4001E0-PSG.edf", "^(SC\\d{4})").subject,
             QStringLiteral("SC4001"));
}

void TestWindows::twoNightsOfOnePersonAreOneSubject() {
    QString error;
    auto ws = Workspace::create(tmp_.filePath("nights.alfee"), &error);
    QVERIFY2(ws, qPrintable(error));
    RecordingStore store(*ws);
    for (const char* name : {"SC4001E0-PSG", "SC4002E0-PSG", "p7_a", "night_b"})
        QCOMPARE(store.importFile(copyAs(tmp_.path(), name)).kind, ImportOutcome::Kind::Imported);
    DatasetSpec spec = byFileName("nights", {{"first", "SC4001|_a"}, {"second", "SC4002|_b"}});
    DatasetBuild build;
    QVERIFY2(buildDataset(spec, store, &build, &error), qPrintable(error));
    const QJsonObject summary = build.summary();
    // Wave 2's default pattern took SC4001 and SC4002 (two nights of subject 00) as two people.
    QCOMPARE(summary["subjects"].toObject().keys(), (QStringList{"SC400", "p7"}));
    QCOMPARE(summary["subject_naming"].toObject()["Sleep-EDF"].toInt(), 2);
    QCOMPARE(build.warnings.size(), 1);
    QVERIFY2(build.warnings[0].contains("1 file(s) as 1 subject(s)") &&
                 build.warnings[0].contains("(p7)"),
             qPrintable(build.warnings[0]));
    QCOMPARE(build.excluded.size(), 1);
    QVERIFY2(build.excluded[0].startsWith("night_b.edf: no subject in the name"),
             qPrintable(build.excluded[0]));
}

void TestWindows::pretrainingSaysWhenFileNamesStandForSubjects() {
    QTemporaryDir data;
    for (const char* name : {"night_a", "night_b", "Subject03_1"})
        QVERIFY(!copyAs(data.path(), name).isEmpty());
    QString error;
    auto ws = Workspace::create(tmp_.filePath("pretrain.alfee"), &error);
    QVERIFY2(ws, qPrintable(error));
    PretrainOptions o;
    o.sources = {{{data.path()}, {}, "workload"}};
    o.validationSubjects = 1;
    TrainingData out;
    QVERIFY2(loadPretrainData(*ws, o, &out, &error), qPrintable(error));
    QCOMPARE(out.warnings.size(), 1);
    QVERIFY2(out.warnings[0].contains("2 file(s) have no subject in their name") &&
                 out.warnings[0].contains("--subject-pattern"),
             qPrintable(out.warnings[0]));
    o.subjectPattern = "^(night|Subject)";  // both nights are one person: nothing to warn of
    QVERIFY2(loadPretrainData(*ws, o, &out, &error), qPrintable(error));
    QVERIFY(out.warnings.isEmpty());
    QCOMPARE(out.summary()["splits"].toObject()["validation"].toObject()["subjects"].toArray(),
             QJsonArray{"night"});
}

void TestWindows::tasksSharingSubjectsAreSplitTogether() {
    QString error;
    auto ws = Workspace::create(tmp_.filePath("tasks.alfee"), &error);
    QVERIFY2(ws, qPrintable(error));
    RecordingStore store(*ws);
    for (int s = 0; s < 6; ++s)
        for (int run : {1, 2})
            store.importFile(copyAs(
                tmp_.path(), QStringLiteral("Subject%1_%2").arg(s, 2, 10, QChar('0')).arg(run)));
    TrainingData a, b;
    for (auto [data, test] : {std::pair{&a, "Subject01"}, std::pair{&b, "Subject02"}}) {
        DatasetSpec spec = byFileName(test, {{"rest", "_1$"}, {"task", "_2$"}});
        spec.split.testSubjects = {test};
        DatasetBuild build;
        QVERIFY2(buildDataset(spec, store, &build, &error), qPrintable(error));
        QVERIFY2(appendWindows(store, build.items, data, &error), qPrintable(error));
        data->spec = spec;
    }
    // Each dataset alone is split by subject; together, Subject01 is tested in one task and
    // trained on in the other.
    QVERIFY(subjectSplitConflicts({&a}, {"a"}).isEmpty());
    const QStringList conflicts = subjectSplitConflicts({&a, &b}, {"a", "b"});
    QVERIFY(!conflicts.isEmpty());
    QVERIFY2(conflicts.join(";").contains("Subject01: "), qPrintable(conflicts.join("; ")));
    QCOMPARE(splitSharedSubjectsJointly({&a, &b}).size(), 6);
    QVERIFY2(subjectSplitConflicts({&a, &b}, {"a", "b"}).isEmpty(),
             qPrintable(subjectSplitConflicts({&a, &b}, {"a", "b"}).join("; ")));
    for (const TrainingData* d : {&a, &b})
        for (const WindowRef& w : d->windows)
            if (w.subject == "Subject01" || w.subject == "Subject02")
                QCOMPARE(w.split, QStringLiteral("test"));
}

void TestWindows::validationWindowsAreSpreadOverSubjects() {
    TrainingData data;
    for (const auto& [subject, count] : {std::pair{"a", 100}, {"b", 10}, {"c", 50}})
        for (int i = 0; i < count; ++i) data.windows.push_back({0, i * 10.0, 0, subject, "v"});
    const QVector<int> picked = spreadAcrossSubjects(data, data.indicesOf("v"), 30);
    QCOMPARE(picked.size(), 30);
    QMap<QString, QVector<double>> onsets;
    for (int i : picked) onsets[data.windows[i].subject] << data.windows[i].onsetSeconds;
    QCOMPARE(onsets["a"].size(), 10);
    QCOMPARE(onsets["b"].size(), 10);
    QCOMPARE(onsets["c"].size(), 10);
    QVERIFY(onsets["a"].back() >= 900);  // the whole recording, not its first 100 s
    QCOMPARE(spreadAcrossSubjects(data, data.indicesOf("v"), 1000).size(), 160);
}

// BCI Competition IV 2b names one person's sessions B0101T..B0105T: the guess makes each a
// subject; pretraining and datasets say so, with the subjects found and the pattern that
// groups the sessions.
void TestWindows::guessedSessionsAreShownWithTheirGrouping() {
    const QStringList names = {"B0101T", "B0102T", "B0103T", "B0201T", "B0202T", "B0203T"};
    const SubjectGuess guess = guessSubjects(names);
    QCOMPARE(guess.guessed.size(), 6);
    QCOMPARE(guess.groupingPattern, QStringLiteral("^([A-Za-z]*\\d{2})"));
    QCOMPARE(guess.grouped.keys(), (QStringList{"B01", "B02"}));
    QVERIFY(guessSubjects({"p7_night", "p8_night"}).groupingPattern.isEmpty());  // 7 and 8
    QTemporaryDir data;
    for (const QString& name : names) QVERIFY(!copyAs(data.path(), name).isEmpty());
    QString error;
    auto ws = Workspace::create(tmp_.filePath("sessions.alfee"), &error);
    PretrainOptions o;
    o.sources = {{{data.path()}, {}, "workload"}};
    TrainingData out;
    QVERIFY2(loadPretrainData(*ws, o, &out, &error), qPrintable(error));
    QCOMPARE(out.warnings.size(), 1);
    QVERIFY2(out.warnings[0].contains("6 file(s) as 6 subject(s)") &&
                 out.warnings[0].contains("--subject-pattern '^([A-Za-z]*\\d{2})' finds 2 "
                                          "subjects of 3 files each (B01, B02)"),
             qPrintable(out.warnings[0]));
    o.subjectPattern = "^(B\\d{2})";  // the sessions grouped: nothing to warn of
    QVERIFY2(loadPretrainData(*ws, o, &out, &error), qPrintable(error));
    QVERIFY2(out.warnings.isEmpty(), qPrintable(out.warnings.join("; ")));
}

// With two corpora, pretraining validation held out the last subjects by name of all of them
// together: all from one corpus. Each source gives its own now.
void TestWindows::pretrainingValidatesOnEverySource() {
    QTemporaryDir first, second;
    for (const char* name : {"Subject03_1", "Subject04_1", "Subject05_1"})
        QVERIFY(!copyAs(first.path(), name).isEmpty());
    for (const char* name :
         {"sub-01_task-rest_eeg", "sub-02_task-rest_eeg", "sub-03_task-rest_eeg"})
        QVERIFY(!copyAs(second.path(), name).isEmpty());
    QString error;
    auto ws = Workspace::create(tmp_.filePath("two.alfee"), &error);
    PretrainOptions o;
    o.sources = {{{first.path()}, {}, "workload"}, {{second.path()}, {}, "resting"}};
    o.validationSubjects = 2;
    TrainingData out;
    QVERIFY2(loadPretrainData(*ws, o, &out, &error), qPrintable(error));
    QSet<QString> validation;
    for (const WindowRef& w : out.windows)
        if (w.split == "validation") validation.insert(w.subject);
    QCOMPARE(validation, (QSet<QString>{"Subject05", "03"}));
}

QTEST_GUILESS_MAIN(TestWindows)
#include "test_windows.moc"
