#include "ui/main_window.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableWidget>

#include "core/electrodes/channel_mapping.h"
#include "core/recording/recording.h"

namespace alfee::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("ALFEE Workbench"));
    table_ = new QTableWidget(0, 6, this);
    table_->setHorizontalHeaderLabels({tr("File"), tr("Format"), tr("Channels"),
                                       tr("Mapped electrodes"), tr("Duration (s)"),
                                       tr("Annotations")});
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    setCentralWidget(table_);
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open recordings..."), QKeySequence::Open, this, &MainWindow::openFiles);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    statusBar()->showMessage(tr("Open EDF, EDF+, BDF or BDF+ recordings"));
    resize(1000, 600);
}

void MainWindow::openFiles() {
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open recordings"), {}, tr("EEG recordings (*.edf *.EDF *.bdf *.BDF)"));
    if (!paths.isEmpty()) showRecordings(paths);
}

void MainWindow::showRecordings(const QStringList& paths) {
    QStringList failures;
    for (const QString& path : paths) {
        QString error;
        auto rec = core::Recording::open(path, &error);
        if (!rec) {
            failures << error;
            continue;
        }
        const auto& info = rec->info();
        const auto mapping = core::ChannelMapping::fromRecording(info);
        const int row = table_->rowCount();
        table_->insertRow(row);
        const QStringList cells = {path,
                                   info.format,
                                   QString::number(info.signalInfos.size()),
                                   QString::number(mapping.mapped().size()),
                                   QString::number(info.durationSeconds()),
                                   QString::number(info.annotations.size())};
        for (int c = 0; c < cells.size(); ++c) table_->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    if (!failures.isEmpty())
        QMessageBox::warning(this, tr("Some files could not be opened"), failures.join("\n"));
    statusBar()->showMessage(tr("%n recording(s)", nullptr, table_->rowCount()));
}

}  // namespace alfee::ui
