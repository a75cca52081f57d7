// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The annotations of the recording in the viewer as the workspace keeps them, and their
// undoable edits: added, moved, resized, renamed, given channels, deleted. Each edit is saved at
// once through the workspace's one annotation writer (core::RecordingStore::replaceAnnotations);
// the recording's file is never written.

#include <QHash>
#include <QObject>
#include <QVector>

#include "core/recording/recording_info.h"

class QUndoStack;

namespace alfee::ui {

class WorkspaceDocument;

// One recording's annotations; editable when the recording is in the document's workspace.
class RecordingAnnotations : public QObject {
    Q_OBJECT
  public:
    explicit RecordingAnnotations(QObject* parent = nullptr);

    // The document whose workspace keeps the edits; its annotationsChanged tells the others.
    void setDocument(WorkspaceDocument* document);
    // A workspace recording: its annotations as the workspace has them (edited or the file's).
    bool showRecording(qint64 id, QString* error);
    // A file opened outside the workspace: its own annotations, not editable.
    void showFile(const QVector<core::Annotation>& annotations);
    void clear();

    const QVector<core::Annotation>& list() const { return list_; }
    qint64 recordingId() const { return recordingId_; }
    bool editable() const { return recordingId_ >= 0 && document_; }
    // Why edits are refused here (empty when they are not).
    QString whyNotEditable() const;

    // Each an undoable command, saved at once; false with *error (nothing changes) when the
    // recording is not editable or the workspace refuses the write.
    bool add(const core::Annotation& annotation, QString* error);
    bool change(int index, const core::Annotation& annotation, QString* error);
    bool remove(int index, QString* error);

    // The undo history of the recording shown (each recording keeps its own); null for a file.
    QUndoStack* undoStack() const;
    // Puts `annotations` into the workspace for the recording shown (the commands' work).
    bool apply(qint64 recording, const QVector<core::Annotation>& annotations, QString* error);

  signals:
    void changed();  // list() is another one
    // The recording shown left the workspace (deleted, or its id given to another import):
    // its histories are dropped and nothing is editable until a recording is shown again.
    void recordingGone();
    void undoStackChanged(QUndoStack* stack);
    void problem(const QString& message);

  private:
    bool push(const QVector<core::Annotation>& after, const QString& text, QString* error);
    void checkRecordingStays();
    void readAgain();

    WorkspaceDocument* document_ = nullptr;
    qint64 recordingId_ = -1;
    QString sha256_;  // of the recording shown: an id reused by a later import is another one
    QVector<core::Annotation> list_;
    QHash<qint64, QUndoStack*> stacks_;
};

}  // namespace alfee::ui
