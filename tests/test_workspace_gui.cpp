// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The dataset manager and the montage editor, offscreen: import the test recordings on the
// worker thread, build a dataset and check its counts before saving, edit a mapping and undo.
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleOptionButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

#include "core/dataset/dataset_builder.h"
#include "core/dataset/dataset_store.h"
#include "core/dsp/spherical_spline.h"
#include "core/engine/display_names.h"
#include "core/recording/recording.h"
#include "core/recording/recording_formats.h"
#include "core/workspace/recording_store.h"
#include "edf_builder.h"
#include "test_support.h"
#include "ui/common/contrast_style.h"
#include "ui/common/help_guide.h"
#include "ui/common/main_window.h"
#include "ui/common/translations.h"
#include "ui/datasets/dataset_builder.h"
#include "ui/datasets/dataset_manager.h"
#include "ui/datasets/import_report.h"
#include "ui/datasets/import_worker.h"
#include "ui/inspect/reconstruction_view.h"
#include "ui/montage/head_view.h"
#include "ui/montage/montage_editor.h"
#include "ui/runs/run_list_model.h"
#include "ui/runs/runs_dashboard.h"
#include "ui/viewer/signal_viewer.h"

using namespace alfee;
using namespace alfee::tests;

class TestWorkspaceGui : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase();
    void importsTheTestRecordingsWithProgress();
    void builderShowsCountsBeforeSaving();
    void mappingEditsUndoAndSave();
    void chineseTranslationIsCompleteAndLoads();
    void importErrorsAreListedWithReasons();
    void unsavedMappingSurvivesSwitchingRecordings();
    void pairsWithUnknownElectrodesAreRefused();
    void recordingsTableSortsAndFilters();
    void darkThemeShowsWhatIsDisabled();
    void deletesAndRenamesAreUndoable();
    void builderReplacesAfterAsking();
    void tenRatesKeepTheFileNamesReadable();
    void importShowsItsProgressOnEveryTabAndItsRowsThroughTheFilter();
    void helpMenuF1AndAbout();
    void headViewNamesDoNotOverlap();
    void ownRecordingsDoNotGoSilentlyIntoTheDemo();

  private:
    QTemporaryDir dir_;
    QString workspace_;
};

void TestWorkspaceGui::initTestCase() {
    workspace_ = dir_.filePath("ws.alfee");
    QString error;
    QVERIFY(core::Workspace::create(workspace_, &error));
}

void TestWorkspaceGui::importsTheTestRecordingsWithProgress() {
    ui::DatasetManager manager;
    manager.setWorkspace(workspace_);
    QSignalSpy finished(&manager, &ui::DatasetManager::importFinished);
    manager.importPaths({QStringLiteral(ALFEE_TEST_DATA_DIR)});
    QVERIFY(manager.isImporting());
    QVERIFY(finished.wait(60000));
    // Every recording of tests/data: 7 EDF/BDF files, 5 BrainVision, 2 CNT and 5 FIF recordings
    // (one of them split into four files, imported once), through libmatio 5 EEGLAB datasets,
    // through libxdf an XDF one.
    const int recordings = 19 + (core::haveEeglab() ? 5 : 0) + (core::haveXdf() ? 1 : 0);
    QCOMPARE(finished.front()[0].toInt(), recordings);
    QVERIFY(finished.front()[1].toStringList().isEmpty());
    QCOMPARE(manager.recordingCount(), recordings);
    const QTableWidget* t = manager.table();
    bool found = false;
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->item(r, 0)->text().endsWith("S001R04.edf")) {
            found = true;
            QCOMPARE(t->item(r, 1)->text(), QStringLiteral("S001"));
            QCOMPARE(t->item(r, 4)->text(), QStringLiteral("160 Hz"));
            QCOMPARE(t->item(r, 6)->text(), QStringLiteral("30"));
            QVERIFY(t->item(r, 7)->text().startsWith("64 of 64"));
        }
    // Segments of other formats are theirs: no EDF+D-style "D" (it read "EEGLABD").
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->item(r, 0)->text().endsWith("continuous_fdt.set"))
            QCOMPARE(t->item(r, 2)->text(), QStringLiteral("EEGLAB"));
    QVERIFY(found);
    manager.importPaths({testData("S001R04.edf")});  // again: nothing new
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.back()[0].toInt(), 0);
    QCOMPARE(manager.recordingCount(), recordings);
    QTRY_COMPARE(ui::ImportWorker::liveCount(), 0);  // each import's worker was deleted
}

void TestWorkspaceGui::builderShowsCountsBeforeSaving() {
    ui::DatasetBuilder builder(workspace_);
    core::DatasetSpec spec;
    spec.name = "fists";
    spec.task = "motor-imagery";
    spec.label.source = core::LabelRule::Source::Annotation;
    spec.label.classes = {{"left", "T1"}, {"right", "T2"}};
    spec.windowSeconds = 4;
    spec.strideSeconds = 4;
    spec.split = {42, 1.0, 0.0, 0.0, {}};
    builder.setSpec(spec);
    QVERIFY(builder.preview());
    const QTableWidget* counts = builder.countsTable();
    QCOMPARE(counts->item(0, 0)->text(), QStringLiteral("8"));   // left, all
    QCOMPARE(counts->item(0, 1)->text(), QStringLiteral("7"));   // right
    QCOMPARE(counts->item(0, 2)->text(), QStringLiteral("15"));  // total
    QCOMPARE(builder.summary()["subjects"].toObject().keys(), QStringList{"S001"});
    QVERIFY(builder.warnings().isEmpty());  // 4 s windows on 4.1 s events
    spec.windowSeconds = 10;
    spec.strideSeconds = 10;
    builder.setSpec(spec);
    // A 10 s window from a 4.1 s cue holds the next rest (T0): no window is cut across classes.
    QVERIFY(!builder.preview());
    QVERIFY2(builder.message().contains("15 event(s) gave no window"),
             qPrintable(builder.message()));
    spec.windowSeconds = 4;
    spec.strideSeconds = 4;
    builder.setSpec(spec);
    QVERIFY(builder.preview());
    QString error;
    {
        auto ws = core::Workspace::open(workspace_, &error);
        QVERIFY(core::DatasetStore(*ws).names(&error).isEmpty());  // a preview saves nothing
    }
    QVERIFY2(builder.save(), qPrintable(builder.message()));
    ui::DatasetManager manager;
    manager.setWorkspace(workspace_);
    QCOMPARE(manager.datasets()->count(), 1);
    spec.label.classes = {{"left", "T7"}, {"right", "T8"}};
    builder.setSpec(spec);
    QVERIFY(!builder.preview());
}

void TestWorkspaceGui::mappingEditsUndoAndSave() {
    QString error;
    qint64 id = -1;
    {
        auto ws = core::Workspace::open(workspace_, &error);
        id = core::RecordingStore(*ws).find("Subject00_2.edf", &error)->id;
    }
    ui::MontageEditor editor;
    editor.setWorkspace(workspace_);
    QVERIFY(editor.showRecording(id));
    QCOMPARE(editor.headView()->covered().size(), 19);
    QVERIFY(!editor.setElectrode(0, "FP2", &error));  // EEG Fp1 -> FP2 clashes with EEG Fp2
    QVERIFY(error.contains("clash"));
    QCOMPARE(editor.undoStack()->count(), 0);
    QCOMPARE(editor.table()->item(0, 1)->text(), QStringLiteral("Fp1"));  // 10-10 spelling
    QVERIFY(editor.setElectrode(19, "A2", &error));                       // EEG A2-A1 taken as A2
    QCOMPARE(editor.headView()->covered().size(), 20);
    editor.setIncluded(0, false);
    QCOMPARE(editor.headView()->covered().size(), 19);
    editor.undoStack()->undo();
    QCOMPARE(editor.headView()->covered().size(), 20);
    editor.undoStack()->undo();
    QCOMPARE(editor.headView()->covered().size(), 19);
    QCOMPARE(editor.table()->item(19, 1)->text(), QString());
    editor.undoStack()->redo();
    QCOMPARE(editor.table()->item(19, 1)->text(), QStringLiteral("A2"));
    editor.table()->item(2, 1)->setText("XYZ");  // typed in the table: refused, cell restored
    QCOMPARE(editor.table()->item(2, 1)->text(), QStringLiteral("F3"));
    QVERIFY(editor.saveMapping(&error));
    auto ws = core::Workspace::open(workspace_, &error);
    QCOMPARE(core::RecordingStore(*ws).byId(id, &error)->mapping.mapped().size(), 20);
    const QString file = dir_.filePath("montage.json");
    editor.setMontage(core::Montage::doubleBanana());
    QVERIFY(editor.saveMontageFile(file, &error));
    editor.setMontage({"avg", core::Montage::Kind::Average, {}});
    QVERIFY(editor.loadMontageFile(file, &error));
    QCOMPARE(editor.montage().pairs.size(), 18);
    // A name typed without ".json" gets it: "Load montage..." lists *.json only.
    QVERIFY(editor.saveMontageFile(dir_.filePath("banana"), &error));
    QVERIFY(QFile::exists(dir_.filePath("banana.json")));
    const int edits = editor.undoStack()->index();
    editor.setMontage({"avg", core::Montage::Kind::Average, {}});  // set from code: no command
    QCOMPARE(editor.undoStack()->index(), edits);
    auto* reference = editor.findChild<QComboBox*>();
    reference->setCurrentIndex(2);  // the user picks linked ears: one undoable edit
    QCOMPARE(editor.undoStack()->index(), edits + 1);
    QCOMPARE(editor.montage().kind, core::Montage::Kind::LinkedEars);
    editor.undoStack()->undo();
    QCOMPARE(editor.montage().kind, core::Montage::Kind::Average);
    editor.undoStack()->redo();
    QCOMPARE(editor.montage().kind, core::Montage::Kind::LinkedEars);
    QVERIFY(core::dsp::projectToDisk({0, 0, 1}).isNull());  // the vertex sits at the centre
}

void TestWorkspaceGui::chineseTranslationIsCompleteAndLoads() {
    const QByteArray ts =
        readAll(QStringLiteral(ALFEE_TEST_DATA_DIR) + "/../../translations/alfee_zh_CN.ts");
    QVERIFY(ts.count("<message") > 100);
    QCOMPARE(ts.count("type=\"unfinished\""), 0);
    QString error;
    QVERIFY2(ui::installTranslations("zh_CN", &error), qPrintable(error));
    QCOMPARE(QCoreApplication::translate("alfee::ui::MainWindow", "Datasets"),
             QStringLiteral("数据集"));
    ui::MontageEditor editor;  // a widget built under the translator shows Chinese
    QCOMPARE(editor.table()->horizontalHeaderItem(1)->text(), QStringLiteral("电极"));
    // Qt's own buttons, and core's messages shown in the GUI.
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
    QCOMPARE(core::DatasetSpec().validate(), QStringLiteral("数据集需要一个名称"));
    QString why;
    QVERIFY(!core::Recording::open(dir_.filePath("absent.edf"), &why));
    QVERIFY2(why.contains("文件不存在"), qPrintable(why));
    const QString crlf = dir_.filePath("crlf.edf");
    QVERIFY(writeAll(crlf, readAll(testData("S001R04.edf")).replace("\n", "\r\n")));
    QVERIFY(!core::Recording::open(crlf, &why));
    QVERIFY2(why.contains("CR LF") && why.contains("文件已损坏"), qPrintable(why));
    // Stored in English, shown in Chinese: split names, run statuses, job phases, mapping notes
    // with a value in them; and the settings show the language this run shows.
    QCOMPARE(core::splitDisplayName("validation"), QStringLiteral("验证"));
    QCOMPARE(core::runStatusDisplayName("cancelled"), QStringLiteral("已取消"));
    QCOMPARE(core::phaseDisplayName("preparing data"), QStringLiteral("准备数据"));
    QCOMPARE(core::mappingNoteText("FP1 is already given by 'EEG Fp1-REF'"),
             QStringLiteral("FP1 已由“EEG Fp1-REF”提供"));
    QCOMPARE(core::mappingNoteText("a EOG channel"), QStringLiteral("EOG 通道"));
    // Run kinds, metric names and the masking task in words (they showed in English), and the
    // interrupted-run note with the button's own verb, 继续 (it said 恢复).
    QCOMPARE(ui::runKindDisplayName("finetune"), QStringLiteral("微调"));
    QCOMPARE(ui::metricDisplayName("balanced_accuracy"), QStringLiteral("平衡准确率"));
    QCOMPARE(ui::ReconstructionView::taskDisplayName("channel"), QStringLiteral("遮盖通道"));
    QVERIFY(QCoreApplication::translate("alfee::core",
                                        "Resume continues it from its checkpoint of step %1.")
                .startsWith(QStringLiteral("“继续”")));
    QCOMPARE(ui::currentLanguage(), QStringLiteral("zh_CN"));
    core::DatasetSpec unnamed;
    unnamed.label.classes = {{"a", "1"}, {"b", "2"}};
    QString noName;
    auto ws = core::Workspace::open(workspace_, &noName);
    QVERIFY(ws);
    core::RecordingStore store(*ws);
    core::DatasetBuild build;
    QVERIFY(!core::buildDataset(unnamed, store, &build, &noName));
    QCOMPARE(noName, QStringLiteral("数据集需要一个名称"));  // no "dataset '':" before it
    for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>())
        QCoreApplication::removeTranslator(t);
    QVERIFY(ui::installTranslations("en", &error));
}

void TestWorkspaceGui::importErrorsAreListedWithReasons() {
    QTemporaryDir folder;
    const QByteArray edf = readAll(testData("S001R04.edf"));
    QVERIFY(writeAll(folder.filePath("crlf.edf"), QByteArray(edf).replace("\n", "\r\n")));
    QVERIFY(writeAll(folder.filePath("again.edf"), edf));  // already in the workspace
    QVERIFY(writeAll(folder.filePath("sample.gdf"), "GDF 1.25" + QByteArray(300, '\0')));
    QVERIFY(writeAll(folder.filePath("notes.txt"), "electrode impedances"));
    QVERIFY(writeAll(folder.filePath("session.set"), "MATLAB 5.0 MAT-file"));
    ui::DatasetManager manager;
    manager.setWorkspace(workspace_);
    QSignalSpy finished(&manager, &ui::DatasetManager::importFinished);
    manager.importPaths({folder.path()});
    QVERIFY(finished.wait(60000));
    QVERIFY(manager.importReport()->isVisible());  // not everything imported: the report shows
    const QTableWidget* t = manager.importReport()->table();
    QCOMPARE(t->rowCount(), 5);
    QMap<QString, QPair<QString, QString>> rows;
    for (int r = 0; r < t->rowCount(); ++r)
        rows[t->item(r, 0)->text()] = {t->item(r, 1)->text(), t->item(r, 2)->text()};
    QCOMPARE(rows["crlf.edf"].first, QStringLiteral("failed"));
    QVERIFY2(rows["crlf.edf"].second.contains("CR LF"), qPrintable(rows["crlf.edf"].second));
    QCOMPARE(rows["again.edf"].first, QStringLiteral("duplicate"));
    QVERIFY(rows["again.edf"].second.contains("already in the workspace"));
    // With BioSig a .gdf is a recording: this damaged one fails with BioSig's reason, and is
    // not called "not a recording".
    QCOMPARE(rows["sample.gdf"].first,
             core::haveBiosig() ? QStringLiteral("failed") : QStringLiteral("skipped"));
    QVERIFY2(rows["sample.gdf"].second.contains(
                 core::haveBiosig() ? "BioSig, which reads the GDF files here, could not read"
                                    : "this build reads EDF and BDF only"),
             qPrintable(rows["sample.gdf"].second));
    QCOMPARE(rows["notes.txt"].first, QStringLiteral("skipped"));
    // An EEGLAB file that is no EEGLAB dataset fails with the reason (without libmatio in the
    // build: skipped, with a hint of what to do), not only "not a recording".
    QCOMPARE(rows["session.set"].first,
             core::haveEeglab() ? QStringLiteral("failed") : QStringLiteral("skipped"));
    QVERIFY2(rows["session.set"].second.contains("EEGLAB"), qPrintable(rows["session.set"].second));
    QCOMPARE(finished.back()[1].toStringList().size(),
             (core::haveBiosig() ? 2 : 1) + (core::haveEeglab() ? 1 : 0));
}

void TestWorkspaceGui::unsavedMappingSurvivesSwitchingRecordings() {
    QString error;
    qint64 eegmat = -1, motor = -1;
    {
        auto ws = core::Workspace::open(workspace_, &error);
        eegmat = core::RecordingStore(*ws).find("Subject00_2.edf", &error)->id;
        motor = core::RecordingStore(*ws).find("S001R04.edf", &error)->id;
    }
    ui::MontageEditor editor;
    QVERIFY(!editor.saveMapping(&error));  // nothing selected: refused, not "saved"
    QVERIFY(error.contains("No recording"));
    editor.setWorkspace(workspace_);
    QVERIFY(editor.showRecording(eegmat));
    const int covered = editor.headView()->covered().size();
    editor.setIncluded(0, false);
    QCOMPARE(editor.headView()->covered().size(), covered - 1);
    QVERIFY(editor.hasUnsavedEdits(eegmat));
    QVERIFY(editor.showRecording(motor));  // another recording: its own, clean history
    QCOMPARE(editor.undoStack()->count(), 0);
    QCOMPARE(editor.headView()->covered().size(), 64);
    QVERIFY(editor.hasUnsavedEdits(eegmat));
    QVERIFY(editor.showRecording(eegmat));  // back: the edit and its undo history are there
    QCOMPARE(editor.headView()->covered().size(), covered - 1);
    QCOMPARE(editor.undoStack()->count(), 1);
    editor.undoStack()->undo();
    QCOMPARE(editor.headView()->covered().size(), covered);
    QVERIFY(!editor.hasUnsavedEdits(eegmat));
}

void TestWorkspaceGui::pairsWithUnknownElectrodesAreRefused() {
    ui::MontageEditor editor;
    QSignalSpy messages(&editor, &ui::MontageEditor::message);
    auto* reference = editor.findChild<QComboBox*>();
    reference->setCurrentIndex(4);  // custom pairs
    auto* pairs = editor.findChild<QLineEdit*>();
    pairs->setText("Fp1-F7, XX-C3");
    emit pairs->editingFinished();
    QVERIFY(!messages.isEmpty());
    QVERIFY(messages.back()[0].toString().contains("XX"));
    // The typed pairs stay to be corrected (they were wiped), the refusal beside them (it was
    // only in the status bar, under the viewer's messages); nothing is applied.
    QCOMPARE(pairs->text(), QStringLiteral("Fp1-F7, XX-C3"));
    auto* refusal = editor.findChild<QLabel*>("montageRefusal");
    QVERIFY(refusal && !refusal->isHidden() && refusal->text().contains("XX"));
    QVERIFY(editor.headView()->reference().pairs.isEmpty());
    pairs->setText("Fp1-F7, C3-C4");
    emit pairs->editingFinished();
    QCOMPARE(editor.montage().pairs.size(), 2);
    QCOMPARE(editor.headView()->reference().pairs.size(), 2);  // drawn on the head
    QVERIFY(refusal->isHidden());
    // Linked ears and the double banana only where they apply: S001R04 has no ears, BioSemi's
    // A1/A2 are cap positions (and no banana pair either).
    QString error;
    auto ws = core::Workspace::open(workspace_, &error);
    QHash<QString, qint64> ids;
    for (const core::StoredRecording& r : core::RecordingStore(*ws).list(&error))
        ids[r.fileName()] = r.id;
    editor.setWorkspace(workspace_);
    auto* items = qobject_cast<QStandardItemModel*>(reference->model());
    QVERIFY(editor.showRecording(ids["S001R04.edf"]));
    QVERIFY(!items->item(2)->isEnabled());
    QVERIFY(items->item(3)->isEnabled());
    QVERIFY(editor.showRecording(ids["Newtest17-256.bdf"]));
    QVERIFY(!items->item(2)->isEnabled());
    QVERIFY(!items->item(3)->isEnabled());
    QVERIFY(editor.showRecording(ids["short_psg.edf"]));
}

void TestWorkspaceGui::recordingsTableSortsAndFilters() {
    ui::DatasetManager manager;
    manager.setWorkspace(workspace_);
    QTableWidget* t = manager.table();
    t->sortItems(5, Qt::DescendingOrder);  // duration, sorted as a number
    const double longest = t->item(0, 5)->data(Qt::DisplayRole).toDouble();
    for (int r = 1; r < t->rowCount(); ++r)
        QVERIFY(t->item(r, 5)->data(Qt::DisplayRole).toDouble() <= longest);
    QString error;
    auto ws = core::Workspace::open(workspace_, &error);
    const auto stored = core::RecordingStore(*ws).byId(manager.recordingIdAt(0), &error);
    QVERIFY(stored && t->item(0, 0)->text() == stored->fileName());  // the row knows its id
    QVERIFY(t->item(0, 0)->toolTip().startsWith(stored->path));      // the path on hover
    manager.applyFilter("S001");
    int shown = 0;
    for (int r = 0; r < t->rowCount(); ++r) shown += !t->isRowHidden(r);
    QCOMPARE(shown, 1);
    manager.applyFilter(QString());
    QCOMPARE(t->rowCount(), manager.recordingCount());
}

void TestWorkspaceGui::darkThemeShowsWhatIsDisabled() {
    const QPalette p = ui::MainWindow::darkPalette();
    auto lightness = [&](QPalette::ColorGroup g, QPalette::ColorRole r) {
        return p.color(g, r).lightness();
    };
    for (const auto role : {QPalette::WindowText, QPalette::ButtonText, QPalette::Text})
        QVERIFY(lightness(QPalette::Active, role) - lightness(QPalette::Disabled, role) > 80);
    // Hint text in empty fields (QPalette::PlaceholderText) and check box outlines stand out
    // from the base.
    QVERIFY(lightness(QPalette::Active, QPalette::PlaceholderText) -
                lightness(QPalette::Active, QPalette::Base) >
            100);
    QVERIFY(lightness(QPalette::Active, QPalette::Dark) -
                lightness(QPalette::Active, QPalette::Base) >
            100);
    // An unchecked box and radio button, drawn as the application draws them, have an outline
    // as light as the Dark role, not black on near-black.
    ui::ContrastStyle style;
    for (QAbstractButton* button :
         std::initializer_list<QAbstractButton*>{new QCheckBox("x"), new QRadioButton("x")}) {
        button->setStyle(&style);
        button->setPalette(p);
        button->resize(button->sizeHint());
        const QImage image = button->grab().toImage();
        QStyleOptionButton option;
        option.initFrom(button);
        const QRect indicator =
            style.subElementRect(qobject_cast<QCheckBox*>(button) ? QStyle::SE_CheckBoxIndicator
                                                                  : QStyle::SE_RadioButtonIndicator,
                                 &option, button);
        int brightest = 0;
        for (int y = indicator.top(); y <= indicator.bottom(); ++y)
            for (int x = indicator.left(); x <= indicator.right(); ++x)
                brightest = std::max(brightest, QColor(image.pixel(x, y)).lightness());
        QVERIFY2(brightest > 120, qPrintable(QString::number(brightest)));
        delete button;
    }
}

namespace {

// A workspace of copies (renames touch the files), with dataset "fists" over S001R04.
QString editableWorkspace(const QTemporaryDir& dir) {
    for (const char* f : {"S001R04.edf", "Subject00_2.edf"})
        QFile::copy(testData(f), dir.filePath(f));
    const QString path = dir.filePath("ws.alfee");
    QString error;
    auto ws = core::Workspace::create(path, &error);
    core::RecordingStore store(*ws);
    for (const char* f : {"S001R04.edf", "Subject00_2.edf"}) store.importFile(dir.filePath(f));
    core::DatasetSpec spec;
    spec.name = "fists";
    spec.label.source = core::LabelRule::Source::Annotation;
    spec.label.classes = {{"left", "T1"}, {"right", "T2"}};
    spec.windowSeconds = spec.strideSeconds = 4;
    core::DatasetBuild build;
    qint64 id = 0;
    if (!core::buildDataset(spec, store, &build, &error) ||
        !core::DatasetStore(*ws).save(build, false, &id, &error))
        qWarning("%s", qPrintable(error));
    return path;
}

qint64 idOf(const QString& workspace, const QString& name) {
    QString error;
    auto ws = core::Workspace::open(workspace, &error);
    const auto r = core::RecordingStore(*ws).find(name, &error);
    return r ? r->id : -1;
}

}  // namespace

void TestWorkspaceGui::deletesAndRenamesAreUndoable() {
    QTemporaryDir dir;
    const QString path = editableWorkspace(dir);
    ui::DatasetManager manager;
    manager.setWorkspace(path);
    QString error;
    // A recording a dataset uses cannot go; nothing enters the history.
    QVERIFY(!manager.deleteRecording(idOf(path, "S001R04.edf"), &error));
    QVERIFY2(error.contains("fists"), qPrintable(error));
    QCOMPARE(manager.undoStack()->count(), 0);
    // Renaming a file renames it on disk; undo and redo follow.
    QVERIFY(manager.renameRecording(idOf(path, "Subject00_2.edf"), "Subject09_2.edf", &error));
    QVERIFY(QFile::exists(dir.filePath("Subject09_2.edf")));
    QVERIFY(!QFile::exists(dir.filePath("Subject00_2.edf")));
    QVERIFY(idOf(path, "Subject09_2.edf") > 0);
    manager.undoStack()->undo();
    QVERIFY(QFile::exists(dir.filePath("Subject00_2.edf")));
    manager.undoStack()->redo();
    QVERIFY(QFile::exists(dir.filePath("Subject09_2.edf")));
    QVERIFY(!manager.renameRecording(idOf(path, "Subject09_2.edf"), "S001R04.edf", &error));
    QVERIFY(error.contains("exists"));  // never over another file
    // Datasets: rename, delete, and back.
    QVERIFY(manager.renameDataset("fists", "fists 4 s", &error));
    QCOMPARE(manager.datasets()->item(0)->text(), QStringLiteral("fists 4 s"));
    manager.undoStack()->undo();
    QCOMPARE(manager.datasets()->item(0)->text(), QStringLiteral("fists"));
    int windows = 0;
    {
        auto ws = core::Workspace::open(path, &error);
        windows = core::DatasetStore(*ws).load("fists", &error)->items.size();
    }
    QVERIFY(manager.deleteDataset("fists", &error));
    QCOMPARE(manager.datasets()->count(), 0);
    // Now the recording can go, mapping edits and all; undo brings both back.
    const qint64 motor = idOf(path, "S001R04.edf");
    {
        auto ws = core::Workspace::open(path, &error);
        core::RecordingStore store(*ws);
        core::ChannelMapping m = store.byId(motor, &error)->mapping;
        QVERIFY(m.overrideLabel("Fc5.", QString(), &error));
        QVERIFY(store.saveMapping(motor, m, &error));
    }
    QVERIFY(manager.deleteRecording(motor, &error));
    QCOMPARE(manager.recordingCount(), 1);
    manager.undoStack()->undo();
    QCOMPARE(manager.recordingCount(), 2);
    {
        auto ws = core::Workspace::open(path, &error);
        const auto back = core::RecordingStore(*ws).find("S001R04.edf", &error);
        QVERIFY(back);
        QCOMPARE(back->mapping.mapped().size(), 63);  // the user's edit survived
    }
    manager.undoStack()->undo();  // the dataset
    QCOMPARE(manager.datasets()->count(), 1);
    auto ws = core::Workspace::open(path, &error);
    QCOMPARE(core::DatasetStore(*ws).load("fists", &error)->items.size(), windows);
}

void TestWorkspaceGui::builderReplacesAfterAsking() {
    QTemporaryDir dir;
    const QString path = editableWorkspace(dir);
    ui::DatasetBuilder builder(path);
    QString error;
    core::DatasetSpec spec;
    {
        auto ws = core::Workspace::open(path, &error);
        spec = core::DatasetStore(*ws).load("fists", &error)->spec;
    }
    spec.windowSeconds = spec.strideSeconds = 2;
    builder.setSpec(spec);
    QStringList asked;
    builder.confirmReplace = [&](const QString& name) { return asked << name, false; };
    QVERIFY(!builder.save());  // the user said no: the old dataset stays
    QCOMPARE(asked, QStringList{"fists"});
    builder.confirmReplace = [](const QString&) { return true; };
    QVERIFY(builder.save());
    auto ws = core::Workspace::open(path, &error);
    QCOMPARE(core::DatasetStore(*ws).load("fists", &error)->spec.windowSeconds, 2.0);
}

// One file with ten sampling rates widened the Rates column until the file names read "A...r"
// at 900x620.
void TestWorkspaceGui::tenRatesKeepTheFileNamesReadable() {
    QTemporaryDir dir;
    QVector<BuiltSignal> signalList;
    for (int rate : {100, 128, 200, 250, 256, 500, 512, 1000, 1024, 2048})
        signalList.push_back(
            {"EEG " + QByteArray::number(rate), "uV", {}, -3276.8, 3276.7, -32768, 32767, rate});
    const QString file = dir.filePath("ten_rates_polygraphy.edf");
    QVERIFY(writeAll(file, buildEdf("", 1, 1.0, signalList, [](int, int, int) { return 0; })));
    QString error;
    QVERIFY(core::Workspace::create(dir.filePath("ws.alfee"), &error));
    ui::MainWindow window;
    window.openWorkspace(dir.filePath("ws.alfee"));
    QSignalSpy finished(window.datasetManager(), &ui::DatasetManager::importFinished);
    window.datasetManager()->importPaths({file});
    QVERIFY(finished.wait(60000));
    window.resize(900, 620);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QTableWidget* t = window.datasetManager()->table();
    QCOMPARE(t->rowCount(), 1);
    QCOMPARE(t->item(0, 4)->text(), QStringLiteral("100-2048 Hz"));
    QVERIFY(t->item(0, 4)->toolTip().contains("1024"));
    const int needed = t->fontMetrics().horizontalAdvance(t->item(0, 0)->text()) + 8;
    QTRY_VERIFY2(t->columnWidth(0) >= needed,
                 qPrintable(QStringLiteral("file column %1 px, the name needs %2")
                                .arg(t->columnWidth(0))
                                .arg(needed)));
}

// From the Viewer tab the import's progress panel is out of sight: the status bar says it.
// An old filter text hid the rows just imported.
void TestWorkspaceGui::importShowsItsProgressOnEveryTabAndItsRowsThroughTheFilter() {
    QTemporaryDir dir;
    QString error;
    QVERIFY(core::Workspace::create(dir.filePath("ws.alfee"), &error));
    ui::MainWindow window;
    window.openWorkspace(dir.filePath("ws.alfee"));
    window.tabs()->setCurrentWidget(window.viewer());
    QLineEdit* filter = nullptr;
    for (QLineEdit* e : window.datasetManager()->findChildren<QLineEdit*>())
        if (e->placeholderText().startsWith("Filter recordings")) filter = e;
    QVERIFY(filter);
    filter->setText("S001");
    QSignalSpy said(window.statusBar(), &QStatusBar::messageChanged);
    QSignalSpy finished(window.datasetManager(), &ui::DatasetManager::importFinished);
    window.datasetManager()->importPaths({testData("Subject00_2.edf")});
    QVERIFY(finished.wait(60000));
    QStringList messages;
    for (const QList<QVariant>& m : said) messages << m.first().toString();
    QVERIFY2(messages.filter("Importing into ws.alfee").size() > 0, qPrintable(messages.join('|')));
    QCOMPARE(window.datasetManager()->table()->rowCount(), 1);
    QVERIFY(!window.datasetManager()->table()->isRowHidden(0));
    QVERIFY(ui::recordingFileFilter().endsWith(";;All files (*)"));
}

// No Help menu, no About box, and F1 did nothing.
void TestWorkspaceGui::helpMenuF1AndAbout() {
    ui::MainWindow window;
    window.openWorkspace(workspace_);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QStringList menus;
    for (QAction* a : window.menuBar()->actions()) menus << a->text();
    QVERIFY2(menus.contains("&Help"), qPrintable(menus.join(", ")));
    window.tabs()->setCurrentWidget(window.runsDashboard());
    QTest::keyClick(&window, Qt::Key_F1);
    QTRY_VERIFY(window.guide()->isVisible());
    QVERIFY(window.guide()->text().contains("Import recordings"));
    QVERIFY(window.guide()->text().contains("New fine-tuning run..."));
    QCoreApplication::setApplicationVersion("9.8.7");
    const QString about = ui::aboutText();
    // The shipped checkpoint's card: what it was trained on, how it does, where the card is.
    for (const char* part : {"9.8.7", "arXiv:2505.06291", "LGPL-3.0", "GPL-3.0-or-later",
                             "ODC-By-1.0", "2.2 h of EEGMMIDB", "Workload study", "MODEL_CARD.md"})
        QVERIFY2(about.contains(part), part);
}

// Files imported while the demo workspace showed went into it without a word: the window now
// asks, and imports into the workspace chosen (here a new one, which it then shows).
void TestWorkspaceGui::ownRecordingsDoNotGoSilentlyIntoTheDemo() {
    QStandardPaths::setTestModeEnabled(true);
    const QString demo = ui::MainWindow::demoWorkspacePath();
    QDir(QFileInfo(demo).path()).removeRecursively();
    QVERIFY(QDir().mkpath(QFileInfo(demo).path()));
    QString error;
    QVERIFY(core::Workspace::create(demo, &error));
    QTemporaryDir dir;
    const QString mine = dir.filePath("mine.alfee");
    ui::MainWindow window;
    window.openWorkspace(demo);
    QVERIFY(window.showsDemo());
    QStringList asked;
    window.chooseImportWorkspace = [&](const QStringList& files) {
        asked << files;
        QString why;
        return core::Workspace::create(mine, &why) ? mine : QString();
    };
    QSignalSpy finished(window.datasetManager(), &ui::DatasetManager::importFinished);
    window.datasetManager()->importPaths({testData("Subject00_2.edf")});
    QCOMPARE(asked, QStringList{testData("Subject00_2.edf")});
    QVERIFY(finished.wait(60000));
    QCOMPARE(window.workspacePath(), mine);
    QCOMPARE(window.recordingCount(), 1);
    auto ws = core::Workspace::open(demo, &error);
    QVERIFY(core::RecordingStore(*ws).list(&error).isEmpty());
    QDir(QFileInfo(demo).path()).removeRecursively();
    QStandardPaths::setTestModeEnabled(false);
}

// At 900x620 the montage editor's head is about 240 px: ninety names drawn over each other.
void TestWorkspaceGui::headViewNamesDoNotOverlap() {
    ui::HeadView head;
    head.resize(240, 250);
    const QStringList tenTwenty = {"FP1", "FP2", "F7", "F3", "FZ", "F4", "F8", "T7", "C3", "CZ",
                                   "C4",  "T8",  "P7", "P3", "PZ", "P4", "P8", "O1", "O2"};
    head.setCovered(tenTwenty);
    head.grab();  // paints
    const QVector<QRectF>& boxes = head.labelBoxes();
    QVERIFY(boxes.size() >= tenTwenty.size());
    for (int i = 0; i < boxes.size(); ++i)
        for (int j = i + 1; j < boxes.size(); ++j) QVERIFY(!boxes[i].intersects(boxes[j]));
}

QTEST_MAIN(TestWorkspaceGui)
#include "test_workspace_gui.moc"
