// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Undoable edits of a workspace's recordings and datasets, for the dataset manager: each is
// carried out (and checked) before it is pushed, so a refused edit never enters the history.

#include <QUndoCommand>
#include <functional>

#include "core/dataset/dataset_store.h"
#include "core/workspace/recording_store.h"

namespace alfee::ui {

class WorkspaceDocument;

// Where the commands edit (the document tells the tabs what changed), and how they show a
// message (an undo that could not be carried out, e.g. a file moved away meanwhile).
struct EditContext {
    WorkspaceDocument* document = nullptr;
    std::function<void(const QString&)> problem;
};

// Deletes a dataset; undo stores the copy taken before, its windows pointed at the recordings
// by content (an undone recording delete gives the recording a new id).
class DeleteDatasetEdit : public QUndoCommand {
  public:
    static DeleteDatasetEdit* make(const EditContext& context, const QString& name, QString* error);
    void undo() override;
    void redo() override;

  private:
    DeleteDatasetEdit(EditContext context, core::StoredDataset copy, QHash<qint64, QString> sha);
    EditContext context_;
    core::StoredDataset copy_;
    QHash<qint64, QString> sha_;  // recording id at delete time -> SHA-256 of its file
    bool done_ = true;            // carried out by make()
};

// Renames a dataset (and undoes it).
class RenameDatasetEdit : public QUndoCommand {
  public:
    static RenameDatasetEdit* make(const EditContext& context, const QString& from,
                                   const QString& to, QString* error);
    void undo() override;
    void redo() override;

  private:
    RenameDatasetEdit(EditContext context, QString from, QString to);
    void apply(const QString& from, const QString& to);
    EditContext context_;
    QString from_, to_;
    bool done_ = true;
};

// Forgets a recording; undo imports its file again and puts its mapping and its edited
// annotations back.
class DeleteRecordingEdit : public QUndoCommand {
  public:
    static DeleteRecordingEdit* make(const EditContext& context, qint64 id, QString* error);
    void undo() override;
    void redo() override;

  private:
    DeleteRecordingEdit(EditContext context, core::StoredRecording copy,
                        std::optional<QVector<core::Annotation>> edited);
    EditContext context_;
    core::StoredRecording copy_;
    std::optional<QVector<core::Annotation>> editedAnnotations_;  // none: as the file has them
    bool done_ = true;
};

// Renames a recording's file on disk (and back). Finds the recording by its path, as an undone
// delete gives it a new id.
class RenameRecordingEdit : public QUndoCommand {
  public:
    static RenameRecordingEdit* make(const EditContext& context, qint64 id, const QString& newName,
                                     QString* error);
    void undo() override;
    void redo() override;

  private:
    RenameRecordingEdit(EditContext context, QString folder, QString from, QString to);
    void apply(const QString& from, const QString& to);
    EditContext context_;
    QString folder_, from_, to_;
    bool done_ = true;
};

}  // namespace alfee::ui
