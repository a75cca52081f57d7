// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The dataset manager: imports (also by drag and drop) with progress on a worker thread, the
// table of recordings, and the workspace's datasets with their counts.

#include <QWidget>
#include <functional>

#include "ui/datasets/import_report.h"

class QLineEdit;
class QListWidget;
class QTableWidget;
class QTextBrowser;
class QThread;
class QUndoCommand;
class QUndoStack;

namespace alfee::core {
class Workspace;
}

namespace alfee::ui {

class ImportWorker;
struct EditContext;
class ProgressPanel;
class WorkspaceDocument;

// Recordings and datasets of one workspace.
class DatasetManager : public QWidget {
    Q_OBJECT
  public:
    explicit DatasetManager(QWidget* parent = nullptr);
    ~DatasetManager() override;

    // The window's document; the tables follow what it says changed.
    void setDocument(WorkspaceDocument* document);
    // Alone (without a window's document): opens `path` into a document of its own.
    void setWorkspace(const QString& path);
    QString workspace() const;
    void refresh();
    void importPaths(const QStringList& paths);  // asynchronous; importFinished when done
    // Asked before each import (the main window asks before the demo workspace takes a user's
    // files, and may show another workspace first); false: nothing is imported.
    std::function<bool(const QStringList& paths)> beforeImport;
    bool isImporting() const { return thread_ != nullptr; }
    void cancelImport();
    void newDataset();
    void editDataset(const QString& name);  // the builder on its spec: saving asks to replace

    // Undoable edits (false, with the reason in *error and nothing in the history, if refused).
    bool deleteRecording(qint64 id, QString* error);
    bool renameRecording(qint64 id, const QString& newFileName, QString* error);
    bool deleteDataset(const QString& name, QString* error);
    bool renameDataset(const QString& from, const QString& to, QString* error);
    QUndoStack* undoStack() const { return undo_; }

    int recordingCount() const;
    qint64 recordingIdAt(int row) const;    // the table sorts: rows carry their ids
    void applyFilter(const QString& text);  // shows the rows with the text in any column
    QTableWidget* table() const { return table_; }
    QListWidget* datasets() const { return datasets_; }
    ImportReport* importReport() const { return report_; }
    const QVector<ImportLine>& lastImport() const { return lastImport_; }

  signals:
    void recordingActivated(qint64 id);
    void recordingSelected(qint64 id);
    void importFinished(int imported, const QStringList& failures);
    // Where an import is (`text`: the file at hand), for the window's status bar: the panel
    // below the table is not seen from the other tabs.
    void importProgress(int done, int total, const QString& text);
    void message(const QString& text);

  protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

  private:
    void fillRecordings();
    void fillRecordingRows();
    void fillDatasets();
    void showDataset();
    void importDone(const QVector<ImportLine>& lines, bool cancelled);
    void makeContextMenus();
    void askRenameRecording(int row);
    void exportDatasetEvents();
    void askDeleteRecording(int row);
    void askRenameDataset();
    void askDeleteDataset();
    bool pushEdit(QUndoCommand* edit, const QString& error);
    EditContext editContext();
    core::Workspace* openWorkspace() const;  // the document's, or null

    WorkspaceDocument* document_ = nullptr;
    QTableWidget* table_ = nullptr;
    QListWidget* datasets_ = nullptr;
    QTextBrowser* details_ = nullptr;
    ProgressPanel* progress_ = nullptr;
    QThread* thread_ = nullptr;
    ImportWorker* worker_ = nullptr;
    QLineEdit* filter_ = nullptr;
    ImportReport* report_ = nullptr;
    QUndoStack* undo_ = nullptr;
    QVector<ImportLine> lastImport_;
};

}  // namespace alfee::ui
