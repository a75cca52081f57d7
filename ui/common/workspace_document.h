// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The workspace a window shows, as one document (after Tiled's MapDocument): the GUI thread's
// one connection to it, the undo group every edit goes through, and the signals the tabs listen
// to instead of each opening the workspace by path and polling it.

#include <QObject>
#include <memory>

class QTimer;
class QUndoGroup;
class QUndoStack;

namespace alfee::core {
class Workspace;
}

namespace alfee::ui {

// One open workspace for the widgets of the GUI thread. Worker threads (imports, jobs) open
// their own connection by path(): a core::Workspace is not thread-safe.
class WorkspaceDocument : public QObject {
    Q_OBJECT
  public:
    explicit WorkspaceDocument(QObject* parent = nullptr);
    ~WorkspaceDocument() override;

    // Shows the workspace at `path` instead of the one open (created there first when `create`
    // and nothing is there); false, with the file and the problem in *error, leaves the one open.
    bool open(const QString& path, QString* error, bool create = false);
    // Closes the workspace open (the tabs then show none).
    void close();
    // open() for a path, close() for none; the problem, or empty (a widget used alone).
    QString show(const QString& path, bool create = false);
    bool isOpen() const { return workspace_ != nullptr; }
    QString path() const;
    // The open workspace, or null; valid until the next open().
    core::Workspace* workspace() const { return workspace_.get(); }

    // Every tab's undo history belongs to this group; the window makes the one of the tab shown
    // active, and the Edit menu acts on it.
    QUndoGroup* undoGroup() const { return undoGroup_; }
    void addUndoStack(QUndoStack* stack);

  signals:
    // Before another workspace replaces this one (what is deleted here goes for good then).
    void aboutToClose();
    // Another workspace is open, or none after close(): everything shown of the last is stale.
    void opened();
    // What the tabs of this window changed, through this document's connection.
    void recordingsChanged();
    void datasetsChanged();
    void mappingChanged(qint64 recording);
    void annotationsChanged(qint64 recording);
    // Another connection wrote to the workspace: a job's worker thread, an import, or `alfee`
    // on the command line (SQLite's data_version, looked at every two seconds).
    void changedElsewhere();

  private:
    void lookForOtherWriters();

    std::unique_ptr<core::Workspace> workspace_;
    QUndoGroup* undoGroup_ = nullptr;
    QTimer* watch_ = nullptr;
    qint64 dataVersion_ = -1;
};

}  // namespace alfee::ui
