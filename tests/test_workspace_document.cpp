// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's one workspace document: the tabs of a window read the workspace through it and hear
// each other's edits from it, every edit goes through its undo group (the tab shown's history is
// the one Edit > Undo acts on), and a write by another connection is heard without a refresh.
#include <QAction>
#include <QFile>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoGroup>
#include <QUndoStack>

#include "core/workspace/recording_store.h"
#include "core/workspace/workspace.h"
#include "ui/common/main_window.h"
#include "ui/common/workspace_document.h"
#include "ui/datasets/dataset_manager.h"
#include "ui/montage/montage_editor.h"
#include "ui/viewer/signal_viewer.h"

using namespace alfee;

class TestWorkspaceDocument : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase();
    void aSavedMappingShowsInTheDatasetsTable();
    void editUndoActsOnTheTabShown();
    void anotherConnectionsWriteIsHeard();
    void openingAnotherWorkspaceForgetsTheEdits();

  private:
    QString workspaceOfCopies(const QTemporaryDir& dir);
    qint64 idOf(const QString& workspace, const QString& name);
    QTemporaryDir dir_;
};

void TestWorkspaceDocument::initTestCase() {
    QVERIFY(dir_.isValid());
}

// S001R04 and Subject00_2, copied (a delete's undo imports the file again).
QString TestWorkspaceDocument::workspaceOfCopies(const QTemporaryDir& dir) {
    for (const char* f : {"S001R04.edf", "Subject00_2.edf"})
        QFile::copy(QStringLiteral(ALFEE_TEST_DATA_DIR "/") + f, dir.filePath(f));
    const QString path = dir.filePath("ws.alfee");
    QString error;
    auto ws = core::Workspace::create(path, &error);
    core::RecordingStore store(*ws);
    for (const char* f : {"S001R04.edf", "Subject00_2.edf"}) store.importFile(dir.filePath(f));
    return path;
}

qint64 TestWorkspaceDocument::idOf(const QString& workspace, const QString& name) {
    QString error;
    auto ws = core::Workspace::open(workspace, &error);
    const auto r = core::RecordingStore(*ws).find(name, &error);
    return r ? r->id : -1;
}

// The montage editor saves through the document; the datasets table, a widget of its own, shows
// the new count of mapped channels without being asked to refresh.
void TestWorkspaceDocument::aSavedMappingShowsInTheDatasetsTable() {
    QTemporaryDir dir;
    const QString path = workspaceOfCopies(dir);
    ui::WorkspaceDocument document;
    ui::DatasetManager manager;
    ui::MontageEditor editor;
    manager.setDocument(&document);
    editor.setDocument(&document);
    QString error;
    QVERIFY2(document.open(path, &error), qPrintable(error));
    QCOMPARE(manager.recordingCount(), 2);
    QCOMPARE(manager.workspace(), path);
    const qint64 id = idOf(path, "Subject00_2.edf");
    int row = 0;
    while (manager.recordingIdAt(row) != id) ++row;
    QCOMPARE(manager.table()->item(row, 7)->text(), QStringLiteral("19 of 21 mapped"));
    QVERIFY(editor.showRecording(id));
    manager.table()->setCurrentCell(row, 0);  // as the user selected it there
    editor.setIncluded(0, false);
    QSignalSpy mapping(&document, &ui::WorkspaceDocument::mappingChanged);
    QSignalSpy selected(&manager, &ui::DatasetManager::recordingSelected);
    QVERIFY2(editor.saveMapping(&error), qPrintable(error));
    QCOMPARE(mapping.size(), 1);
    QCOMPARE(mapping.front()[0].toLongLong(), id);
    row = 0;
    while (manager.recordingIdAt(row) != id) ++row;
    QCOMPARE(manager.table()->item(row, 7)->text(), QStringLiteral("18 of 21 mapped"));
    // Filled again, the table keeps its current recording and tells nobody of a new one (it
    // said -1, and the montage tab answered "no recording -1").
    QCOMPARE(manager.recordingIdAt(manager.table()->currentRow()), id);
    QCOMPARE(selected.size(), 0);
}

// One undo group: the datasets tab's delete and the montage tab's mapping edit are both in it,
// and Edit > Undo undoes the one of the tab shown, whatever was done last elsewhere.
void TestWorkspaceDocument::editUndoActsOnTheTabShown() {
    QTemporaryDir dir;
    const QString path = workspaceOfCopies(dir);
    ui::MainWindow window;
    window.openWorkspace(path);
    QCOMPARE(window.workspacePath(), path);
    QCOMPARE(window.document()->undoGroup()->stacks().size(), 3);  // datasets, runs, montage
    QString error;
    const qint64 motor = idOf(path, "S001R04.edf");
    QVERIFY(window.datasetManager()->deleteRecording(motor, &error));
    QCOMPARE(window.recordingCount(), 1);
    window.tabs()->setCurrentWidget(window.montageEditor());
    const qint64 id = idOf(path, "Subject00_2.edf");
    QVERIFY(window.montageEditor()->showRecording(id));
    window.montageEditor()->setIncluded(0, false);
    // The montage editor's recording history is the active one, and it has an edit to undo.
    QCOMPARE(window.document()->undoGroup()->activeStack(), window.montageEditor()->undoStack());
    QVERIFY(window.undoAction()->isEnabled());
    window.tabs()->setCurrentWidget(window.datasetManager());
    QCOMPARE(window.document()->undoGroup()->activeStack(), window.datasetManager()->undoStack());
    window.undoAction()->trigger();  // the delete, not the later mapping edit
    QCOMPARE(window.recordingCount(), 2);
    QVERIFY(!window.montageEditor()->undoStack()->isClean());  // still there
    window.tabs()->setCurrentWidget(window.montageEditor());
    window.undoAction()->trigger();
    QVERIFY(window.montageEditor()->undoStack()->isClean());
    window.tabs()->setCurrentWidget(window.viewer());  // no recording: nothing to undo there
    QVERIFY(!window.document()->undoGroup()->activeStack());
    QVERIFY(!window.undoAction()->isEnabled());
}

// A mapping saved by another connection (a worker thread, `alfee` on the command line) is heard
// within the document's look every two seconds; its own connection's writes are not "elsewhere".
void TestWorkspaceDocument::anotherConnectionsWriteIsHeard() {
    QTemporaryDir dir;
    const QString path = workspaceOfCopies(dir);
    ui::WorkspaceDocument document;
    QString error;
    QVERIFY(document.open(path, &error));
    QSignalSpy elsewhere(&document, &ui::WorkspaceDocument::changedElsewhere);
    core::RecordingStore own(*document.workspace());
    core::ChannelMapping m = own.byId(idOf(path, "S001R04.edf"), &error)->mapping;
    QVERIFY(m.overrideLabel("Fc6.", QString(), &error));  // a real change, through its own
    QVERIFY(own.saveMapping(idOf(path, "S001R04.edf"), m, &error));
    QVERIFY(!elsewhere.wait(2600));
    {  // Fc5 of S001R04 left out of the model input, by another connection
        auto other = core::Workspace::open(path, &error);
        core::RecordingStore store(*other);
        const qint64 motor = idOf(path, "S001R04.edf");
        core::ChannelMapping changed = store.byId(motor, &error)->mapping;
        QVERIFY2(changed.overrideLabel("Fc5.", QString(), &error), qPrintable(error));
        QVERIFY(store.saveMapping(motor, changed, &error));
    }
    QVERIFY(elsewhere.wait(2600));
}

// Another workspace: the montage editor's histories were about the last one's recordings.
void TestWorkspaceDocument::openingAnotherWorkspaceForgetsTheEdits() {
    QTemporaryDir first, second;
    const QString a = workspaceOfCopies(first), b = workspaceOfCopies(second);
    ui::WorkspaceDocument document;
    ui::MontageEditor editor;
    editor.setDocument(&document);
    QString error;
    QVERIFY(document.open(a, &error));
    QVERIFY(editor.showRecording(idOf(a, "Subject00_2.edf")));
    editor.setIncluded(0, false);
    QVERIFY(editor.hasUnsavedEdits(idOf(a, "Subject00_2.edf")));
    QSignalSpy closing(&document, &ui::WorkspaceDocument::aboutToClose);
    QVERIFY(document.open(b, &error));
    QCOMPARE(closing.size(), 1);
    QCOMPARE(editor.recordingId(), -1);
    QCOMPARE(editor.undoStack()->count(), 0);
    QVERIFY(!document.open(dir_.filePath("missing.alfee"), &error));  // refused: b stays open
    QVERIFY2(error.contains("missing.alfee"), qPrintable(error));
    QCOMPARE(document.path(), b);
    document.close();
    QVERIFY(!document.isOpen());
    QCOMPARE(closing.size(), 2);
}

QTEST_MAIN(TestWorkspaceDocument)
#include "test_workspace_document.moc"
