// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The montage editor: the channel mapping of a recording (file label -> electrode, type,
// included), the reference scheme, montage files, a head view of the covered positions; every
// edit can be undone.

#include <QHash>
#include <QWidget>

#include "core/electrodes/channel_mapping.h"
#include "core/montage/montage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QPushButton;
class QUndoStack;

namespace alfee::ui {

class HeadView;
class WorkspaceDocument;

// Edits the stored mapping of one workspace recording.
class MontageEditor : public QWidget {
    Q_OBJECT
  public:
    explicit MontageEditor(QWidget* parent = nullptr);
    ~MontageEditor() override;

    // The window's document: another workspace opened there forgets this one's edits.
    void setDocument(WorkspaceDocument* document);
    // Alone (without a window's document): opens `path` into a document of its own.
    void setWorkspace(const QString& path);
    bool showRecording(qint64 id);
    qint64 recordingId() const { return recordingId_; }

    // Edits (each an undoable command); a clash or an unknown electrode changes nothing.
    bool setElectrode(int row, const QString& electrode, QString* error);
    void setIncluded(int row, bool included);
    bool saveMapping(QString* error);

    const core::ChannelMapping& mapping() const { return mapping_; }
    void setMapping(const core::ChannelMapping& mapping);  // used by the undo commands
    // The reference scheme in force (typed pairs that were refused are not part of it).
    const core::Montage& montage() const { return current_; }
    void setMontage(const core::Montage& montage);
    // Writes the montage to `path`, with ".json" added when the name has no such ending (the
    // load dialog lists *.json only); *written is the file's name.
    bool saveMontageFile(const QString& path, QString* error, QString* written = nullptr) const;
    bool loadMontageFile(const QString& path, QString* error);

    // The undo history of the recording shown; each recording keeps its own, and its unsaved
    // edits, while another one is shown. All of them belong to the document's undo group.
    QUndoStack* undoStack() const { return stack_; }
    bool hasUnsavedEdits(qint64 id) const;
    QTableWidget* table() const { return table_; }
    HeadView* headView() const { return head_; }

  signals:
    void mappingSaved(qint64 id);
    // Another recording's history is the one undoStack() gives now.
    void undoStackChanged(QUndoStack* stack);
    void montageChanged(const core::Montage& montage);
    void message(const QString& text);

  private:
    void fillTable();
    void offerApplicableReferences();
    core::Montage montageFromControls() const;
    void cellEdited(int row, int column);
    void referenceEdited();
    void push(const core::ChannelMapping& after, const QString& text);
    void showTitle();
    QStringList unknownElectrodes(const core::Montage& montage) const;
    void forgetEdits();
    QUndoStack* newStack();
    void showStack(QUndoStack* stack);

    WorkspaceDocument* document_ = nullptr;
    qint64 recordingId_ = -1;
    core::ChannelMapping mapping_;
    QTableWidget* table_ = nullptr;
    HeadView* head_ = nullptr;
    QComboBox* reference_ = nullptr;
    QLineEdit* pairs_ = nullptr;
    QLabel* title_ = nullptr;
    QLabel* refusal_ = nullptr;  // why the typed pairs were not applied
    QPushButton *undoButton_ = nullptr, *redoButton_ = nullptr;
    QUndoStack* stack_ = nullptr;  // the one shown: of the recording shown, or idleStack_
    QUndoStack* idleStack_ = nullptr;
    QHash<qint64, QUndoStack*> stacks_;            // per recording
    QHash<qint64, core::ChannelMapping> pending_;  // edited mappings not saved yet
    QString fileName_;
    bool filling_ = false;
    core::Montage current_{QStringLiteral("as recorded"), core::Montage::Kind::AsRecorded, {}};
};

}  // namespace alfee::ui
