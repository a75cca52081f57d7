// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/datasets/workspace_edits.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "core/workspace/workspace.h"
#include "ui/common/workspace_document.h"

namespace alfee::ui {
namespace {

// Runs `edit` on the document's workspace; reports a failure through the context, a change to
// the document's listeners.
bool withWorkspace(const EditContext& context,
                   const std::function<bool(core::Workspace&, QString*)>& edit,
                   QString* error = nullptr) {
    QString why;
    core::Workspace* ws = context.document ? context.document->workspace() : nullptr;
    if (!ws)
        why = QCoreApplication::translate("alfee::ui::DatasetManager", "No workspace is open.");
    const bool ok = ws && edit(*ws, &why);
    if (!ok && error) *error = why;
    if (!ok && !error) context.problem(why);
    if (ok) {
        emit context.document->recordingsChanged();
        emit context.document->datasetsChanged();
    }
    return ok;
}

}  // namespace

DeleteDatasetEdit* DeleteDatasetEdit::make(const EditContext& context, const QString& name,
                                           QString* error) {
    std::optional<core::StoredDataset> copy;
    QHash<qint64, QString> sha;
    const bool ok = withWorkspace(
        context,
        [&](core::Workspace& ws, QString* why) {
            copy = core::DatasetStore(ws).load(name, why);
            if (!copy) return false;
            for (const core::StoredRecording& r : core::RecordingStore(ws).list(why))
                sha[r.id] = r.sha256;
            return core::DatasetStore(ws).remove(name, why);
        },
        error);
    return ok ? new DeleteDatasetEdit(context, *copy, sha) : nullptr;
}

DeleteDatasetEdit::DeleteDatasetEdit(EditContext context, core::StoredDataset copy,
                                     QHash<qint64, QString> sha)
    : QUndoCommand(QCoreApplication::translate("alfee::ui::WorkspaceEdits", "Delete dataset %1")
                       .arg(copy.spec.name)),
      context_(std::move(context)),
      copy_(std::move(copy)),
      sha_(std::move(sha)) {}

void DeleteDatasetEdit::undo() {
    withWorkspace(context_, [&](core::Workspace& ws, QString* why) {
        QHash<QString, qint64> now;  // SHA-256 -> id today
        for (const core::StoredRecording& r : core::RecordingStore(ws).list(why))
            now[r.sha256] = r.id;
        core::StoredDataset restored = copy_;
        for (core::DatasetItem& item : restored.items) {
            const qint64 id = now.value(sha_.value(item.recordingId), -1);
            if (id < 0) {
                *why = QCoreApplication::translate(
                           "alfee::ui::WorkspaceEdits",
                           "dataset %1 needs a recording that is no longer in the "
                           "workspace")
                           .arg(copy_.spec.name);
                return false;
            }
            item.recordingId = id;
        }
        return core::DatasetStore(ws).restore(restored, why);
    });
}

void DeleteDatasetEdit::redo() {
    if (std::exchange(done_, false)) return;
    withWorkspace(context_, [&](core::Workspace& ws, QString* why) {
        return core::DatasetStore(ws).remove(copy_.spec.name, why);
    });
}

RenameDatasetEdit* RenameDatasetEdit::make(const EditContext& context, const QString& from,
                                           const QString& to, QString* error) {
    const bool ok = withWorkspace(
        context,
        [&](core::Workspace& ws, QString* why) {
            return core::DatasetStore(ws).rename(from, to.trimmed(), why);
        },
        error);
    return ok ? new RenameDatasetEdit(context, from, to.trimmed()) : nullptr;
}

RenameDatasetEdit::RenameDatasetEdit(EditContext context, QString from, QString to)
    : QUndoCommand(
          QCoreApplication::translate("alfee::ui::WorkspaceEdits", "Rename dataset %1 to %2")
              .arg(from, to)),
      context_(std::move(context)),
      from_(std::move(from)),
      to_(std::move(to)) {}

void RenameDatasetEdit::apply(const QString& from, const QString& to) {
    withWorkspace(context_, [&](core::Workspace& ws, QString* why) {
        return core::DatasetStore(ws).rename(from, to, why);
    });
}

void RenameDatasetEdit::undo() {
    apply(to_, from_);
}

void RenameDatasetEdit::redo() {
    if (!std::exchange(done_, false)) apply(from_, to_);
}

DeleteRecordingEdit* DeleteRecordingEdit::make(const EditContext& context, qint64 id,
                                               QString* error) {
    std::optional<core::StoredRecording> copy;
    std::optional<QVector<core::Annotation>> edited;
    const bool ok = withWorkspace(
        context,
        [&](core::Workspace& ws, QString* why) {
            core::RecordingStore store(ws);
            copy = store.byId(id, why);
            if (copy && !store.annotationsEditedAt(id, why).isEmpty())
                edited = store.annotations(id, why);
            return copy && why->isEmpty() && store.remove(id, why);
        },
        error);
    return ok ? new DeleteRecordingEdit(context, *copy, edited) : nullptr;
}

DeleteRecordingEdit::DeleteRecordingEdit(EditContext context, core::StoredRecording copy,
                                         std::optional<QVector<core::Annotation>> edited)
    : QUndoCommand(QCoreApplication::translate("alfee::ui::WorkspaceEdits", "Delete recording %1")
                       .arg(copy.fileName())),
      context_(std::move(context)),
      copy_(std::move(copy)),
      editedAnnotations_(std::move(edited)) {}

void DeleteRecordingEdit::undo() {
    // Imported again from its file (a new id), with the mapping and the edited annotations it
    // had.
    withWorkspace(context_, [&](core::Workspace& ws, QString* why) {
        core::RecordingStore store(ws);
        const core::ImportOutcome o = store.importFile(copy_.path);
        if (o.kind == core::ImportOutcome::Kind::Failed) {
            *why = o.message;
            return false;
        }
        copy_.id = o.recordingId;
        return store.saveMapping(copy_.id, copy_.mapping, why) &&
               (!editedAnnotations_ ||
                store.replaceAnnotations(copy_.id, *editedAnnotations_, why));
    });
}

void DeleteRecordingEdit::redo() {
    if (std::exchange(done_, false)) return;
    withWorkspace(context_, [&](core::Workspace& ws, QString* why) {
        return core::RecordingStore(ws).remove(copy_.id, why);
    });
}

RenameRecordingEdit* RenameRecordingEdit::make(const EditContext& context, qint64 id,
                                               const QString& newName, QString* error) {
    QString path;
    const bool ok = withWorkspace(
        context,
        [&](core::Workspace& ws, QString* why) {
            core::RecordingStore store(ws);
            const auto r = store.byId(id, why);
            if (r) path = r->path;
            return r && store.renameFile(id, newName, why);
        },
        error);
    const QFileInfo old(path);
    return ok ? new RenameRecordingEdit(context, old.path(), old.fileName(), newName.trimmed())
              : nullptr;
}

RenameRecordingEdit::RenameRecordingEdit(EditContext context, QString folder, QString from,
                                         QString to)
    : QUndoCommand(QCoreApplication::translate("alfee::ui::WorkspaceEdits", "Rename %1 to %2")
                       .arg(from, to)),
      context_(std::move(context)),
      folder_(std::move(folder)),
      from_(std::move(from)),
      to_(std::move(to)) {}

void RenameRecordingEdit::apply(const QString& from, const QString& to) {
    withWorkspace(context_, [&](core::Workspace& ws, QString* why) {
        core::RecordingStore store(ws);
        const auto r = store.find(folder_ + "/" + from, why);
        return r && store.renameFile(r->id, to, why);
    });
}

void RenameRecordingEdit::undo() {
    apply(to_, from_);
}

void RenameRecordingEdit::redo() {
    if (!std::exchange(done_, false)) apply(from_, to_);
}

}  // namespace alfee::ui
