// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// EEG-BIDS import: entities, participants, channels.tsv (bad channels), events.tsv, _eeg.json,
// warnings that name the file; and a dataset built from the BIDS layout of EEGMAT giving the
// same windows as one built from the plain files (tests/make_bids_eegmat.py writes the layout).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

#include "core/bids/bids_import.h"
#include "core/bids/bids_layout.h"
#include "core/dataset/dataset_builder.h"
#include "core/dataset/dataset_store.h"
#include "core/export/dataset_bids_export.h"
#include "core/workspace/recording_store.h"
#include "core/workspace/workspace.h"
#include "test_support.h"

using namespace alfee::core;
using alfee::tests::sharedData;
using alfee::tests::testData;

namespace {

// Runs tests/make_bids_eegmat.py on `eegmatDir` into `root`.
bool makeBids(const QString& eegmatDir, const QString& root, const QStringList& subjects = {}) {
    QProcess py;
    py.start("/usr/bin/python3",
             QStringList{QStringLiteral(ALFEE_TEST_DATA_DIR) + "/../make_bids_eegmat.py", eegmatDir,
                         root} +
                 subjects);
    return py.waitForFinished(120000) && py.exitCode() == 0;
}

// (subject, class, onset, split) of every window, sorted.
QStringList windowsOf(const DatasetBuild& b) {
    QStringList out;
    for (const DatasetItem& i : b.items)
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(i.subject)
                   .arg(i.label)
                   .arg(i.onsetSeconds)
                   .arg(i.split);
    out.sort();
    return out;
}

DatasetSpec restVersusArithmetic(const QString& rest, const QString& task, const QString& subject) {
    DatasetSpec spec;
    spec.name = "workload", spec.task = "workload";
    spec.label.classes = {{"rest", rest}, {"arithmetic", task}};
    spec.subjectPattern = subject;
    return spec;
}

}  // namespace

class TestBids : public QObject {
    Q_OBJECT

  private slots:
    void entitiesFromFileNames() {
        const auto e = parseBidsName("sub-01_ses-2_task-rest_acq-hd_run-3_eeg.edf");
        QVERIFY(e);
        QCOMPARE(e->subject, QString("01"));
        QCOMPARE(e->session, QString("2"));
        QCOMPARE(e->task, QString("rest"));
        QCOMPARE(e->acquisition, QString("hd"));
        QCOMPARE(e->run, QString("3"));
        QVERIFY(parseBidsName("sub-7_task-x_eeg.vhdr"));
        QVERIFY(!parseBidsName("Subject00_1.edf"));
        QVERIFY(!parseBidsName("sub-01_task-rest_channels.tsv"));
    }

    // A fresh clone has one EEGMAT file: a one-recording BIDS dataset with its bad channel.
    void importsSidecarsAndWarnsByFile() {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath("eegmat"));
        QVERIFY(QFile::copy(testData("Subject00_2.edf"), dir.filePath("eegmat/Subject00_2.edf")));
        const QString root = dir.filePath("bids");
        QVERIFY(makeBids(dir.filePath("eegmat"), root));
        QFile::remove(root + "/sub-00/eeg/sub-00_task-arithmetic_eeg.json");  // missing sidecar
        QFile participants(root + "/participants.tsv");
        QVERIFY(participants.open(QIODevice::Append));
        participants.write("sub-99\t30\tM\tgood\n");  // a participant without data
        participants.close();

        QString error;
        const auto d = scanBids(root, &error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->recordings.size(), 1);
        const BidsRecording& r = d->recordings.front();
        QCOMPARE(r.entities.task, QString("arithmetic"));
        QCOMPARE(r.badChannels(), QStringList{"EEG T3"});
        QCOMPARE(r.channels.size(), 21);
        QCOMPARE(r.events.size(), 4);  // the trial and a blink at 20, 40 and 60 s
        QVERIFY(r.warnings.join("\n").contains("sub-00_task-arithmetic_eeg.edf: no _eeg.json"));
        QVERIFY(d->warnings.join("\n").contains("participants.tsv: sub-99 has a row but no EEG"));

        auto ws = Workspace::create(dir.filePath("w.alfee"), &error);
        const BidsImportSummary s = importBids(*ws, *d);
        QCOMPARE(s.imported, 1);
        QCOMPARE(s.failed, 0);
        QCOMPARE(s.badChannels, 1);
        QCOMPARE(s.events, 4);
        RecordingStore store(*ws);
        const auto stored = store.list(&error);
        QCOMPARE(stored.size(), 1);
        int t3 = -1;
        QString note;
        for (const ChannelMapEntry& e : stored[0].mapping.entries())
            if (e.label == "EEG T3") t3 = int(e.isModelInput()), note = e.note;
        QCOMPARE(t3, 0);
        QVERIFY2(note.contains("bad in channels.tsv"), qPrintable(note));
        QCOMPARE(stored[0].mapping.mapped().size(), 18);  // 19 EEG electrodes less the bad one
        QStringList texts;
        for (const Annotation& a : store.annotations(stored[0].id, &error)) texts << a.text;
        QCOMPARE(texts, (QStringList{"arithmetic", "blink", "blink", "blink"}));
        // Importing again adds nothing.
        const BidsImportSummary again = importBids(*ws, *d);
        QCOMPARE(again.alreadyPresent, 1);
        QCOMPARE(again.events, 0);
    }

    // The acceptance: EEGMAT 00-17 as BIDS, against the plain files.
    void datasetFromBidsEqualsPlainFiles() {
        const QString eegmat = sharedData("eeg/eegmat");
        if (!QFileInfo::exists(eegmat + "/Subject00_1.edf")) QSKIP("needs shared/data/eeg/eegmat");
        QTemporaryDir dir;
        const QString root = dir.filePath("bids");
        QVERIFY(makeBids(eegmat, root));
        QString error;
        const auto d = scanBids(root, &error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->recordings.size(), 36);
        QCOMPARE(d->participants.size(), 18);
        auto bidsWs = Workspace::create(dir.filePath("bids.alfee"), &error);
        const BidsImportSummary s = importBids(*bidsWs, *d);
        QCOMPARE(s.imported, 36);
        QCOMPARE(s.subjects, 18);
        QCOMPARE(s.badChannels, 1);
        QVERIFY2(s.warnings.isEmpty(), qPrintable(s.warnings.join("\n")));

        auto plainWs = Workspace::create(dir.filePath("plain.alfee"), &error);
        RecordingStore plainStore(*plainWs), bidsStore(*bidsWs);
        for (const QString& f : QDir(eegmat).entryList({"Subject*.edf"}))
            QCOMPARE(int(plainStore.importFile(eegmat + "/" + f).kind),
                     int(ImportOutcome::Kind::Imported));
        DatasetBuild fromBids, fromPlain;
        QVERIFY2(buildDataset(restVersusArithmetic("_task-rest_", "_task-arithmetic_",
                                                   DatasetSpec().subjectPattern),  // "sub-" label
                              bidsStore, &fromBids, &error),
                 qPrintable(error));
        QVERIFY2(buildDataset(restVersusArithmetic("_1$", "_2$", R"(^Subject(\d+))"), plainStore,
                              &fromPlain, &error),
                 qPrintable(error));
        QVERIFY(fromBids.items.size() > 100);
        QCOMPARE(windowsOf(fromBids), windowsOf(fromPlain));

        // The same windows labelled by the events of events.tsv, and by a participants column.
        DatasetSpec byEvents = restVersusArithmetic("rest", "arithmetic", R"(^sub-(\d+))");
        byEvents.label.source = LabelRule::Source::Annotation;
        DatasetBuild fromEvents;
        QVERIFY2(buildDataset(byEvents, bidsStore, &fromEvents, &error), qPrintable(error));
        QCOMPARE(windowsOf(fromEvents), windowsOf(fromPlain));
        DatasetSpec byGroup = restVersusArithmetic("good", "bad", R"(^sub-(\d+))");
        byGroup.label.source = LabelRule::Source::Participant;
        byGroup.label.column = "group";
        byGroup.label.classes = {{"good counters", "good"}, {"bad counters", "bad"}};
        DatasetBuild fromGroup;
        QVERIFY2(buildDataset(byGroup, bidsStore, &fromGroup, &error), qPrintable(error));
        QCOMPARE(fromGroup.items.size(), fromPlain.items.size());
        QCOMPARE(participantValue(*bidsWs, "00", "group"), QString("bad"));
        QVector<qint64> ids;
        for (const StoredRecording& r : bidsStore.list(&error)) ids << r.id;
        QCOMPARE(bidsLineFrequency(*bidsWs, ids), 50.0);

        // The dataset back out as BIDS-style events, one events.tsv per recording.
        qint64 saved = 0;
        QVERIFY2(DatasetStore(*bidsWs).save(fromBids, false, &saved, &error), qPrintable(error));
        QStringList written;
        QVERIFY2(exportDatasetEvents(*bidsWs, "workload", dir.filePath("events"), &written, &error),
                 qPrintable(error));
        QCOMPARE(written.size(), 36 + 3);
        QFile events(written.front());
        QVERIFY(events.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = events.readAll().split('\n');
        QCOMPARE(lines[0], QByteArray("onset\tduration\ttrial_type\tvalue\tsplit"));
        QVERIFY(lines[1].startsWith("0\t10\t"));
    }
};

QTEST_GUILESS_MAIN(TestBids)
#include "test_bids.moc"
