// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite workspace: import, deduplication, moved files, mappings, montages, datasets and
// their subject-wise splits, and what bad input leaves behind (nothing).
#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "core/dataset/dataset_store.h"
#include "core/dataset/window_extractor.h"
#include "core/montage/montage_store.h"
#include "core/workspace/recording_store.h"
#include "core/workspace/schema.h"
#include "test_support.h"

using namespace alfee;
using namespace alfee::core;
using namespace alfee::tests;

namespace {

int rowCount(Workspace& ws, const QString& table) {
    QSqlQuery q(ws.db());
    q.exec("SELECT COUNT(*) FROM " + table);
    return q.next() ? q.value(0).toInt() : -1;
}

// A copy of Subject00_2.edf under another subject's name, with its patient field changed so
// that its content hash differs (the signals stay the real ones).
QString subjectCopy(const QString& dir, int subject, int run) {
    QByteArray bytes = readAll(testData("Subject00_2.edf"));
    bytes.replace(8, 80,
                  QStringLiteral("X X X Subject%1_%2")
                      .arg(subject, 2, 10, QChar('0'))
                      .arg(run)
                      .toLatin1()
                      .leftJustified(80, ' '));
    const QString path =
        QStringLiteral("%1/Subject%2_%3.edf").arg(dir).arg(subject, 2, 10, QChar('0')).arg(run);
    writeAll(path, bytes);
    return path;
}

DatasetSpec makeSpec(const QString& task, LabelRule::Source source,
                     const QVector<QPair<QString, QString>>& classes, double window) {
    DatasetSpec spec;
    spec.name = task;
    spec.task = task;
    spec.label.source = source;
    spec.label.classes = classes;
    spec.windowSeconds = window;
    spec.strideSeconds = window;
    return spec;
}

DatasetSpec workloadSpec() {
    return makeSpec("workload", LabelRule::Source::FileName, {{"rest", "_1$"}, {"task", "_2$"}},
                    10);
}

// EEGMMIDB imagined or executed left (T1) vs right (T2) fist, 4 s from each cue.
DatasetSpec fistSpec() {
    return makeSpec("motor-imagery", LabelRule::Source::Annotation,
                    {{"left", "T1"}, {"right", "T2"}}, 4);
}

void checkNoSubjectInTwoSplits(const QVector<DatasetItem>& items) {
    QHash<QString, QString> splitOf;
    for (const DatasetItem& item : items) {
        QVERIFY(!item.split.isEmpty());
        const QString known = splitOf.value(item.subject);
        QVERIFY2(known.isEmpty() || known == item.split,
                 qPrintable(item.subject + " is in " + known + " and " + item.split));
        splitOf[item.subject] = item.split;
    }
}

}  // namespace

class TestWorkspace : public QObject {
    Q_OBJECT
  private slots:
    void init();
    void createOpenAndRefuse();
    void importIsDeduplicatedAndFindsMovedFiles();
    void badFileLeavesWorkspaceUnchanged();
    void mappingOverridePersistsAndClashChangesNothing();
    void montagesDeriveAndRoundTrip();
    void datasetSplitsBySubjectStratifiedAndSeeded();
    void annotationDatasetCutsEventWindows();
    void editedAnnotationsReplaceTheFilesAndLabelDatasets();
    void versionFourWorkspaceGetsAnnotationChannels();
    void windowExtractionGivesZscoredModelInput();
    void sharedEegmatAndEegmmidbDatasets();

  private:
    std::unique_ptr<QTemporaryDir> tmp_;
    std::unique_ptr<Workspace> ws_;
};

void TestWorkspace::init() {
    ws_.reset();
    tmp_ = std::make_unique<QTemporaryDir>();
    QString error;
    ws_ = Workspace::create(tmp_->filePath("ws.alfee"), &error);
    QVERIFY2(ws_, qPrintable(error));
}

void TestWorkspace::createOpenAndRefuse() {
    QCOMPARE(ws_->schemaVersion(), Workspace::kSchemaVersion);
    QString error;
    QVERIFY(!Workspace::create(ws_->path(), &error));
    QVERIFY(error.contains("exists already"));
    auto again = Workspace::open(ws_->path(), &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(writeAll(tmp_->filePath("garbage.alfee"), QByteArray(4096, 'x')));
    QVERIFY(!Workspace::open(tmp_->filePath("garbage.alfee"), &error));
    QVERIFY(error.startsWith(tmp_->filePath("garbage.alfee")));
    QVERIFY(!Workspace::open(tmp_->filePath("none.alfee"), &error));
}

void TestWorkspace::importIsDeduplicatedAndFindsMovedFiles() {
    RecordingStore store(*ws_);
    QCOMPARE(store.importFile(testData("S001R04.edf")).kind, ImportOutcome::Kind::Imported);
    QCOMPARE(store.importFile(testData("S001R04.edf")).kind, ImportOutcome::Kind::AlreadyPresent);
    QCOMPARE(rowCount(*ws_, "recordings"), 1);
    QCOMPARE(rowCount(*ws_, "channels"), 64);
    QCOMPARE(rowCount(*ws_, "annotations"), 30);
    const QString first = subjectCopy(tmp_->path(), 7, 2);
    const ImportOutcome imported = store.importFile(first);
    QCOMPARE(imported.kind, ImportOutcome::Kind::Imported);
    QDir().mkpath(tmp_->filePath("moved"));
    const QString moved = tmp_->filePath("moved/Subject07_2.edf");
    QVERIFY(QFile::rename(first, moved));
    const ImportOutcome relocated = store.importFile(moved);
    QCOMPARE(relocated.kind, ImportOutcome::Kind::Relocated);
    QCOMPARE(relocated.recordingId, imported.recordingId);
    QString error;
    QCOMPARE(store.byId(imported.recordingId, &error)->path, moved);
    QCOMPARE(rowCount(*ws_, "recordings"), 2);
}

void TestWorkspace::badFileLeavesWorkspaceUnchanged() {
    RecordingStore store(*ws_);
    const QByteArray good = readAll(testData("Subject00_2.edf"));
    QVERIFY(writeAll(tmp_->filePath("truncated.edf"), good.left(good.size() - 7)));
    const ImportOutcome o = store.importFile(tmp_->filePath("truncated.edf"));
    QCOMPARE(o.kind, ImportOutcome::Kind::Failed);
    QVERIFY(o.message.startsWith(tmp_->filePath("truncated.edf")));
    QVERIFY(o.message.contains("truncated"));
    for (const char* table : {"recordings", "channels", "annotations"})
        QCOMPARE(rowCount(*ws_, table), 0);
}

void TestWorkspace::mappingOverridePersistsAndClashChangesNothing() {
    RecordingStore store(*ws_);
    const qint64 id = store.importFile(testData("Subject00_2.edf")).recordingId;
    QString error;
    ChannelMapping m = store.byId(id, &error)->mapping;
    QVERIFY(m.overrideLabel("EEG Fz", "", &error));
    QVERIFY(store.saveMapping(id, m, &error));
    auto back = Workspace::open(ws_->path(), &error);
    RecordingStore again(*back);
    QCOMPARE(again.byId(id, &error)->mapping.mapped().size(), 18);
    ChannelMapping clash = again.byId(id, &error)->mapping;
    QVERIFY(!clash.overrideLabel("EEG Cz", "PZ", &error));
    QVERIFY(error.contains("clash"));
    QCOMPARE(again.byId(id, &error)->mapping.toJson(), m.toJson());
}

void TestWorkspace::montagesDeriveAndRoundTrip() {
    QString error;
    RecordingStore store(*ws_);
    const qint64 id = store.importFile(testData("Subject00_2.edf")).recordingId;
    QStringList electrodes;
    for (const auto& e : store.byId(id, &error)->mapping.mapped()) electrodes << e.electrode;
    QStringList skipped;
    const auto banana = Montage::doubleBanana().derive(electrodes, &skipped, &error);
    QCOMPARE(banana.size(), 18);
    QVERIFY(skipped.isEmpty());
    QCOMPARE(banana[1].name, QStringLiteral("F7-T7"));
    const auto average =
        Montage{"avg", Montage::Kind::Average, {}}.derive(electrodes, &skipped, &error);
    QCOMPARE(average.size(), 19);
    double weightSum = 0;
    for (const auto& t : average[0].terms) weightSum += t.second;
    QVERIFY(std::abs(weightSum) < 1e-12);
    const Montage ears{"ears", Montage::Kind::LinkedEars, {}};
    QVERIFY(ears.derive(electrodes, &skipped, &error).isEmpty());
    QVERIFY(error.contains("neither"));
    const auto data =
        applyDerivations(banana, electrodes, QVector<QVector<float>>(19, QVector<float>(4, 1.0f)));
    QCOMPARE(data[0][0], 0.0f);  // equal inputs cancel in every bipolar pair
    MontageStore montages(*ws_);
    Montage m = Montage::doubleBanana();
    QVERIFY(montages.save(m, &error));
    QCOMPARE(montages.load(m.name, &error)->toJson(), m.toJson());
    QVERIFY(m.saveFile(tmp_->filePath("m.json"), &error));
    Montage fromFile;
    QVERIFY(Montage::loadFile(tmp_->filePath("m.json"), &fromFile, &error));
    QCOMPARE(fromFile.toJson(), m.toJson());
    QVERIFY(writeAll(tmp_->filePath("bad.json"), "{\"format\": \"other\"}"));
    QVERIFY(!Montage::loadFile(tmp_->filePath("bad.json"), &fromFile, &error));
    QVERIFY(error.startsWith(tmp_->filePath("bad.json")));
}

void TestWorkspace::datasetSplitsBySubjectStratifiedAndSeeded() {
    RecordingStore store(*ws_);
    for (int subject = 1; subject <= 8; ++subject)
        for (int run : {1, 2})
            QCOMPARE(store.importFile(subjectCopy(tmp_->path(), subject, run)).kind,
                     ImportOutcome::Kind::Imported);
    DatasetBuild build;
    QString error;
    QVERIFY2(buildDataset(workloadSpec(), store, &build, &error), qPrintable(error));
    QCOMPARE(build.items.size(), 16 * 6);  // 62 s per file -> six 10 s windows
    checkNoSubjectInTwoSplits(build.items);
    const QJsonObject splits = build.summary()["splits"].toObject();
    for (const char* s : {"train", "validation", "test"}) {
        QVERIFY(splits.contains(QLatin1String(s)));
        QVERIFY(splits[QLatin1String(s)].toObject()["rest"].toInt() >
                0);  // stratified: both classes
        QVERIFY(splits[QLatin1String(s)].toObject()["task"].toInt() > 0);
    }
    DatasetBuild again;
    QVERIFY(buildDataset(workloadSpec(), store, &again, &error));
    QCOMPARE(again.summary(), build.summary());  // same seed, same split
    qint64 id = 0;
    QVERIFY(DatasetStore(*ws_).save(build, false, &id, &error));
    QVERIFY(!DatasetStore(*ws_).save(build, false, &id, &error));
    QVERIFY(error.contains("exists already"));
    const auto loaded = DatasetStore(*ws_).load("workload", &error);
    QVERIFY(loaded);
    QCOMPARE(loaded->items.size(), build.items.size());
    checkNoSubjectInTwoSplits(loaded->items);
}

void TestWorkspace::annotationDatasetCutsEventWindows() {
    RecordingStore store(*ws_);
    store.importFile(testData("S001R04.edf"));
    DatasetSpec spec = fistSpec();
    spec.split = {1, 1.0, 0.0, 0.0, {}};
    DatasetBuild build;
    QString error;
    QVERIFY2(buildDataset(spec, store, &build, &error), qPrintable(error));
    const QJsonObject classes = build.summary()["classes"].toObject();
    QCOMPARE(classes["left"].toInt(), 8);  // S001R04: T1 x8, T2 x7 (shared/data/eeg/README.md)
    QCOMPARE(classes["right"].toInt(), 7);
    QCOMPARE(build.items[0].onsetSeconds, 4.2);
    QCOMPARE(build.items[0].subject, QStringLiteral("S001"));
    spec.label.classes = {{"left", "T7"}, {"right", "T8"}};
    QVERIFY(!buildDataset(spec, store, &build, &error));
    QVERIFY(error.contains("no window"));
}

// The user's edit replaces the file's annotations in the workspace (the file stays as it was),
// with the channels each concerns, and the next dataset labels its windows by the edit.
void TestWorkspace::editedAnnotationsReplaceTheFilesAndLabelDatasets() {
    RecordingStore store(*ws_);
    const qint64 id = store.importFile(testData("S001R04.edf")).recordingId;
    const QByteArray file = readAll(testData("S001R04.edf"));
    QString error;
    QVector<Annotation> edited = store.annotations(id, &error);
    QCOMPARE(edited.size(), 30);
    QVERIFY(store.annotationsEditedAt(id, &error).isEmpty());  // as the file has them
    int renamed = 0;
    for (Annotation& a : edited)
        if (a.text == "T1" && renamed++ < 2) a.text = "T2";  // two left fists taken as right
    edited.push_back({std::llround(61.25e7), std::llround(0.5e7), "blink", {"Fp1.", "Fp2."}});
    QVERIFY2(store.replaceAnnotations(id, edited, &error), qPrintable(error));
    QCOMPARE(store.annotations(id, &error), edited);
    QCOMPARE(store.annotations(id, &error).back().channels, QStringList({"Fp1.", "Fp2."}));
    QCOMPARE(store.byId(id, &error)->annotationCount, 31);
    QVERIFY(!store.annotationsEditedAt(id, &error).isEmpty());
    QCOMPARE(readAll(testData("S001R04.edf")), file);
    DatasetSpec spec = fistSpec();
    spec.split = {1, 1.0, 0.0, 0.0, {}};
    DatasetBuild build;
    QVERIFY2(buildDataset(spec, store, &build, &error), qPrintable(error));
    const QJsonObject classes = build.summary()["classes"].toObject();
    QCOMPARE(classes["left"].toInt(), 6);                        // 8 - 2
    QCOMPARE(classes["right"].toInt(), 9);                       // 7 + 2
    QVERIFY(!store.replaceAnnotations(id + 1, edited, &error));  // no such recording
    QCOMPARE(store.annotations(id, &error), edited);
}

// A workspace of schema version 4 (before edited annotations) opens migrated: its annotations
// concern all channels and count as the file's.
void TestWorkspace::versionFourWorkspaceGetsAnnotationChannels() {
    const QString path = tmp_->filePath("v4.alfee");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "v4");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (int v = 0; v < 4; ++v)
            for (const QString& sql : workspaceMigrations()[v])
                QVERIFY2(q.exec(sql), qPrintable(sql));
        QVERIFY(q.exec("INSERT INTO meta(key, value) VALUES('schema_version', '4')"));
        QVERIFY(
            q.exec("INSERT INTO recordings(id, path, sha256, bytes, format, reader, duration_s, "
                   "signal_count, annotation_count, header_json, mapping_json, warnings, "
                   "imported_at) VALUES(1, 'x.edf', 'ab', 1, 'EDF+', 'edflib', 1, 1, 1, '{}', "
                   "'{}', '', '')"));
        QVERIFY(
            q.exec("INSERT INTO annotations(recording_id, onset_s, duration_s, text) "
                   "VALUES(1, 0.5, NULL, 'T0')"));
        db.close();
    }
    QSqlDatabase::removeDatabase("v4");
    QString error;
    auto ws = Workspace::open(path, &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->schemaVersion(), 5);
    RecordingStore store(*ws);
    const QVector<Annotation> a = store.annotations(1, &error);
    QCOMPARE(a.size(), 1);
    QCOMPARE(a.front().text, QStringLiteral("T0"));
    QVERIFY(a.front().channels.isEmpty());
    QVERIFY(store.annotationsEditedAt(1, &error).isEmpty());
}

void TestWorkspace::windowExtractionGivesZscoredModelInput() {
    QString error;
    auto rec = Recording::open(testData("Subject00_2.edf"), &error);
    const ChannelMapping mapping = ChannelMapping::fromRecording(rec->info());
    PreparedWindow w;
    QVERIFY2(extractWindow(*rec, mapping, {}, 10.0, 10.0, {}, &w, &error), qPrintable(error));
    QCOMPARE(w.electrodes.size(), 19);
    QCOMPARE(w.samplesPerChannel, 2560);
    QCOMPARE(w.data.size(), 19 * 2560);
    for (int c = 0; c < 19; ++c) {
        double m = 0, s = 0;
        for (int i = 0; i < 2560; ++i) m += w.data[c * 2560 + i];
        m /= 2560;
        for (int i = 0; i < 2560; ++i) s += std::pow(w.data[c * 2560 + i] - m, 2);
        QVERIFY(std::abs(m) < 1e-5);
        QVERIFY(std::abs(std::sqrt(s / 2560) - 1.0) < 1e-3);
        QVERIFY(w.std[c] > 1.0 && w.std[c] < 200.0);  // microvolts of real EEG
    }
    QVERIFY(!extractWindow(*rec, mapping, {"IZ"}, 0, 10, {}, &w, &error));
    QVERIFY(error.contains("no channel maps to IZ"));
    QVERIFY(!extractWindow(*rec, mapping, {}, 58.0, 10.0, {}, &w, &error));
    QVERIFY(error.contains("outside"));
}

void TestWorkspace::sharedEegmatAndEegmmidbDatasets() {
    if (!haveSharedData()) QSKIP("shared/data is not beside this checkout");
    RecordingStore store(*ws_);
    for (const QString& dir : {sharedData("eeg/eegmat"), sharedData("eeg/eegmmidb")})
        for (const QFileInfo& f : QDir(dir).entryInfoList({"*.edf"}, QDir::Files))
            QVERIFY(store.importFile(f.filePath()).kind == ImportOutcome::Kind::Imported);
    DatasetSpec eegmat = workloadSpec();
    eegmat.recordingFilter = "^Subject";
    DatasetBuild build;
    QString error;
    QVERIFY2(buildDataset(eegmat, store, &build, &error), qPrintable(error));
    QCOMPARE(build.summary()["classes"].toObject()["total"].toInt(), 431);
    QCOMPARE(build.summary()["subjects"].toObject().size(), 18);
    checkNoSubjectInTwoSplits(build.items);
    DatasetSpec mi = fistSpec();
    mi.recordingFilter = "R0[34]";
    QVERIFY2(buildDataset(mi, store, &build, &error), qPrintable(error));
    QCOMPARE(build.summary()["classes"].toObject()["total"].toInt(), 90);
    checkNoSubjectInTwoSplits(build.items);
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "test_workspace.moc"
