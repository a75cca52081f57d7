// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inspect/model_inspector.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

#include "core/engine/finetune_options.h"
#include "core/engine/run_registry.h"
#include "core/export/reconstruction_edf.h"
#include "core/modeling/evaluation_jobs.h"
#include "core/recording/recording.h"
#include "core/recording/recording_formats.h"
#include "core/workspace/recording_store.h"
#include "core/workspace/workspace.h"
#include "ui/common/figure_export.h"
#include "ui/common/job_controller.h"
#include "ui/common/workspace_document.h"
#include "ui/datasets/import_report.h"
#include "ui/inspect/attention_view.h"
#include "ui/inspect/reconstruction_view.h"
#include "ui/runs/run_list_model.h"

namespace alfee::ui {
namespace {

constexpr const char* kOther = "other";  // item data of the "Other..." entries

// Selects the item whose data is `value`, adding it (labelled by its file name) when missing.
void selectData(QComboBox* box, const QString& value) {
    int i = box->findData(value);
    if (i < 0) {
        box->insertItem(box->count() - 1, QFileInfo(value).fileName(), value);
        i = box->findData(value);
    }
    box->setCurrentIndex(i);
}

}  // namespace

ModelInspector::ModelInspector(QWidget* parent) : QWidget(parent) {
    createChoosers();
    auto* previous = new QPushButton(tr("< Window"), this);
    auto* next = new QPushButton(tr("Window >"), this);
    export_ = new QPushButton(tr("Export figure..."), this);
    views_ = new QTabWidget(this);
    reconstruction_ = new ReconstructionView(this);
    attention_ = new AttentionView(this);
    views_->addTab(reconstruction_, tr("Reconstruction"));
    views_->addTab(attention_, tr("Attention"));
    jobs_ = new JobController(this);
    // Two rows: in one, the choosers and window controls made the whole main window at least
    // 1004 px wide, even on other tabs (a tab widget is as wide as its widest page).
    auto* choosers = new QHBoxLayout;
    choosers->addWidget(new QLabel(tr("Model"), this));
    choosers->addWidget(model_, 1);
    choosers->addWidget(new QLabel(tr("Recording"), this));
    choosers->addWidget(recording_, 1);
    auto* windowRow = new QHBoxLayout;
    for (QWidget* w : {static_cast<QWidget*>(previous), static_cast<QWidget*>(onset_),
                       static_cast<QWidget*>(next), static_cast<QWidget*>(task_)})
        windowRow->addWidget(w);
    windowRow->addStretch(1);
    windowRow->addWidget(export_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choosers);
    layout->addLayout(windowRow);
    layout->addWidget(views_, 1);
    connect(previous, &QPushButton::clicked, this, [this] { stepWindows(-1); });
    connect(next, &QPushButton::clicked, this, [this] { stepWindows(1); });
    connectChoosers();
}

void ModelInspector::createChoosers() {
    model_ = new QComboBox(this);
    model_->setMinimumContentsLength(18);
    model_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    recording_ = new QComboBox(this);
    recording_->setMinimumContentsLength(16);
    recording_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    task_ = new QComboBox(this);
    for (const char* task : {"channel", "temporal", "forecast", "none"})
        task_->addItem(ReconstructionView::taskDisplayName(task), task);
    task_->setToolTip(tr("What the model is asked to reconstruct"));
    onset_ = new QDoubleSpinBox(this);
    onset_->setSuffix(tr(" s"));
    onset_->setDecimals(1);
    onset_->setSingleStep(windowSeconds());
    onset_->setKeyboardTracking(false);
    onset_->setToolTip(tr("Where the window starts (Page Up and Page Down step through windows)"));
}

void ModelInspector::connectChoosers() {
    connect(export_, &QPushButton::clicked, this, &ModelInspector::exportChosenFile);
    connect(model_, &QComboBox::activated, this,
            [this] { model_->currentData() == kOther ? chooseOtherModel() : request(); });
    connect(recording_, &QComboBox::activated, this, [this] {
        recording_->currentData() == kOther ? chooseOtherRecording() : onRecordingChanged();
    });
    connect(task_, &QComboBox::activated, this, [this] { request(); });
    connect(onset_, &QDoubleSpinBox::valueChanged, this, [this] { request(); });
    connect(views_, &QTabWidget::currentChanged, this, [this] { request(); });
    connect(jobs_, &JobController::finished, this, &ModelInspector::onFinished);
    setFocusPolicy(Qt::StrongFocus);
    // Shortcuts, not key events: a focused combo box would take Page Up/Down for itself.
    for (const auto& [key, step] : {std::pair{QKeySequence::MoveToNextPage, 1},
                                    std::pair{QKeySequence::MoveToPreviousPage, -1}}) {
        auto* shortcut = new QShortcut(key, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, step = step] { stepWindows(step); });
    }
}

ModelInspector::~ModelInspector() = default;

bool ModelInspector::busy() const {
    return jobs_->busy() || pending_;
}

void ModelInspector::setDocument(WorkspaceDocument* document) {
    document_ = document;
    connect(document_, &WorkspaceDocument::opened, this, &ModelInspector::refresh);
    refresh();
}

void ModelInspector::setWorkspace(const QString& path) {
    if (!document_) setDocument(new WorkspaceDocument(this));
    if (const QString error = document_->show(path); !error.isEmpty()) emit message(error);
}

void ModelInspector::refresh() {
    const QString keepModel = model_->currentData().toString();
    const QString keepRecording = recording_->currentData().toString();
    model_->clear(), recording_->clear();
    const QString bundled = core::bundledCheckpoint();
    if (!bundled.isEmpty()) model_->addItem(tr("Bundled pretrained ALFEE-tiny"), bundled);
    QString error;
    if (core::Workspace* ws = document_ ? document_->workspace() : nullptr) {
        core::RunRegistry registry(*ws);
        for (const core::RunRecord& r : registry.list(&error))
            if (const QString c = registry.selectedCheckpoint(r.id, &error); !c.isEmpty())
                model_->addItem(
                    tr("Run %1: %2 (%3)").arg(r.id).arg(r.name, runKindDisplayName(r.kind)), c);
        core::RecordingStore store(*ws);
        for (const core::StoredRecording& r : store.list(&error))
            recording_->addItem(r.fileName(), r.path);
    }
    model_->addItem(tr("Other checkpoint..."), kOther);
    recording_->addItem(tr("Other recording..."), kOther);
    if (!keepModel.isEmpty() && keepModel != kOther) selectData(model_, keepModel);
    if (!keepRecording.isEmpty() && keepRecording != kOther) selectData(recording_, keepRecording);
    onRecordingChanged();
}

void ModelInspector::inspect(const QString& checkpoint, const QString& recording, double onset) {
    selectData(model_, checkpoint);
    selectData(recording_, recording);
    onRecordingChanged();
    onset_->setValue(onset);
    request();
}

void ModelInspector::stepWindows(int windows) {
    onset_->setValue(onset_->value() + windows * windowSeconds());
}

void ModelInspector::onRecordingChanged() {
    const QString path = recording_->currentData().toString();
    double seconds = 0;
    unreadable_ = signalProblem(path, &seconds);
    if (path != recordingShown_) {  // what is drawn is of the previous one, even while loading
        recordingShown_ = path;
        const QString text = unreadable_.isEmpty()
                                 ? tr("Loading %1...").arg(recording_->currentText())
                                 : unreadable_;
        reconstruction_->clear(text), attention_->clear(text);
        if (!unreadable_.isEmpty()) emit message(unreadable_);
    }
    const QSignalBlocker block(onset_);
    // Files outside the workspace: the job says when the window runs past the end.
    onset_->setRange(0, seconds > windowSeconds() ? seconds - windowSeconds() : 1e6);
    request();
}

// Why the model cannot read `path` at all (a file of annotations only), else empty; its
// duration where the workspace knows it.
QString ModelInspector::signalProblem(const QString& path, double* seconds) const {
    if (path.isEmpty() || path == kOther) return {};
    QString error;
    int signalCount = -1;
    if (core::Workspace* ws = document_ ? document_->workspace() : nullptr) {
        const auto r = core::RecordingStore(*ws).find(path, &error);
        if (r) *seconds = r->durationSeconds, signalCount = r->signalCount;
    }
    if (signalCount < 0)  // outside the workspace: its header says
        if (const auto r = core::Recording::open(path, &error))
            signalCount = int(r->info().signalInfos.size());
    if (signalCount != 0) return {};
    return tr("%1 has no signals, only annotations: there is nothing for the model to read.")
        .arg(QFileInfo(path).fileName());
}

void ModelInspector::request() {
    if (model_->currentData() == kOther || recording_->currentData() == kOther) return;
    if (model_->currentData().toString().isEmpty() ||
        recording_->currentData().toString().isEmpty() || !unreadable_.isEmpty())
        return;
    if (jobs_->busy()) {
        pending_ = true;  // the newest choice runs when this job ends; the ones between don't
        jobs_->cancel();
        return;
    }
    startJob();
}

void ModelInspector::startJob() {
    pending_ = false;
    core::EvaluationOptions o;
    o.workspace = document_ ? document_->path() : QString();  // the job's own connection
    o.checkpoint = model_->currentData().toString();
    o.dataPaths = {recording_->currentData().toString()};
    o.onsetSeconds = onset_->value();
    o.maskTask = task_->currentData().toString();
    const bool attention = views_->currentWidget() == attention_;
    task_->setEnabled(!attention);
    const QString what =
        tr("Running the model on %1 at %2 s...").arg(recording_->currentText()).arg(o.onsetSeconds);
    if (attention) {
        auto job = std::make_unique<core::AttentionJob>(o);
        connect(job.get(), &core::AttentionJob::attention, attention_, &AttentionView::setMaps);
        attention_->showMessage(what);
        jobs_->start(std::move(job));
    } else {
        auto job = std::make_unique<core::ReconstructJob>(o);
        connect(job.get(), &core::ReconstructJob::reconstructed, reconstruction_,
                &ReconstructionView::setResult);
        reconstruction_->showMessage(what);
        jobs_->start(std::move(job));
    }
}

void ModelInspector::onFinished(const QString& status, const QString& message) {
    if (pending_) return startJob();
    if (status == core::run_status::kFinished) return emit shown();
    const QString text = tr("The model could not run: %1").arg(message);
    reconstruction_->clear(text);  // not the previous window's figure under this message
    attention_->clear(text);
    emit this->message(text);
}

void ModelInspector::chooseOtherModel() {
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open a checkpoint"), {}, tr("ALFEE checkpoints (*.alfee-ckpt);;All files (*)"));
    if (file.isEmpty()) return model_->setCurrentIndex(0);
    selectData(model_, file);
    request();
}

void ModelInspector::chooseOtherRecording() {
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Open a recording"), {}, recordingFileFilter());
    if (file.isEmpty()) return recording_->setCurrentIndex(0);
    selectData(recording_, file);
    onRecordingChanged();
}

bool ModelInspector::exportFigure(const QString& path, QString* error) {
    if (path.endsWith(".edf", Qt::CaseInsensitive)) {  // the reconstruction's traces as EDF+
        const core::ReconstructionResult& r = reconstruction_->result();
        QString ignored;
        const auto recording = core::Recording::open(r.recording, &ignored);
        const QDateTime start =
            recording && recording->info().start.isValid()
                ? recording->info().start.addMSecs(qint64(r.onsetSeconds * 1000))
                : QDateTime();
        return core::writeReconstructionEdf(r, start, path, error);
    }
    return ui::exportFigure(views_->currentWidget(), path, error);
}

void ModelInspector::exportChosenFile() {
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the figure"), views_->tabText(views_->currentIndex()).toLower() + ".png",
        tr("PNG image (*.png);;SVG drawing (*.svg)") +
            (views_->currentWidget() == reconstruction_
                 ? tr(";;EDF+ original and reconstructed traces (*.edf)")
                 : QString()),
        &selected);
    if (path.isEmpty()) return;
    QString error;
    if (!exportFigure(path, &error)) return emit message(error);
    emit message(tr("Saved %1").arg(path));
}

void ModelInspector::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
        case Qt::Key_Right:
            if (views_->currentWidget() == attention_)
                return attention_->setStep(attention_->step() + 1);
            return stepWindows(1);
        case Qt::Key_Left:
            if (views_->currentWidget() == attention_)
                return attention_->setStep(attention_->step() - 1);
            return stepWindows(-1);
        default:
            QWidget::keyPressEvent(event);
    }
}

}  // namespace alfee::ui
