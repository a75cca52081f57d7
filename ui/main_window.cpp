#include "ui/main_window.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QApplication>
#include <QDockWidget>
#include <QListWidget>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableWidget>
#include <QtConcurrent>

#include "ui/signal_viewer.h"

#include "core/demo/demo_workspace.h"
#include "core/workspace/recording_store.h"

namespace alfee::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("ALFEE Workbench"));
    table_ = new QTableWidget(0, 7, this);
    table_->setHorizontalHeaderLabels({tr("File"), tr("Format"), tr("Reader"), tr("Channels"),
                                       tr("Mapped"), tr("Duration (s)"),
                                       tr("Annotations")});
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    viewer_ = new SignalViewer(this);
    tabs_ = new QTabWidget(this);
    tabs_->addTab(table_, tr("Recordings"));
    tabs_->addTab(viewer_, tr("Viewer"));
    setCentralWidget(tabs_);
    connect(table_, &QTableWidget::cellDoubleClicked, this, [this](int row) { viewRecording(row); });
    connect(viewer_, &SignalViewer::problem, this, [this](const QString& m) { statusBar()->showMessage(m, 8000); });
    annotations_ = new QListWidget(this);
    auto* dock = new QDockWidget(tr("Annotations"), this);
    dock->setObjectName("annotations");
    dock->setWidget(annotations_);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    // Jump so that the event starts one second into the page.
    connect(annotations_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        viewer_->goTo(item->data(Qt::UserRole).toDouble() - 1.0);
        tabs_->setCurrentWidget(viewer_);
        viewer_->setFocus();
    });
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open workspace..."), QKeySequence::Open, this, &MainWindow::chooseWorkspace);
    file->addAction(tr("&Import recordings..."), QKeySequence(tr("Ctrl+I")), this, &MainWindow::importFiles);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Light theme"), this, [] { applyTheme(false); });
    view->addAction(tr("&Dark theme"), this, [] { applyTheme(true); });
    view->addAction(dock->toggleViewAction());
    resize(1100, 600);
}

int MainWindow::recordingCount() const { return table_->rowCount(); }

void MainWindow::openWorkspace(const QString& path) {
    if (QFileInfo::exists(path)) {
        showWorkspace(path);
        return;
    }
    statusBar()->showMessage(tr("Creating the demo workspace..."));
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (!error.isEmpty()) {
            QMessageBox::critical(this, tr("Demo workspace"), error);
            return;
        }
        showWorkspace(path);
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

void MainWindow::showWorkspace(const QString& path) {
    QString error;
    auto ws = core::Workspace::open(path, &error);
    if (!ws) {
        QMessageBox::critical(this, tr("Open workspace"), error);
        return;
    }
    workspacePath_ = path;
    core::RecordingStore store(*ws);
    const auto recordings = store.list(&error);
    table_->setRowCount(0);
    rowIds_.clear();
    for (const core::StoredRecording& r : recordings) {
        rowIds_ << r.id;
        const int row = table_->rowCount();
        table_->insertRow(row);
        const QStringList cells = {r.path, r.format, r.reader, QString::number(r.signalCount),
                                   QString::number(r.mapping.mapped().size()),
                                   QString::number(r.durationSeconds),
                                   QString::number(r.annotationCount)};
        for (int c = 0; c < cells.size(); ++c) table_->setItem(row, c, new QTableWidgetItem(cells[c]));
        if (!r.warnings.isEmpty()) table_->item(row, 0)->setToolTip(r.warnings.join('\n'));
    }
    setWindowTitle(tr("ALFEE Workbench - %1").arg(QFileInfo(path).fileName()));
    statusBar()->showMessage(tr("%n recording(s) in %1", nullptr, table_->rowCount()).arg(path));
    emit workspaceShown();
}

bool MainWindow::viewRecording(int row) {
    if (row < 0 || row >= rowIds_.size()) return false;
    QString error;
    auto ws = core::Workspace::open(workspacePath_, &error);
    const auto stored = ws ? core::RecordingStore(*ws).byId(rowIds_[row], &error) : std::nullopt;
    if (!stored || !viewer_->openRecording(stored->path, &error, &stored->mapping)) {
        QMessageBox::warning(this, tr("Open recording"), error);
        return false;
    }
    fillAnnotations();
    tabs_->setCurrentWidget(viewer_);
    viewer_->setFocus();
    return true;
}

void MainWindow::fillAnnotations() {
    annotations_->clear();
    for (const core::Annotation& a : viewer_->info()->annotations) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 s  %2").arg(a.onsetSeconds(), 8, 'f', 2).arg(a.text));
        item->setData(Qt::UserRole, a.onsetSeconds());
        annotations_->addItem(item);
    }
}

void MainWindow::applyTheme(bool dark) {
    QApplication::setStyle(QStyleFactory::create("Fusion"));
    if (!dark) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QPalette p;
    p.setColor(QPalette::Window, QColor(37, 37, 38));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(24, 24, 26));
    p.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
    p.setColor(QPalette::Text, QColor(225, 225, 225));
    p.setColor(QPalette::Button, QColor(50, 50, 52));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::Mid, QColor(80, 80, 84));
    p.setColor(QPalette::Highlight, QColor(64, 140, 230));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(50, 50, 52));
    p.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    QApplication::setPalette(p);
}

void MainWindow::importFiles() {
    if (workspacePath_.isEmpty()) return;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import recordings"), {}, tr("EEG recordings (*.edf *.EDF *.bdf *.BDF)"));
    if (paths.isEmpty()) return;
    QString error;
    auto ws = core::Workspace::open(workspacePath_, &error);
    if (!ws) return;
    core::RecordingStore store(*ws);
    QStringList failures;
    QProgressDialog progress(tr("Importing..."), tr("Cancel"), 0, paths.size(), this);
    progress.setWindowModality(Qt::WindowModal);
    for (int i = 0; i < paths.size() && !progress.wasCanceled(); ++i) {
        progress.setValue(i);
        const core::ImportOutcome o = store.importFile(paths[i]);
        if (o.kind == core::ImportOutcome::Kind::Failed) failures << o.message;
    }
    ws.reset();
    showWorkspace(workspacePath_);
    if (!failures.isEmpty())
        QMessageBox::warning(this, tr("Some files could not be imported"), failures.join("\n"));
}

}  // namespace alfee::ui
