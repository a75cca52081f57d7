// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/datasets/dataset_builder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/dataset/dataset_store.h"
#include "core/dataset/paradigms.h"
#include "core/dataset/summary_rows.h"
#include "core/electrodes/channel_label.h"
#include "core/engine/display_names.h"
#include "core/workspace/workspace.h"
#include "ui/common/workspace_document.h"

namespace alfee::ui {
namespace {

QDoubleSpinBox* spin(QWidget* parent, double lo, double hi, double value, double step,
                     int decimals) {
    auto* s = new QDoubleSpinBox(parent);
    s->setRange(lo, hi);
    s->setValue(value);
    s->setSingleStep(step);
    s->setDecimals(decimals);
    return s;
}

}  // namespace

DatasetBuilder::DatasetBuilder(WorkspaceDocument* document, QWidget* parent)
    : QDialog(parent), document_(document) {
    makeDialog();
}

DatasetBuilder::DatasetBuilder(const QString& workspace, QWidget* parent)
    : QDialog(parent), document_(new WorkspaceDocument(this)) {
    makeDialog();
    QString error;
    if (!document_->open(workspace, &error)) message_->setText(error);
}

void DatasetBuilder::makeDialog() {
    setWindowTitle(tr("New dataset"));
    counts_ = new QTableWidget(this);
    counts_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    message_ = new QLabel(this);
    message_->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(this);
    auto* previewButton = buttons->addButton(tr("Preview counts"), QDialogButtonBox::ActionRole);
    saveButton_ = buttons->addButton(tr("Save dataset"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    saveButton_->setEnabled(false);
    connect(previewButton, &QPushButton::clicked, this, &DatasetBuilder::preview);
    connect(saveButton_, &QPushButton::clicked, this, [this] {
        if (save()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(makeForm());
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Windows per class, split and subject"), this));
    right->addWidget(counts_, 1);
    right->addWidget(message_);
    right->addWidget(buttons);
    layout->addLayout(right, 1);
    resize(1000, 560);
    confirmReplace = [this](const QString& name) {
        return QMessageBox::question(
                   this, tr("Replace dataset"),
                   tr("A dataset named %1 exists already. Replace it with this one?").arg(name)) ==
               QMessageBox::Yes;
    };
}

QWidget* DatasetBuilder::makeForm() {
    auto* form = new QWidget(this);
    auto* f = new QFormLayout(form);
    name_ = new QLineEdit(form);
    task_ = new QComboBox(form);
    task_->addItem(tr("(choose a task)"), QString());  // no preset: the user says what it is
    for (const QString& name : core::paradigmNames()) task_->addItem(name, name);
    byFileName_ = new QRadioButton(tr("File names (a pattern per class)"), form);
    byAnnotation_ = new QRadioButton(tr("Annotation texts (a text per class)"), form);
    byParticipant_ = new QRadioButton(tr("A participants.tsv column (a value per class)"), form);
    column_ = new QLineEdit(form);
    column_->setPlaceholderText(tr("column of an imported BIDS dataset, e.g. group"));
    column_->setEnabled(false);
    connect(byParticipant_, &QRadioButton::toggled, column_, &QLineEdit::setEnabled);
    byFileName_->setChecked(true);
    classes_ = new QTableWidget(2, 2, form);
    classes_->setHorizontalHeaderLabels({tr("Class"), tr("Pattern, annotation or value")});
    classes_->horizontalHeader()->setStretchLastSection(true);
    auto* addClass = new QPushButton(tr("Add class"), form);
    connect(addClass, &QPushButton::clicked, this,
            [this] { classes_->insertRow(classes_->rowCount()); });
    filter_ = new QLineEdit(form);
    filter_->setPlaceholderText(tr("regular expression on file names; empty: all"));
    electrodes_ = new QLineEdit(form);
    electrodes_->setPlaceholderText(tr("required electrodes, e.g. Fp1,Fp2,C3; empty: all mapped"));
    window_ = spin(form, 1, 600, 10, 1, 0);
    stride_ = spin(form, 0.5, 600, 10, 0.5, 1);
    train_ = spin(form, 0, 1, 0.7, 0.05, 2);
    validation_ = spin(form, 0, 1, 0.15, 0.05, 2);
    test_ = spin(form, 0, 1, 0.15, 0.05, 2);
    seed_ = new QSpinBox(form);
    seed_->setRange(0, 1 << 30);
    seed_->setValue(42);
    f->addRow(tr("Name"), name_);
    f->addRow(tr("Task"), task_);
    f->addRow(tr("Labels from"), byFileName_);
    f->addRow(QString(), byAnnotation_);
    f->addRow(QString(), byParticipant_);
    f->addRow(QString(), column_);
    f->addRow(tr("Classes"), classes_);
    f->addRow(QString(), addClass);
    f->addRow(tr("Recordings"), filter_);
    f->addRow(tr("Channel set"), electrodes_);
    f->addRow(tr("Window (s)"), window_);
    f->addRow(tr("Stride (s)"), stride_);
    f->addRow(tr("Train / validation / test"), train_);
    f->addRow(QString(), validation_);
    f->addRow(QString(), test_);
    f->addRow(tr("Split seed"), seed_);
    return form;
}

core::DatasetSpec DatasetBuilder::spec() const {
    core::DatasetSpec s;
    s.name = name_->text().trimmed();
    s.task = task_->currentData().toString();
    s.label.source = byFileName_->isChecked()     ? core::LabelRule::Source::FileName
                     : byAnnotation_->isChecked() ? core::LabelRule::Source::Annotation
                                                  : core::LabelRule::Source::Participant;
    s.label.column = column_->text().trimmed();
    for (int r = 0; r < classes_->rowCount(); ++r) {
        const auto* name = classes_->item(r, 0);
        const auto* pattern = classes_->item(r, 1);
        if (name && pattern && !name->text().trimmed().isEmpty())
            s.label.classes.push_back({name->text().trimmed(), pattern->text().trimmed()});
    }
    s.recordingFilter = filter_->text().trimmed();
    for (const QString& e : electrodes_->text().split(',', Qt::SkipEmptyParts))
        s.electrodes << core::normaliseChannelLabel(e);
    s.windowSeconds = window_->value();
    s.strideSeconds = stride_->value();
    s.split = {static_cast<quint32>(seed_->value()),
               train_->value(),
               validation_->value(),
               test_->value(),
               {}};
    return s;
}

void DatasetBuilder::setSpec(const core::DatasetSpec& s) {
    name_->setText(s.name);
    task_->setCurrentIndex(std::max(0, task_->findData(s.task)));
    (s.label.source == core::LabelRule::Source::FileName     ? byFileName_
     : s.label.source == core::LabelRule::Source::Annotation ? byAnnotation_
                                                             : byParticipant_)
        ->setChecked(true);
    column_->setText(s.label.column);
    classes_->setRowCount(s.label.classes.size());
    for (int r = 0; r < s.label.classes.size(); ++r) {
        classes_->setItem(r, 0, new QTableWidgetItem(s.label.classes[r].first));
        classes_->setItem(r, 1, new QTableWidgetItem(s.label.classes[r].second));
    }
    filter_->setText(s.recordingFilter);
    electrodes_->setText(s.electrodes.join(','));
    window_->setValue(s.windowSeconds);
    stride_->setValue(s.strideSeconds);
    train_->setValue(s.split.train);
    validation_->setValue(s.split.validation);
    test_->setValue(s.split.test);
    seed_->setValue(static_cast<int>(s.split.seed));
}

bool DatasetBuilder::preview() {
    saveButton_->setEnabled(false);
    summary_ = {};
    QString error = tr("No workspace is open.");
    core::Workspace* ws = document_->workspace();
    core::DatasetBuild build;
    if (!ws) {
        message_->setText(error);
        return false;
    }
    core::RecordingStore store(*ws);
    if (!core::buildDataset(spec(), store, &build, &error)) {
        message_->setText(error);
        counts_->clear();
        return false;
    }
    summary_ = build.summary();
    built_ = build;  // what Save stores, without building it again
    showCounts();
    const QJsonArray excluded = summary_["excluded"].toArray();
    warning_ = build.warnings.join("\n");
    message_->setText(
        (warning_.isEmpty() ? QString() : warning_ + "\n") +
        (excluded.isEmpty()
             ? tr("Nothing left out.")
             : tr("Left out: %1").arg(excluded.toVariantList().first().toString()) +
                   (excluded.size() > 1 ? tr(" and %n more", nullptr, excluded.size() - 1)
                                        : QString())));
    saveButton_->setEnabled(true);
    return true;
}

QString DatasetBuilder::message() const {
    return message_->text();
}

void DatasetBuilder::showCounts() {
    const QStringList classes = spec().classNames();
    QVector<QPair<QString, QJsonObject>> rows;
    for (const core::SummaryRow& r : core::summaryRows(summary_))
        rows.push_back({r.kind == core::SummaryRow::Kind::All ? tr("all")
                        : r.kind == core::SummaryRow::Kind::Split
                            ? tr("split: %1").arg(core::splitDisplayName(r.name))
                            : tr("%1 (%2)").arg(r.name, core::splitDisplayName(r.split)),
                        r.counts});
    counts_->clear();
    counts_->setColumnCount(classes.size() + 1);
    counts_->setHorizontalHeaderLabels(classes + QStringList{tr("total")});
    counts_->setRowCount(rows.size());
    for (int r = 0; r < rows.size(); ++r) {
        counts_->setVerticalHeaderItem(r, new QTableWidgetItem(rows[r].first));
        for (int c = 0; c < classes.size(); ++c)
            counts_->setItem(
                r, c, new QTableWidgetItem(QString::number(rows[r].second[classes[c]].toInt())));
        counts_->setItem(r, classes.size(),
                         new QTableWidgetItem(QString::number(rows[r].second["total"].toInt())));
    }
}

bool DatasetBuilder::save() {
    if (!preview()) return false;  // builds it from the recordings as they are now
    core::Workspace* ws = document_->workspace();
    if (!ws) {
        message_->setText(tr("No workspace is open."));
        return false;
    }
    QString error;
    core::DatasetStore datasets(*ws);
    const QStringList names = datasets.names(&error);
    if (!error.isEmpty()) {
        message_->setText(error);
        return false;
    }
    const bool exists = names.contains(spec().name);
    if (exists && !confirmReplace(spec().name)) {
        message_->setText(tr("Not saved: a dataset named %1 exists already").arg(spec().name));
        return false;
    }
    qint64 id = 0;
    if (!datasets.save(built_, exists, &id, &error)) {
        message_->setText(error);
        return false;
    }
    emit document_->datasetsChanged();
    return true;
}

}  // namespace alfee::ui
