// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/main_window.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>
#include <QtConcurrent>
#include <algorithm>
#include <cstdio>

#include "core/demo/demo_workspace.h"
#include "core/engine/interrupted_work.h"
#include "core/recording/recording_formats.h"
#include "core/workspace/recording_store.h"
#include "core/workspace/workspace.h"
#include "ui/common/contrast_style.h"
#include "ui/common/help_guide.h"
#include "ui/common/job_controller.h"
#include "ui/common/translations.h"
#include "ui/common/workspace_document.h"
#include "ui/datasets/dataset_manager.h"
#include "ui/datasets/import_report.h"
#include "ui/inspect/model_inspector.h"
#include "ui/montage/montage_editor.h"
#include "ui/runs/runs_dashboard.h"
#include "ui/viewer/annotation_list.h"
#include "ui/viewer/signal_viewer.h"

namespace alfee::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("ALFEE Workbench"));
    document_ = new WorkspaceDocument(this);
    datasets_ = new DatasetManager(this);
    montage_ = new MontageEditor(this);
    viewer_ = new SignalViewer(this);
    tabs_ = new QTabWidget(this);
    tabs_->addTab(datasets_, tr("Datasets"));
    tabs_->addTab(montage_, tr("Montage"));
    tabs_->addTab(viewer_, tr("Viewer"));
    runs_ = new RunsDashboard(this);
    tabs_->addTab(runs_, tr("Runs"));
    inspector_ = new ModelInspector(this);
    tabs_->addTab(inspector_, tr("Inspect"));
    setCentralWidget(tabs_);
    // One document for every tab: they read it and say what they changed through it.
    datasets_->setDocument(document_);
    montage_->setDocument(document_);
    runs_->setDocument(document_);
    inspector_->setDocument(document_);
    viewer_->setDocument(document_);
    annotations_ = new AnnotationList(this);
    auto* dock = new QDockWidget(tr("Annotations"), this);
    dock->setObjectName("annotations");
    dock->setWidget(annotations_);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    // The annotations are those of the recording in the viewer: the other tabs get the width
    // (at 900 px the dock left the file names 7 characters), and the dock comes back as it was
    // when the viewer is shown again.
    auto fitDockToTab = [this, dock] {
        const bool elsewhere = tabs_->currentWidget() != viewer_;
        if (elsewhere && !dock->isHidden()) dock->hide(), dockHiddenAwayFromViewer_ = true;
        if (!elsewhere && dockHiddenAwayFromViewer_)
            dock->show(), dockHiddenAwayFromViewer_ = false;
    };
    connect(tabs_, &QTabWidget::currentChanged, this, [this, fitDockToTab] {
        if (tabs_->currentWidget() == inspector_) inspector_->refresh();
        // The paging keys work at once (a click on the tab left the focus on the tab bar).
        if (tabs_->currentWidget() == viewer_) viewer_->setFocus();
        fitDockToTab();
    });
    fitDockToTab();  // the window opens on the datasets
    auto say = [this](const QString& m) { statusBar()->showMessage(m, 8000); };
    connect(viewer_, &SignalViewer::problem, this, say);
    connect(datasets_, &DatasetManager::message, this, say);
    connect(montage_, &MontageEditor::message, this, say);
    connect(inspector_, &ModelInspector::message, this, say);
    connect(runs_, &RunsDashboard::message, this, say);
    // What stays true sits in a permanent field; messages pass (a count of recordings written
    // once as a message went stale with the next import).
    workspaceLabel_ = new QLabel(this);
    statusBar()->addPermanentWidget(workspaceLabel_);
    connect(datasets_, &DatasetManager::importFinished, this, &MainWindow::showWorkspaceLabel);
    connect(datasets_, &DatasetManager::importProgress, this,
            [this](int done, int total, const QString& text) {
                statusBar()->showMessage(tr("Importing into %1: %2 of %3, %4")
                                             .arg(QFileInfo(document_->path()).fileName())
                                             .arg(done)
                                             .arg(total)
                                             .arg(QFileInfo(text).fileName()),
                                         8000);
            });
    connect(datasets_, &DatasetManager::recordingActivated, this, &MainWindow::viewRecordingId);
    connect(datasets_, &DatasetManager::recordingSelected, montage_, &MontageEditor::showRecording);
    // Jump so that the event starts a tenth of the page (at most one second) into it: at
    // "onset - 1 s" a 1-second page ended at the event, which was then not on it.
    connect(annotations_, &AnnotationList::jumpRequested, this, [this](double onset) {
        viewer_->goTo(onset - std::min(1.0, viewer_->pageSeconds() / 10));
        tabs_->setCurrentWidget(viewer_);
        viewer_->setFocus();
    });
    connect(viewer_, &SignalViewer::pageChanged, annotations_, &AnnotationList::followPage);
    // The annotations shown (the workspace's, edited or not), listed again after each edit.
    auto listAnnotations = [this] {
        annotations_->setAnnotations(viewer_->annotations());
        // The page was drawn before this signal: mark the new recording's events on it.
        annotations_->followPage(viewer_->pageStart(),
                                 viewer_->pageStart() + viewer_->pageSeconds());
    };
    connect(viewer_, &SignalViewer::recordingChanged, this, listAnnotations);
    connect(viewer_, &SignalViewer::annotationsChanged, this, listAnnotations);
    // The reference chosen in the montage editor is the one the viewer shows.
    connect(montage_, &MontageEditor::montageChanged, this, [this](const core::Montage& m) {
        if (viewer_->hasRecording()) viewer_->setMontage(m);
    });
    guide_ = new HelpGuide(this);
    datasets_->beforeImport = [this](const QStringList& files) {
        return confirmImportTarget(files);
    };
    makeMenus();
    menuBar()->addMenu(tr("&View"))->addAction(dock->toggleViewAction());
    makeHelpMenu();
    resize(1280, 800);
    restoreGeometry(QSettings().value("window/geometry").toByteArray());  // as it was left
}

// The workspace closes while the tabs are whole (the runs tab deletes for good what it hid),
// and nothing it says then reaches this window's half-destroyed menus.
MainWindow::~MainWindow() {
    disconnect(document_->undoGroup(), nullptr, this, nullptr);
    document_->close();
}

void MainWindow::showWorkspaceLabel() {
    workspaceLabel_->setText(tr("%n recording(s) in %1", nullptr, recordingCount())
                                 .arg(QFileInfo(document_->path()).fileName()));
    workspaceLabel_->setToolTip(document_->path());
}

void MainWindow::makeMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New workspace..."), QKeySequence::New, this, &MainWindow::createWorkspace);
    file->addAction(tr("&Open workspace..."), QKeySequence::Open, this,
                    &MainWindow::chooseWorkspace);
    recent_ = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    file->addAction(tr("&Import recordings..."), QKeySequence(tr("Ctrl+I")), this, [this] {
        const QStringList paths =
            QFileDialog::getOpenFileNames(this, tr("Import recordings"), {}, recordingFileFilter());
        if (!paths.isEmpty()) datasets_->importPaths(paths);
    });
    file->addAction(tr("New &dataset..."), QKeySequence(tr("Ctrl+D")), datasets_,
                    &DatasetManager::newDataset);
    file->addSeparator();
    file->addAction(tr("&Settings..."), QKeySequence::Preferences, this, &MainWindow::showSettings);
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    // Undo and redo act on the document's undo group, whose active history is the tab shown's:
    // the dataset manager's deletes and renames, the montage editor's mapping of the recording
    // it shows, the viewer's annotation edits of the recording it shows, the runs tab's deletes.
    QUndoGroup* group = document_->undoGroup();
    undo_ = edit->addAction(tr("&Undo"), QKeySequence::Undo, group, &QUndoGroup::undo);
    redo_ = edit->addAction(tr("&Redo"), QKeySequence::Redo, group, &QUndoGroup::redo);
    connect(tabs_, &QTabWidget::currentChanged, this, &MainWindow::activateUndoStack);
    connect(montage_, &MontageEditor::undoStackChanged, this, &MainWindow::activateUndoStack);
    connect(viewer_, &SignalViewer::undoStackChanged, this, &MainWindow::activateUndoStack);
    connect(group, &QUndoGroup::indexChanged, this, &MainWindow::refreshUndoActions);
    connect(group, &QUndoGroup::activeStackChanged, this, &MainWindow::refreshUndoActions);
    activateUndoStack();
    refreshUndoActions();
    fillRecentMenu();
}

void MainWindow::makeHelpMenu() {
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Getting started"), QKeySequence::HelpContents, this,
                    &MainWindow::showGuide);
    help->addSeparator();
    help->addAction(tr("&About ALFEE Workbench"), this,
                    [this] { QMessageBox::about(this, tr("About ALFEE Workbench"), aboutText()); });
    help->addAction(tr("About &Qt"), this, [this] { QMessageBox::aboutQt(this); });
}

// The guide, at the part of the tab shown.
void MainWindow::showGuide() {
    const QHash<QWidget*, QString> parts = {{datasets_, "datasets"},
                                            {montage_, "montage"},
                                            {viewer_, "viewer"},
                                            {runs_, "runs"},
                                            {inspector_, "inspect"}};
    guide_->showFor(document_->path(), showsDemo(), parts.value(tabs_->currentWidget()));
}

QString MainWindow::demoWorkspacePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/demo/demo.alfee";
}

bool MainWindow::showsDemo() const {
    return !document_->path().isEmpty() && QFileInfo(document_->path()).absoluteFilePath() ==
                                               QFileInfo(demoWorkspacePath()).absoluteFilePath();
}

// Recordings of the user's own go where the user says: into the demo workspace only when asked
// for (once per session), else into a new workspace, which the window then shows.
bool MainWindow::confirmImportTarget(const QStringList& files) {
    if (!showsDemo() || demoImportAgreed_) return true;
    const QString target =
        chooseImportWorkspace ? chooseImportWorkspace(files) : askImportWorkspace(files);
    if (target.isEmpty()) return false;
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(document_->path()).absoluteFilePath()) {
        demoImportAgreed_ = true;
        return true;
    }
    showWorkspace(target);
    return !document_->path().isEmpty() && !showsDemo();
}

QString MainWindow::askImportWorkspace(const QStringList& files) {
    QMessageBox box(QMessageBox::Question, tr("Import into the demo workspace?"),
                    tr("The window shows the demo workspace. %n recording(s) of yours would go "
                       "in beside the demo recordings. Make a workspace of your own for them?",
                       nullptr, int(files.size())),
                    QMessageBox::Cancel, this);
    QPushButton* own = box.addButton(tr("New workspace..."), QMessageBox::AcceptRole);
    QPushButton* demo = box.addButton(tr("Into the demo workspace"), QMessageBox::ActionRole);
    box.setDefaultButton(own);
    box.exec();
    if (box.clickedButton() == own) return newWorkspaceFromDialog();
    return box.clickedButton() == demo ? document_->path() : QString();
}

QUndoStack* MainWindow::currentUndoStack() const {
    if (tabs_->currentWidget() == datasets_) return datasets_->undoStack();
    if (tabs_->currentWidget() == montage_) return montage_->undoStack();
    if (tabs_->currentWidget() == runs_) return runs_->undoStack();
    if (tabs_->currentWidget() == viewer_) return viewer_->undoStack();
    return nullptr;
}

void MainWindow::activateUndoStack() {
    document_->undoGroup()->setActiveStack(currentUndoStack());
}

void MainWindow::refreshUndoActions() {
    const QUndoStack* s = document_->undoGroup()->activeStack();
    undo_->setEnabled(s && s->canUndo());
    redo_->setEnabled(s && s->canRedo());
    undo_->setText(s && s->canUndo() ? tr("&Undo %1").arg(s->undoText()) : tr("&Undo"));
    redo_->setText(s && s->canRedo() ? tr("&Redo %1").arg(s->redoText()) : tr("&Redo"));
}

QString MainWindow::workspacePath() const {
    return document_->path();
}

int MainWindow::recordingCount() const {
    return datasets_->recordingCount();
}

void MainWindow::openWorkspace(const QString& path) {
    if (QFileInfo::exists(path)) {
        showWorkspace(path);
        return;
    }
    statusBar()->showMessage(tr("Creating the demo workspace..."));
    const bool demo =
        QFileInfo(path).absoluteFilePath() == QFileInfo(demoWorkspacePath()).absoluteFilePath();
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path, demo] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (!error.isEmpty()) {
            QMessageBox::critical(this, tr("Demo workspace"), error);
            return;
        }
        showWorkspace(path);
        // The first start: what to do next, beside the window.
        if (demo) guide_->showFor(path, true);
    });
    watcher->setFuture(QtConcurrent::run([path] {
        QStringList log;
        QString error;
        return core::createDemoWorkspace(path, &log, &error) ? QString() : error;
    }));
}

void MainWindow::chooseWorkspace() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), {},
                                                      tr("ALFEE workspaces (*.alfee)"));
    if (!path.isEmpty()) showWorkspace(path);
}

void MainWindow::createWorkspace() {
    const QString path = newWorkspaceFromDialog();
    if (!path.isEmpty()) showWorkspace(path);
}

// A workspace made where the user says; its path, or empty when none was made.
QString MainWindow::newWorkspaceFromDialog() {
    QString path = QFileDialog::getSaveFileName(this, tr("New workspace"), {},
                                                tr("ALFEE workspaces (*.alfee)"));
    if (path.isEmpty()) return {};
    if (!path.endsWith(".alfee", Qt::CaseInsensitive)) path += ".alfee";
    QString error;
    if (!core::Workspace::create(path, &error)) {
        QMessageBox::warning(this, tr("New workspace"), error);
        return {};
    }
    return path;
}

void MainWindow::showWorkspace(const QString& path) {
    QString error;
    auto ws = core::Workspace::open(path, &error);
    if (!ws) {
        QMessageBox::critical(this, tr("Open workspace"), error);
        return;
    }
    // Before the runs tab lists the runs (which marks dead ones interrupted without a word).
    const QStringList interrupted = core::takeInterruptedWork(*ws, &error);
    ws.reset();
    viewer_->clear();
    if (!document_->open(path, &error)) {  // the tabs read it when it says so
        QMessageBox::critical(this, tr("Open workspace"), error);
        return;
    }
    rememberRecent(path);
    setWindowTitle(tr("ALFEE Workbench - %1").arg(QFileInfo(path).fileName()));
    statusBar()->clearMessage();
    showWorkspaceLabel();
    interrupted_ = interrupted;
    if (!interrupted.isEmpty()) reportInterrupted(interrupted);
    emit workspaceShown();
}

void MainWindow::reportInterrupted(const QStringList& lines) {
    for (const QString& line : lines) std::fprintf(stderr, "interrupted: %s\n", qPrintable(line));
    statusBar()->showMessage(lines.front(), 30000);
    // Not modal: the workspace is usable at once, the note stays until read.
    auto* box = new QMessageBox(QMessageBox::Information, tr("Interrupted work"),
                                lines.join("\n\n"), QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

void MainWindow::openFilesWhenShown(const QStringList& files) {
    if (files.isEmpty()) return;
    auto* once = new QObject(this);  // deleted after the first showing: one import
    connect(this, &MainWindow::workspaceShown, once, [this, once, files] {
        once->deleteLater();
        importAndView(files);
    });
}

void MainWindow::importAndView(const QStringList& files) {
    auto* once = new QObject(this);
    const QString first = QFileInfo(files.front()).absoluteFilePath();
    connect(datasets_, &DatasetManager::importFinished, once, [this, once, first] {
        once->deleteLater();
        viewFile(first);
    });
    datasets_->importPaths(files);
}

// By its workspace entry (with the stored mapping) where the import took it, else as a file.
void MainWindow::viewFile(const QString& path) {
    QString error;
    core::Workspace* ws = document_->workspace();
    const QString canonical = QFileInfo(path).canonicalFilePath();
    for (const core::StoredRecording& r :
         ws ? core::RecordingStore(*ws).list(&error) : QVector<core::StoredRecording>())
        if (QFileInfo(r.path).canonicalFilePath() == canonical) {
            viewRecordingId(r.id);
            return;
        }
    if (!viewer_->openRecording(path, &error))
        QMessageBox::warning(this, tr("Open recording"), error);
    else
        tabs_->setCurrentWidget(viewer_);
}

void MainWindow::rememberRecent(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value("recent").toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue("recent", recent.mid(0, 8));
    fillRecentMenu();
}

void MainWindow::fillRecentMenu() {
    recent_->clear();
    for (const QString& path : QSettings().value("recent").toStringList())
        recent_->addAction(path, this, [this, path] { showWorkspace(path); });
    recent_->setEnabled(!recent_->isEmpty());
}

void MainWindow::showSettings() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Settings"));
    auto* language = new QComboBox(&dialog);
    for (const auto& [code, name] : availableLanguages()) language->addItem(name, code);
    auto* theme = new QComboBox(&dialog);
    theme->addItem(tr("Follow the system"), "system");
    theme->addItem(tr("Light"), "light");
    theme->addItem(tr("Dark"), "dark");
    QSettings settings;
    language->setCurrentIndex(language->findData(currentLanguage()));
    theme->setCurrentIndex(theme->findData(settings.value("theme", "system")));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Language (after a restart)"), language);
    form->addRow(tr("Theme"), theme);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted) return;
    settings.setValue("language", language->currentData());
    settings.setValue("theme", theme->currentData());
    applyTheme(theme->currentData().toString());
}

bool MainWindow::viewRecording(int row) {
    return viewRecordingId(datasets_->recordingIdAt(row));
}

bool MainWindow::viewRecordingId(qint64 id) {
    QString error = tr("No workspace is open.");
    core::Workspace* ws = document_->workspace();
    const auto stored = ws ? core::RecordingStore(*ws).byId(id, &error) : std::nullopt;
    if (!stored || !viewer_->openRecording(stored->path, &error, &stored->mapping) ||
        !viewer_->showWorkspaceRecording(id, &error)) {
        QMessageBox::warning(this, tr("Open recording"), error);
        return false;
    }
    if (montage_->montage().kind != core::Montage::Kind::AsRecorded)
        viewer_->setMontage(montage_->montage());
    tabs_->setCurrentWidget(viewer_);
    viewer_->setFocus();
    return true;
}

void MainWindow::applyTheme(const QString& theme) {
    static const QPalette systemPalette = QApplication::palette();
    if (theme == "system") {
        QApplication::setPalette(systemPalette);
        return;
    }
    QApplication::setStyle(new ContrastStyle);  // Fusion, outlines visible on dark
    if (theme == "light") {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QApplication::setPalette(darkPalette());
}

QPalette MainWindow::darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(37, 37, 38));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(24, 24, 26));
    p.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
    p.setColor(QPalette::Text, QColor(225, 225, 225));
    p.setColor(QPalette::Button, QColor(50, 50, 52));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    // Fusion draws frames, check box and radio button outlines from these: light enough to see
    // an unchecked box on the dark base.
    p.setColor(QPalette::Light, QColor(120, 120, 126));
    p.setColor(QPalette::Midlight, QColor(95, 95, 100));
    p.setColor(QPalette::Mid, QColor(110, 110, 116));
    p.setColor(QPalette::Dark, QColor(150, 150, 156));
    p.setColor(QPalette::Shadow, QColor(10, 10, 10));
    p.setColor(QPalette::Highlight, QColor(64, 140, 230));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(120, 180, 255));
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 155));
    p.setColor(QPalette::ToolTipBase, QColor(50, 50, 52));
    p.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    // Disabled controls must look disabled: muted text, no bright labels.
    const QColor muted(115, 115, 120);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                            QPalette::HighlightedText, QPalette::PlaceholderText})
        p.setColor(QPalette::Disabled, role, muted);
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(42, 42, 44));
    p.setColor(QPalette::Disabled, QPalette::Dark, QColor(85, 85, 90));
    p.setColor(QPalette::Disabled, QPalette::Base, QColor(32, 32, 34));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(70, 70, 75));
    return p;
}

void MainWindow::closeEvent(QCloseEvent* event) {
    JobController* jobs = runs_->jobs();
    if (!jobs->busy()) {
        QSettings().setValue("window/geometry", saveGeometry());
        return QMainWindow::closeEvent(event);
    }
    const qint64 run = jobs->runId();
    const QString question =
        tr("Run %1 is training. Closing the workbench cancels it after its current step; it "
           "keeps its last checkpoint and can be resumed from the Runs tab. Close anyway?")
            .arg(run);
    const bool close = confirmQuit ? confirmQuit(question)
                                   : QMessageBox::question(this, tr("A run is training"), question,
                                                           QMessageBox::Yes | QMessageBox::No,
                                                           QMessageBox::No) == QMessageBox::Yes;
    if (!close) {
        event->ignore();
        return;
    }
    QString error;
    if (core::Workspace* ws = document_->workspace(); ws && run > 0)
        core::noteCancelledOnQuit(*ws, run, &error);
    jobs->cancel();  // the job ends at its next step; the controller waits for it on the way out
    QSettings().setValue("window/geometry", saveGeometry());
    QMainWindow::closeEvent(event);
}

}  // namespace alfee::ui
