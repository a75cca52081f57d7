// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/montage/montage_editor.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include "core/electrodes/electrode_vocabulary.h"
#include "core/workspace/recording_store.h"
#include "core/workspace/workspace.h"
#include "ui/common/workspace_document.h"
#include "ui/montage/head_view.h"

namespace alfee::ui {
namespace {

enum Column { kLabel, kElectrode, kType, kIncluded, kNote };

// One edit of the mapping, kept as the whole mapping before and after (mappings are small).
class MappingEdit : public QUndoCommand {
  public:
    MappingEdit(MontageEditor* editor, core::ChannelMapping before, core::ChannelMapping after,
                const QString& text)
        : QUndoCommand(text),
          editor_(editor),
          before_(std::move(before)),
          after_(std::move(after)) {}
    void undo() override { editor_->setMapping(before_); }
    void redo() override { editor_->setMapping(after_); }

  private:
    MontageEditor* editor_;
    core::ChannelMapping before_, after_;
};

// A change of the reference scheme (or of the custom pairs).
class ReferenceEdit : public QUndoCommand {
  public:
    ReferenceEdit(MontageEditor* editor, core::Montage before, core::Montage after)
        : QUndoCommand(QObject::tr("Reference: %1").arg(after.name)),
          editor_(editor),
          before_(std::move(before)),
          after_(std::move(after)) {}
    void undo() override { editor_->setMontage(before_); }
    void redo() override { editor_->setMontage(after_); }

  private:
    MontageEditor* editor_;
    core::Montage before_, after_;
};

}  // namespace

MontageEditor::MontageEditor(QWidget* parent) : QWidget(parent) {
    idleStack_ = newStack();  // reference edits before any recording is shown
    title_ = new QLabel(tr("Select a recording in the Datasets tab to edit its mapping."), this);
    table_ = new QTableWidget(0, 5, this);
    table_->setHorizontalHeaderLabels(
        {tr("File label"), tr("Electrode"), tr("Type"), tr("Included"), tr("Note")});
    table_->horizontalHeader()->setStretchLastSection(true);
    head_ = new HeadView(this);
    reference_ = new QComboBox(this);
    reference_->addItems({tr("As recorded"), tr("Average reference"), tr("Linked ears (A1, A2)"),
                          tr("Double banana"), tr("Custom bipolar pairs")});
    pairs_ = new QLineEdit(this);
    pairs_->setPlaceholderText(tr("custom pairs, e.g. Fp1-F7, C3-C4"));
    // Refusals stay beside the pairs (the status bar is shared with the viewer's messages).
    refusal_ = new QLabel(this);
    refusal_->setWordWrap(true);
    refusal_->setObjectName("montageRefusal");
    refusal_->setStyleSheet("color: #c0392b");
    refusal_->setVisible(false);
    undoButton_ = new QPushButton(tr("Undo"), this);
    redoButton_ = new QPushButton(tr("Redo"), this);
    auto* saveMap = new QPushButton(tr("Save mapping"), this);
    auto* saveFile = new QPushButton(tr("Save montage..."), this);
    auto* loadFile = new QPushButton(tr("Load montage..."), this);
    connect(undoButton_, &QPushButton::clicked, this, [this] { stack_->undo(); });
    connect(redoButton_, &QPushButton::clicked, this, [this] { stack_->redo(); });
    showStack(idleStack_);
    connect(saveMap, &QPushButton::clicked, this, [this] {
        QString error;
        emit message(saveMapping(&error) ? tr("Mapping saved") : error);
    });
    connect(saveFile, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save montage"), {}, tr("Montages (*.json)"));
        QString error, written;
        if (path.isEmpty()) return;
        emit message(saveMontageFile(path, &error, &written)
                         ? tr("Montage saved to %1").arg(written)
                         : error);
    });
    connect(loadFile, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Load montage"), {}, tr("Montages (*.json)"));
        QString error;
        if (!path.isEmpty() && !loadMontageFile(path, &error)) emit message(error);
    });
    connect(table_, &QTableWidget::cellChanged, this, &MontageEditor::cellEdited);
    connect(reference_, &QComboBox::currentIndexChanged, this, &MontageEditor::referenceEdited);
    connect(pairs_, &QLineEdit::editingFinished, this, &MontageEditor::referenceEdited);
    auto* actions = new QHBoxLayout;
    for (QWidget* w : {static_cast<QWidget*>(undoButton_), static_cast<QWidget*>(redoButton_),
                       static_cast<QWidget*>(saveMap)})
        actions->addWidget(w);
    actions->addStretch();
    auto* reference = new QHBoxLayout;
    reference->addWidget(new QLabel(tr("Reference"), this));
    reference->addWidget(reference_);
    reference->addWidget(pairs_, 1);
    reference->addWidget(saveFile);
    reference->addWidget(loadFile);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(title_);
    leftLayout->addLayout(actions);
    leftLayout->addWidget(table_, 1);
    leftLayout->addLayout(reference);
    leftLayout->addWidget(refusal_);
    auto* split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(head_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);
}

// The histories go with the children, after the members: their last signals must not reach
// this editor then.
MontageEditor::~MontageEditor() {
    if (stack_) disconnect(stack_, nullptr, this, nullptr);
}

void MontageEditor::setDocument(WorkspaceDocument* document) {
    document_ = document;
    document_->addUndoStack(idleStack_);
    for (QUndoStack* stack : std::as_const(stacks_)) document_->addUndoStack(stack);
    connect(document_, &WorkspaceDocument::opened, this, &MontageEditor::forgetEdits);
    forgetEdits();
}

void MontageEditor::setWorkspace(const QString& path) {
    if (!document_) setDocument(new WorkspaceDocument(this));
    if (const QString error = document_->show(path); !error.isEmpty()) emit message(error);
}

// Another workspace: its recordings have other histories.
void MontageEditor::forgetEdits() {
    recordingId_ = -1;
    pending_.clear();
    idleStack_->clear();
    showStack(idleStack_);
    qDeleteAll(stacks_);
    stacks_.clear();
    mapping_ = core::ChannelMapping();
    fillTable();
    title_->setText(tr("Select a recording in the Datasets tab to edit its mapping."));
}

QUndoStack* MontageEditor::newStack() {
    auto* stack = new QUndoStack(this);
    if (document_) document_->addUndoStack(stack);
    return stack;
}

// The buttons act on `stack` and show what it can do.
void MontageEditor::showStack(QUndoStack* stack) {
    if (stack_) disconnect(stack_, nullptr, this, nullptr);
    stack_ = stack;
    connect(stack_, &QUndoStack::canUndoChanged, undoButton_, &QPushButton::setEnabled);
    connect(stack_, &QUndoStack::canRedoChanged, redoButton_, &QPushButton::setEnabled);
    connect(stack_, &QUndoStack::cleanChanged, this, &MontageEditor::showTitle);
    undoButton_->setEnabled(stack_->canUndo());
    redoButton_->setEnabled(stack_->canRedo());
    emit undoStackChanged(stack_);
}

bool MontageEditor::showRecording(qint64 id) {
    QString error = tr("No workspace is open.");
    core::Workspace* ws = document_ ? document_->workspace() : nullptr;
    const auto r = ws ? core::RecordingStore(*ws).byId(id, &error) : std::nullopt;
    if (!r) {
        emit message(error);
        return false;
    }
    if (recordingId_ >= 0 && hasUnsavedEdits(recordingId_)) pending_[recordingId_] = mapping_;
    recordingId_ = id;
    fileName_ = r->fileName();
    if (!stacks_.contains(id)) stacks_[id] = newStack();
    showStack(stacks_[id]);
    setMapping(pending_.contains(id) ? pending_.take(id) : r->mapping);
    showTitle();
    return true;
}

bool MontageEditor::hasUnsavedEdits(qint64 id) const {
    const QUndoStack* stack = stacks_.value(id);
    return (stack && !stack->isClean()) || (id != recordingId_ && pending_.contains(id));
}

void MontageEditor::showTitle() {
    if (recordingId_ < 0) return;
    title_->setText(hasUnsavedEdits(recordingId_)
                        ? tr("Mapping of %1 (unsaved changes)").arg(fileName_)
                        : tr("Mapping of %1").arg(fileName_));
}

void MontageEditor::setMapping(const core::ChannelMapping& mapping) {
    mapping_ = mapping;
    fillTable();
}

void MontageEditor::fillTable() {
    filling_ = true;
    table_->setRowCount(mapping_.entries().size());
    QStringList covered;
    for (int r = 0; r < mapping_.entries().size(); ++r) {
        const core::ChannelMapEntry& e = mapping_.entries()[r];
        auto* label = new QTableWidgetItem(e.label);
        label->setFlags(label->flags() & ~Qt::ItemIsEditable);
        auto* type = new QTableWidgetItem(core::channelTypeName(e.type));
        type->setFlags(type->flags() & ~Qt::ItemIsEditable);
        auto* included = new QTableWidgetItem;
        included->setFlags((included->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
        included->setCheckState(e.isModelInput() ? Qt::Checked : Qt::Unchecked);
        // Notes are stored in English; shown in the user's language.
        auto* note = new QTableWidgetItem(core::mappingNoteText(e.note));
        note->setFlags(note->flags() & ~Qt::ItemIsEditable);
        table_->setItem(r, kLabel, label);
        table_->setItem(r, kElectrode,
                        new QTableWidgetItem(core::electrodeDisplayName(e.electrode)));
        table_->setItem(r, kType, type);
        table_->setItem(r, kIncluded, included);
        table_->setItem(r, kNote, note);
        if (e.isModelInput()) covered << e.electrode;
    }
    head_->setCovered(covered);
    offerApplicableReferences();
    filling_ = false;
}

// Linked ears and the double banana are offered only where they apply (greyed otherwise, with
// the reason), so that choosing one never leaves the viewer with nothing to show.
void MontageEditor::offerApplicableReferences() {
    QStringList electrodes;
    for (const core::ChannelMapEntry& e : mapping_.mapped()) electrodes << e.electrode;
    auto* items = qobject_cast<QStandardItemModel*>(reference_->model());
    const bool none = recordingId_ < 0;  // before a recording: every scheme, to edit files
    const core::Montage ears{{}, core::Montage::Kind::LinkedEars, {}};
    QStandardItem* earsItem = items->item(2);
    earsItem->setEnabled(none || ears.appliesTo(electrodes));
    earsItem->setToolTip(earsItem->isEnabled() ? QString()
                                               : tr("This recording has no A1 and A2 (ears)"));
    QStandardItem* banana = items->item(3);
    banana->setEnabled(none || core::Montage::doubleBanana().appliesTo(electrodes));
    banana->setToolTip(banana->isEnabled()
                           ? QString()
                           : tr("None of the double banana's pairs has both electrodes here"));
}

void MontageEditor::push(const core::ChannelMapping& after, const QString& text) {
    undoStack()->push(new MappingEdit(this, mapping_, after, text));
}

bool MontageEditor::setElectrode(int row, const QString& electrode, QString* error) {
    core::ChannelMapping after = mapping_;
    const QString label = mapping_.entries().value(row).label;
    if (!after.overrideLabel(label, electrode, error)) {
        fillTable();  // put the cell back as it was
        return false;
    }
    push(after, tr("Map %1 to %2").arg(label, electrode.isEmpty() ? tr("nothing") : electrode));
    return true;
}

void MontageEditor::setIncluded(int row, bool included) {
    const core::ChannelMapEntry e = mapping_.entries().value(row);
    QString error;
    if (included) {
        // Back to the electrode the label names, if it is free.
        const QString electrode =
            e.electrode.isEmpty() ? core::normaliseChannelLabel(e.label) : e.electrode;
        if (!setElectrode(row, electrode, &error)) emit message(error);
    } else {
        setElectrode(row, QString(), &error);
    }
}

void MontageEditor::cellEdited(int row, int column) {
    if (filling_) return;
    QString error;
    if (column == kElectrode &&
        !setElectrode(row, table_->item(row, column)->text().trimmed(), &error))
        emit message(error);
    if (column == kIncluded)
        setIncluded(row, table_->item(row, column)->checkState() == Qt::Checked);
}

bool MontageEditor::saveMapping(QString* error) {
    if (recordingId_ < 0) {
        *error = tr("No recording is selected: select one in the Datasets tab first");
        return false;
    }
    core::Workspace* ws = document_ ? document_->workspace() : nullptr;
    if (!ws) *error = tr("No workspace is open.");
    if (!ws || !core::RecordingStore(*ws).saveMapping(recordingId_, mapping_, error)) return false;
    undoStack()->setClean();
    emit mappingSaved(recordingId_);
    emit document_->mappingChanged(recordingId_);
    return true;
}

core::Montage MontageEditor::montageFromControls() const {
    switch (reference_->currentIndex()) {
        case 1:
            return {tr("average"), core::Montage::Kind::Average, {}};
        case 2:
            return {tr("linked ears"), core::Montage::Kind::LinkedEars, {}};
        case 3:
            return core::Montage::doubleBanana();
        case 4: {
            core::Montage m{tr("custom"), core::Montage::Kind::Bipolar, {}};
            for (const QString& pair : pairs_->text().split(',', Qt::SkipEmptyParts))
                m.pairs.push_back({core::normaliseChannelLabel(pair.section('-', 0, 0)),
                                   core::normaliseChannelLabel(pair.section('-', 1))});
            return m;
        }
        default:
            return {tr("as recorded"), core::Montage::Kind::AsRecorded, {}};
    }
}

QStringList MontageEditor::unknownElectrodes(const core::Montage& m) const {
    QStringList unknown;
    for (const auto& [plus, minus] : m.pairs)
        for (const QString& e : {plus, minus})
            if (core::ElectrodeVocabulary::instance().indexOf(e) < 0 && !unknown.contains(e))
                unknown << e;
    return unknown;
}

void MontageEditor::referenceEdited() {
    if (filling_) return;
    const core::Montage after = montageFromControls();
    if (after.toJson() == current_.toJson()) return refusal_->setVisible(false);
    const QStringList unknown = unknownElectrodes(after);
    if (!unknown.isEmpty()) {  // refused: the typed pairs stay, to be corrected
        refusal_->setText(tr("Not applied: %1 is not an electrode of the vocabulary; the "
                             "reference stays %2.")
                              .arg(unknown.join(", "), current_.name));
        refusal_->setVisible(true);
        emit message(refusal_->text());
        return;
    }
    refusal_->setVisible(false);
    undoStack()->push(new ReferenceEdit(this, current_, after));
}

void MontageEditor::setMontage(const core::Montage& m) {
    filling_ = true;
    const bool banana = m.toJson()["pairs"] == core::Montage::doubleBanana().toJson()["pairs"];
    switch (m.kind) {
        case core::Montage::Kind::Average:
            reference_->setCurrentIndex(1);
            break;
        case core::Montage::Kind::LinkedEars:
            reference_->setCurrentIndex(2);
            break;
        case core::Montage::Kind::Bipolar:
            reference_->setCurrentIndex(banana ? 3 : 4);
            break;
        default:
            reference_->setCurrentIndex(0);
    }
    QStringList pairs;
    for (const auto& [plus, minus] : m.pairs) pairs << plus + "-" + minus;
    pairs_->setText(banana ? QString() : pairs.join(", "));
    current_ = montageFromControls();
    filling_ = false;
    head_->setReference(current_);
    emit montageChanged(current_);
}

bool MontageEditor::saveMontageFile(const QString& path, QString* error, QString* written) const {
    const QString file = path.endsWith(".json", Qt::CaseInsensitive) ? path : path + ".json";
    if (written) *written = file;
    return montage().saveFile(file, error);
}

bool MontageEditor::loadMontageFile(const QString& path, QString* error) {
    core::Montage m;
    if (!core::Montage::loadFile(path, &m, error)) return false;
    setMontage(m);
    return true;
}

}  // namespace alfee::ui
