// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/viewer/recording_annotations.h"

#include <QUndoCommand>
#include <QUndoStack>
#include <algorithm>
#include <utility>

#include "core/workspace/recording_store.h"
#include "ui/common/workspace_document.h"

namespace alfee::ui {
namespace {

// One edit: the recording's annotations before and after it (tens to thousands of them: a
// whole list is small beside the recording).
class AnnotationEdit : public QUndoCommand {
  public:
    AnnotationEdit(RecordingAnnotations* owner, qint64 recording, QVector<core::Annotation> before,
                   QVector<core::Annotation> after, const QString& text)
        : QUndoCommand(text),
          owner_(owner),
          recording_(recording),
          before_(std::move(before)),
          after_(std::move(after)) {}
    void undo() override { apply(before_); }
    void redo() override {
        if (!std::exchange(done_, false)) apply(after_);
    }

  private:
    // Refused (the recording gone, the workspace locked): the command leaves the history, which
    // would otherwise disagree with the workspace.
    void apply(const QVector<core::Annotation>& list) {
        QString error;
        if (owner_->apply(recording_, list, &error)) return;
        setObsolete(true);
        emit owner_->problem(error);
    }
    RecordingAnnotations* owner_;
    qint64 recording_;
    QVector<core::Annotation> before_, after_;
    bool done_ = true;  // carried out before it was pushed
};

// In time order, as the files and the list show them (a stable sort keeps equal onsets as given).
void sortByOnset(QVector<core::Annotation>* list) {
    std::stable_sort(list->begin(), list->end(),
                     [](const auto& a, const auto& b) { return a.onset100ns < b.onset100ns; });
}

}  // namespace

RecordingAnnotations::RecordingAnnotations(QObject* parent) : QObject(parent) {}

void RecordingAnnotations::setDocument(WorkspaceDocument* document) {
    document_ = document;
    for (QUndoStack* stack : std::as_const(stacks_)) document_->addUndoStack(stack);
    // Another workspace: the histories were about its recordings.
    connect(document_, &WorkspaceDocument::opened, this, [this] {
        clear();
        qDeleteAll(stacks_);
        stacks_.clear();
    });
    connect(document_, &WorkspaceDocument::recordingsChanged, this,
            &RecordingAnnotations::checkRecordingStays);
    connect(document_, &WorkspaceDocument::changedElsewhere, this,
            &RecordingAnnotations::readAgain);
}

// Another process (alfee, a second window) may have edited them: the list shown follows, and
// this window's history of them ends.
void RecordingAnnotations::readAgain() {
    checkRecordingStays();
    core::Workspace* ws = document_ ? document_->workspace() : nullptr;
    if (recordingId_ < 0 || !ws) return;
    QString error;
    QVector<core::Annotation> now = core::RecordingStore(*ws).annotations(recordingId_, &error);
    if (!error.isEmpty() || now == list_) return;
    list_ = std::move(now);
    undoStack()->clear();  // its lists were of what was there before: an undo would lose the edit
    emit changed();
}

// SQLite gives a deleted recording's id to the next import: an edit of the recording shown must
// never land on another one's annotations.
void RecordingAnnotations::checkRecordingStays() {
    core::Workspace* ws = document_ ? document_->workspace() : nullptr;
    if (recordingId_ < 0 || !ws) return;
    QString error;
    const auto stored = core::RecordingStore(*ws).byId(recordingId_, &error);
    if (stored && stored->sha256 == sha256_) return;
    delete stacks_.take(recordingId_);
    recordingId_ = -1;
    emit undoStackChanged(nullptr);
    emit recordingGone();
}

bool RecordingAnnotations::showRecording(qint64 id, QString* error) {
    core::Workspace* ws = document_ ? document_->workspace() : nullptr;
    if (!ws) {
        *error = tr("No workspace is open.");
        return false;
    }
    QString why;
    core::RecordingStore store(*ws);
    const auto stored = store.byId(id, &why);
    QVector<core::Annotation> list = stored ? store.annotations(id, &why) : list_;
    if (!stored || !why.isEmpty()) {
        *error = why;
        return false;
    }
    recordingId_ = id;
    sha256_ = stored->sha256;
    list_ = std::move(list);
    if (!stacks_.contains(id)) {
        stacks_[id] = new QUndoStack(this);
        document_->addUndoStack(stacks_[id]);
    }
    emit undoStackChanged(stacks_[id]);
    emit changed();
    return true;
}

void RecordingAnnotations::showFile(const QVector<core::Annotation>& annotations) {
    recordingId_ = -1;
    list_ = annotations;
    emit undoStackChanged(nullptr);
    emit changed();
}

void RecordingAnnotations::clear() {
    showFile({});
}

QString RecordingAnnotations::whyNotEditable() const {
    if (editable()) return {};
    return tr(
        "Annotations are edited in the workspace, never in the file: import the recording "
        "(File > Import recordings...) and open it from the Datasets tab to edit them.");
}

QUndoStack* RecordingAnnotations::undoStack() const {
    return stacks_.value(recordingId_);
}

bool RecordingAnnotations::add(const core::Annotation& annotation, QString* error) {
    QVector<core::Annotation> after = list_;
    after.push_back(annotation);
    sortByOnset(&after);
    return push(after, tr("Add annotation %1").arg(annotation.text), error);
}

bool RecordingAnnotations::change(int index, const core::Annotation& annotation, QString* error) {
    if (index < 0 || index >= list_.size() || list_[index] == annotation) return false;
    QVector<core::Annotation> after = list_;
    after[index] = annotation;
    sortByOnset(&after);
    const core::Annotation& was = list_[index];
    const QString text = was.text != annotation.text ? tr("Rename annotation %1").arg(was.text)
                         : was.channels != annotation.channels
                             ? tr("Channels of annotation %1").arg(was.text)
                             : tr("Move annotation %1").arg(was.text);
    return push(after, text, error);
}

bool RecordingAnnotations::remove(int index, QString* error) {
    if (index < 0 || index >= list_.size()) return false;
    QVector<core::Annotation> after = list_;
    after.remove(index);
    return push(after, tr("Delete annotation %1").arg(list_[index].text), error);
}

// Carried out first, so that a refused write never enters the history.
bool RecordingAnnotations::push(const QVector<core::Annotation>& after, const QString& text,
                                QString* error) {
    if (!editable()) {
        *error = whyNotEditable();
        return false;
    }
    QVector<core::Annotation> before = list_;
    if (!apply(recordingId_, after, error)) return false;
    undoStack()->push(new AnnotationEdit(this, recordingId_, std::move(before), after, text));
    return true;
}

bool RecordingAnnotations::apply(qint64 recording, const QVector<core::Annotation>& annotations,
                                 QString* error) {
    core::Workspace* ws = document_ ? document_->workspace() : nullptr;
    if (!ws) {
        *error = tr("No workspace is open.");
        return false;
    }
    if (!core::RecordingStore(*ws).replaceAnnotations(recording, annotations, error)) return false;
    if (recording == recordingId_) {
        list_ = annotations;
        emit changed();
    }
    emit document_->annotationsChanged(recording);
    return true;
}

}  // namespace alfee::ui
