// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/viewer/annotation_tools.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

#include "core/export/annotations_export.h"
#include "core/recording/recording_info.h"
#include "ui/viewer/annotation_mouse.h"
#include "ui/viewer/recording_annotations.h"
#include "ui/viewer/trace_plot.h"

namespace alfee::ui {
namespace {

qint64 hundredNs(double seconds) {
    return std::llround(seconds * 1e7);
}

// MNE's convention: a span whose text starts with BAD_ is left out of epochs.
const char* const kDefaultLabel = "BAD_artefact";

}  // namespace

AnnotationTools::AnnotationTools(TracePlot* plot, QWidget* parent) : QWidget(parent), plot_(plot) {
    mouse_ = new AnnotationMouse(plot);
    annotations_ = new RecordingAnnotations(this);
    annotate_ = new QToolButton(this);
    annotate_->setText(tr("Annotate"));
    annotate_->setCheckable(true);
    annotate_->setToolTip(
        tr("Annotate (A): drag over the traces to mark a span with the label beside; drag an "
           "annotation's edges or its band to change it. M marks the time under the mouse, "
           "Delete removes the selected annotation, a double click renames it."));
    label_ = new QComboBox(this);
    label_->setEditable(true);
    label_->setInsertPolicy(QComboBox::NoInsert);
    label_->setMinimumContentsLength(12);
    label_->setToolTip(tr("The text of the annotations you add"));
    label_->setEditText(QString::fromLatin1(kDefaultLabel));
    auto* exportButton = new QToolButton(this);
    exportButton->setText(tr("Export..."));
    exportButton->setToolTip(
        tr("Write the annotations shown as CSV, MNE text, BIDS events.tsv, "
           "or an EDF+ copy of the recording with them"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(annotate_);
    layout->addWidget(label_);
    layout->addWidget(exportButton);
    connect(exportButton, &QToolButton::clicked, this, &AnnotationTools::askExport);
    connect(annotate_, &QToolButton::toggled, this, &AnnotationTools::setAnnotating);
    connect(label_->lineEdit(), &QLineEdit::returnPressed, this, &AnnotationTools::keysBack);
    connect(mouse_, &AnnotationMouse::spanDrawn, this, &AnnotationTools::addSpan);
    connect(mouse_, &AnnotationMouse::annotationDragged, this, &AnnotationTools::move);
    connect(mouse_, &AnnotationMouse::annotationSelected, this, &AnnotationTools::select);
    connect(mouse_, &AnnotationMouse::annotationActivated, this, &AnnotationTools::askRename);
    connect(mouse_, &AnnotationMouse::annotationMenuRequested, this, &AnnotationTools::showMenu);
    connect(annotations_, &RecordingAnnotations::changed, this, &AnnotationTools::offerLabels);
    connect(annotations_, &RecordingAnnotations::changed, this, &AnnotationTools::reselect);
    connect(annotations_, &RecordingAnnotations::problem, this, &AnnotationTools::problem);
}

void AnnotationTools::setRecording(const QString& path, const QStringList& labels) {
    recording_ = path;
    signalLabels_ = labels;
    plot_->setSignalLabels(labels);
}

void AnnotationTools::setAnnotating(bool on) {
    if (on && !annotations_->editable()) {
        emit problem(annotations_->whyNotEditable());
        on = false;
    }
    const QSignalBlocker quiet(annotate_);
    annotate_->setChecked(on);
    mouse_->setAnnotating(on);
}

bool AnnotationTools::annotating() const {
    return mouse_->annotating();
}

QString AnnotationTools::label() const {
    return label_->currentText().trimmed();
}

void AnnotationTools::setLabel(const QString& text) {
    label_->setEditText(text);
}

// The recording's own texts, so that a lab's labels are one click away.
void AnnotationTools::offerLabels() {
    const QString typed = label_->currentText();
    QStringList texts{QString::fromLatin1(kDefaultLabel)};
    for (const core::Annotation& a : annotations_->list())
        if (!texts.contains(a.text)) texts << a.text;
    const QSignalBlocker quiet(label_);
    label_->clear();
    label_->addItems(texts);
    label_->setEditText(typed);
}

void AnnotationTools::select(int index) {
    const QVector<core::Annotation>& list = annotations_->list();
    selected_ = index >= 0 && index < list.size() ? index : -1;
    selectedValue_.reset();
    if (selected_ >= 0) selectedValue_ = list[selected_];
    plot_->setSelectedAnnotation(selected_);
}

// The edit changed the list (and the time order): the same annotation stays selected.
void AnnotationTools::reselect() {
    if (!selectedValue_) return;
    select(int(annotations_->list().indexOf(*selectedValue_)));
}

bool AnnotationTools::edited(bool ok, const QString& error) {
    if (!ok && !error.isEmpty()) emit problem(error);
    return ok;
}

bool AnnotationTools::addSpan(double from, double to) {
    if (label().isEmpty()) return edited(false, tr("Type the label of the annotation first"));
    QString error;
    return edited(annotations_->add({hundredNs(from), hundredNs(to - from), label()}, &error),
                  error);
}

bool AnnotationTools::addMarker(double at) {
    if (label().isEmpty()) return edited(false, tr("Type the label of the annotation first"));
    QString error;
    return edited(annotations_->add({hundredNs(std::max(0.0, at)), 0, label()}, &error), error);
}

bool AnnotationTools::deleteSelected() {
    if (selected_ < 0) return false;
    QString error;
    const bool ok = annotations_->remove(selected_, &error);
    if (ok) select(-1);
    return edited(ok, error);
}

bool AnnotationTools::rename(int index, const QString& text) {
    if (index < 0 || index >= annotations_->list().size() || text.trimmed().isEmpty()) return false;
    core::Annotation a = annotations_->list()[index];
    a.text = text.trimmed();
    return changeAndKeepSelected(index, a);
}

bool AnnotationTools::setChannels(int index, const QStringList& channels) {
    if (index < 0 || index >= annotations_->list().size()) return false;
    core::Annotation a = annotations_->list()[index];
    a.channels = channels;
    return changeAndKeepSelected(index, a);
}

bool AnnotationTools::move(int index, double onset, double seconds) {
    if (index < 0 || index >= annotations_->list().size()) return false;
    core::Annotation a = annotations_->list()[index];
    a.onset100ns = hundredNs(onset);
    if (a.hasDuration()) a.duration100ns = hundredNs(seconds);
    return changeAndKeepSelected(index, a);
}

// The changed one selected, where the time order puts it now.
bool AnnotationTools::changeAndKeepSelected(int index, const core::Annotation& a) {
    QString error;
    if (!edited(annotations_->change(index, a, &error), error)) return false;
    select(int(annotations_->list().indexOf(a)));
    return true;
}

void AnnotationTools::askRename(int index) {
    if (index < 0 || index >= annotations_->list().size()) return;
    bool ok = false;
    const QString text =
        QInputDialog::getText(this, tr("Rename annotation"), tr("Text:"), QLineEdit::Normal,
                              annotations_->list()[index].text, &ok);
    if (ok) rename(index, text);
    emit keysBack();
}

// The recording's channels with a box each; none ticked: the annotation concerns them all.
void AnnotationTools::askChannels(int index) {
    if (index < 0 || index >= annotations_->list().size()) return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Channels of %1").arg(annotations_->list()[index].text));
    dialog.resize(360, 520);  // a whole 10-20 set in view
    auto* list = new QListWidget(&dialog);
    for (const QString& label : signalLabels_) {
        auto* item = new QListWidgetItem(label.trimmed(), list);
        item->setCheckState(annotations_->list()[index].channels.contains(label.trimmed())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("The channels it concerns (none ticked: all of them)")));
    layout->addWidget(list);
    layout->addWidget(buttons);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    emit keysBack();
    if (!accepted) return;
    QStringList channels;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked) channels << list->item(i)->text();
    setChannels(index, channels);
}

bool AnnotationTools::exportTo(const QString& path, QStringList* written) {
    QString error;
    if (recording_.isEmpty()) return edited(false, tr("No recording is open"));
    if (!core::exportAnnotations(recording_, annotations_->list(), path, written, &error))
        return edited(false, error);
    emit exported(*written);
    return true;
}

void AnnotationTools::askExport() {
    if (recording_.isEmpty()) return;
    const QFileInfo file(recording_);
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export annotations"), file.dir().filePath(file.completeBaseName() + ".csv"),
        core::annotationExportFilter());
    QStringList written;
    if (!path.isEmpty()) exportTo(path, &written);
    emit keysBack();
}

void AnnotationTools::showMenu(int index, const QPoint& globalPos) {
    QMenu menu(this);
    const bool editable = annotations_->editable();
    menu.addAction(tr("Rename..."), this, [this, index] { askRename(index); })
        ->setEnabled(editable);
    menu.addAction(tr("Channels..."), this, [this, index] { askChannels(index); })
        ->setEnabled(editable);
    menu.addAction(tr("Delete"), this, [this] { deleteSelected(); })->setEnabled(editable);
    if (!editable) menu.setToolTip(annotations_->whyNotEditable());
    menu.exec(globalPos);
    emit keysBack();
}

}  // namespace alfee::ui
