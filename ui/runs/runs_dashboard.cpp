// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/runs/runs_dashboard.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <cmath>

#include "core/engine/display_names.h"
#include "core/engine/run_registry.h"
#include "core/export/predictions_csv.h"
#include "core/export/predictions_edf.h"
#include "core/modeling/report_job.h"
#include "core/modeling/weights_export.h"
#include "ui/common/job_controller.h"
#include "ui/common/progress_panel.h"
#include "ui/common/workspace_document.h"
#include "ui/runs/run_details.h"
#include "ui/runs/run_list_model.h"
#include "ui/runs/study_view.h"
#include "ui/wizard/finetune_wizard.h"

namespace alfee::ui {

namespace {

// Filters runs by text (any column) and status; an experiment stays while a run of it does.
class RunFilter : public QSortFilterProxyModel {
  public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString text, status;

  protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override {
        if (!parent.isValid()) return false;  // experiments: shown through their runs
        const QAbstractItemModel* m = sourceModel();
        if (!status.isEmpty() &&
            m->index(row, RunListModel::Status, parent).data(RunListModel::SortRole).toString() !=
                status)
            return false;
        if (text.isEmpty()) return true;
        for (int c = 0; c < RunListModel::Columns; ++c)
            if (m->index(row, c, parent).data().toString().contains(text, Qt::CaseInsensitive))
                return true;
        return parent.data().toString().contains(text, Qt::CaseInsensitive);
    }
};

// An undo step from two functions.
class LambdaCommand : public QUndoCommand {
  public:
    LambdaCommand(const QString& text, std::function<void()> redo, std::function<void()> undo)
        : QUndoCommand(text), redo_(std::move(redo)), undo_(std::move(undo)) {}
    void redo() override { redo_(); }
    void undo() override { undo_(); }

  private:
    std::function<void()> redo_, undo_;
};

// A row of the comparison; a long value (a setting's file list with hashes) is cut, whole in
// its tooltip: one made the value columns so wide that the numbers were out of sight.
void addRow(QTableWidget* table, const QStringList& cells) {
    constexpr int kLongest = 28;
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < cells.size(); ++c) {
        const bool cut = cells[c].size() > kLongest;
        auto* item =
            new QTableWidgetItem(cut ? cells[c].left(kLongest - 1) + QChar(0x2026) : cells[c]);
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        if (cut) item->setToolTip(cells[c]);
        if (c >= 2) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, c, item);
    }
}

QString valueText(const QJsonValue& v) {
    if (v.isUndefined() || v.isNull()) return QStringLiteral("-");
    if (v.isDouble()) return QString::number(v.toDouble(), 'g', 6);
    if (v.isBool()) return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isString()) return v.toString();
    const QJsonDocument doc =
        v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QString metricText(const QJsonValue& v) {
    if (!v.isDouble()) return QStringLiteral("-");
    const double x = v.toDouble();
    return x == std::floor(x) && std::abs(x) > 1.5 ? QString::number(qint64(x))
                                                   : QString::number(x, 'f', 3);
}

// The metrics of two runs on each split, with their difference (second minus first).
void addMetricRows(QTableWidget* table, const QJsonObject& a, const QJsonObject& b) {
    for (const QString& split : QStringList{"test", "validation"}) {
        const QJsonObject ra = splitResult(a["results"].toArray(), split);
        const QJsonObject rb = splitResult(b["results"].toArray(), split);
        for (const QString& key : RunDetails::metricKeys()) {
            const QJsonValue va = ra[key], vb = rb[key];
            if (!va.isDouble() && !vb.isDouble()) continue;
            const QString diff = va.isDouble() && vb.isDouble()
                                     ? QString::number(vb.toDouble() - va.toDouble(), 'f', 3)
                                     : QString();
            addRow(table, {metricDisplayName(key), core::splitDisplayName(split), metricText(va),
                           metricText(vb), diff});
        }
    }
}

// What the two runs were asked to do differently: kind, dataset and every differing setting.
void addSettingRows(QTableWidget* table, const QJsonObject& a, const QJsonObject& b) {
    const QString setting = RunsDashboard::tr("setting");
    if (a["kind"] != b["kind"])
        addRow(table, {RunsDashboard::tr("kind"),
                       setting,
                       runKindDisplayName(a["kind"].toString()),
                       runKindDisplayName(b["kind"].toString()),
                       {}});
    if (a["dataset"] != b["dataset"])
        addRow(table, {RunsDashboard::tr("dataset"),
                       setting,
                       a["dataset"].toString(),
                       b["dataset"].toString(),
                       {}});
    const QJsonObject ca = a["config"].toObject(), cb = b["config"].toObject();
    QStringList keys = ca.keys() + cb.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString& key : keys)
        if (ca[key] != cb[key])
            addRow(table, {key, setting, valueText(ca[key]), valueText(cb[key]), {}});
}

}  // namespace

RunsDashboard::RunsDashboard(QWidget* parent) : QWidget(parent) {
    makeRunList();
    makeDetails();
    makeButtons();
    makeLayout();
    connectActions();
    updateActions();
}

// The list of runs with its filters.
void RunsDashboard::makeRunList() {
    model_ = new RunListModel(this);
    auto* filter = new RunFilter(this);
    filter->setRecursiveFilteringEnabled(true);
    filter->setSortRole(RunListModel::SortRole);
    filter->setSourceModel(model_);
    proxy_ = filter;
    tree_ = new QTreeView(this);
    tree_->setModel(proxy_);
    tree_->setSortingEnabled(true);
    tree_->sortByColumn(RunListModel::Name, Qt::DescendingOrder);
    tree_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    tree_->setSelectionBehavior(QAbstractItemView::SelectRows);
    tree_->setAlternatingRowColors(true);
    filter_ = new QLineEdit(this);
    filter_->setPlaceholderText(tr("Filter runs (name, dataset, kind, experiment...)"));
    filter_->setClearButtonEnabled(true);
    status_ = new QComboBox(this);
    status_->addItem(tr("Any status"), QString());
    for (const char* s : {"running", "finished", "interrupted", "cancelled", "failed"})
        status_->addItem(core::runStatusDisplayName(QString::fromLatin1(s)),
                         QString::fromLatin1(s));
    refresh_ = new QPushButton(tr("Refresh"), this);
    problem_ = new QLabel(this);
    problem_->setVisible(false);
}

// One run's details, or two side by side with their differences; the workers and progress.
void RunsDashboard::makeDetails() {
    first_ = new RunDetails(this);
    second_ = new RunDetails(this);
    second_->setVisible(false);
    comparison_ = new QTableWidget(0, 5, this);
    comparison_->setObjectName("runComparison");
    comparison_->verticalHeader()->setVisible(false);
    // Compact rows: at 900x620 the differences get a few lines above the two runs.
    comparison_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    comparison_->setAlternatingRowColors(true);
    comparison_->setVisible(false);
    jobs_ = new JobController(this);
    reports_ = new JobController(this);
    progress_ = new ProgressPanel(this);
    progress_->setVisible(false);
}

void RunsDashboard::makeButtons() {
    newRun_ = new QPushButton(tr("New fine-tuning run..."), this);
    newRun_->setToolTip(tr("Fine-tune the model on your data, step by step"));
    resume_ = new QPushButton(tr("Resume"), this);
    resume_->setObjectName("resumeRun");
    resume_->setToolTip(
        tr("Continue an interrupted, cancelled or failed run from its last "
           "checkpoint"));
    cancel_ = new QPushButton(tr("Cancel run"), this);
    cancel_->setObjectName("cancelRun");
    cancel_->setToolTip(
        tr("Stop the selected run, which this window is running; it can be "
           "resumed"));
    delete_ = new QPushButton(tr("Delete"), this);
    delete_->setObjectName("deleteRuns");
    delete_->setToolTip(
        tr("Delete the selected runs and their checkpoints (Edit > Undo brings "
           "them back until the workspace is closed)"));
    report_ = new QPushButton(tr("Export report..."), this);
    report_->setToolTip(
        tr("The selected run as an HTML page or a PDF: metrics, confusion matrix, subjects "
           "beside the band-power baseline, curves, reconstruction, attention, command line"));
    predictions_ = new QPushButton(tr("Export..."), this);
    predictions_->setToolTip(
        tr("The selected run's predictions (CSV, or as annotations on EDF+ copies of its "
           "recordings) or its weights for PyTorch"));
    auto* exports = new QMenu(predictions_);
    exports->addAction(tr("Predictions as CSV..."), this, &RunsDashboard::choosePredictionsFile);
    exports->addAction(tr("Predictions as EDF+ annotations..."), this,
                       &RunsDashboard::choosePredictionsFolder);
    exports->addAction(tr("Weights for PyTorch (safetensors)..."), this,
                       &RunsDashboard::chooseWeightsFile);
    predictions_->setMenu(exports);
    study_ = new QPushButton(tr("Study..."), this);
    study_->setObjectName("openStudy");
    study_->setToolTip(
        tr("The study the selected run belongs to: every arm's figures with their intervals, "
           "each fold's runs across the arms, the method"));
    undo_ = new QUndoStack(this);
    auto* del = new QShortcut(QKeySequence::Delete, tree_);
    connect(del, &QShortcut::activated, this, &RunsDashboard::deleteSelected);
}

void RunsDashboard::makeLayout() {
    auto* bar = new QHBoxLayout;
    bar->addWidget(filter_, 1);
    bar->addWidget(status_);
    bar->addWidget(refresh_);
    // The actions on a row of their own: the window stays usable at 900 pixels wide.
    auto* actions = new QHBoxLayout;
    for (QWidget* w : {static_cast<QWidget*>(newRun_), static_cast<QWidget*>(resume_),
                       static_cast<QWidget*>(cancel_), static_cast<QWidget*>(delete_),
                       static_cast<QWidget*>(report_), static_cast<QWidget*>(predictions_),
                       static_cast<QWidget*>(study_)})
        actions->addWidget(w);
    actions->addStretch();
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addLayout(actions);
    leftLayout->addWidget(problem_);
    leftLayout->addWidget(progress_);
    leftLayout->addWidget(tree_, 1);
    auto* detailSplit = new QSplitter(Qt::Horizontal, this);
    detailSplit->addWidget(first_);
    detailSplit->addWidget(second_);
    // Two runs compared: their differences above the two panes.
    auto* detailArea = new QSplitter(Qt::Vertical, this);
    detailArea->addWidget(comparison_);
    detailArea->addWidget(detailSplit);
    detailArea->setStretchFactor(1, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(left);
    split->addWidget(detailArea);
    // The list keeps a third of the height: at 900x620 it showed about two runs.
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setSizes({300, 600});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);
}

void RunsDashboard::connectActions() {
    connect(filter_, &QLineEdit::textChanged, this, &RunsDashboard::applyFilter);
    connect(status_, &QComboBox::currentIndexChanged, this, &RunsDashboard::applyFilter);
    connect(refresh_, &QPushButton::clicked, this, &RunsDashboard::refresh);
    connect(tree_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RunsDashboard::showSelection);
    // An experiment row becomes current after the selection changed: the Study button follows.
    connect(tree_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RunsDashboard::updateActions);
    connect(newRun_, &QPushButton::clicked, this, &RunsDashboard::openWizard);
    connect(resume_, &QPushButton::clicked, this, &RunsDashboard::resumeSelected);
    connect(cancel_, &QPushButton::clicked, this, &RunsDashboard::cancelRunning);
    connect(delete_, &QPushButton::clicked, this, &RunsDashboard::deleteSelected);
    connect(report_, &QPushButton::clicked, this, &RunsDashboard::chooseReportFile);
    auto openSelectedStudy = [this] {
        if (selectedStudy() > 0) openStudy(selectedStudy());
    };
    connect(study_, &QPushButton::clicked, this, openSelectedStudy);
    connect(tree_, &QTreeView::doubleClicked, this, openSelectedStudy);
    connect(progress_, &ProgressPanel::cancelRequested, this, &RunsDashboard::cancelRunning);
    connect(jobs_, &JobController::progress, this, &RunsDashboard::onProgress);
    connect(jobs_, &JobController::finished, this, &RunsDashboard::onFinished);
    connect(jobs_, &JobController::log, this, &RunsDashboard::message);
    connect(reports_, &JobController::finished, this, &RunsDashboard::onReportFinished);
}

// A document of its own goes with the children, after the members: its last word must not
// reach this dashboard then.
RunsDashboard::~RunsDashboard() {
    purgeDeleted();
    if (document_) disconnect(document_, nullptr, this, nullptr);
}

void RunsDashboard::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (stale_) refresh();
}

// What was deleted in this workspace goes for good: the undo history ends with it.
void RunsDashboard::purgeDeleted() {
    if (ws()) {
        core::RunRegistry registry(*ws());
        QString error;
        for (qint64 run : std::as_const(deleted_))
            if (!registry.remove(run, &error)) qWarning("%s", qPrintable(error));
    }
    deleted_.clear();
    model_->setHiddenRuns({});
    undo_->clear();
}

void RunsDashboard::setHidden(const QList<qint64>& runs, bool hidden) {
    for (qint64 run : runs) hidden ? (void)deleted_.insert(run) : (void)deleted_.remove(run);
    model_->setHiddenRuns(deleted_);
    refresh();
}

void RunsDashboard::deleteSelected() {
    QList<qint64> runs;
    for (qint64 run : selectedRuns()) {
        if (model_->statusOf(run) == "running")
            emit message(tr("Run %1 is running: cancel it before deleting it").arg(run));
        else
            runs << run;
    }
    if (runs.isEmpty()) return;
    undo_->push(new LambdaCommand(
        tr("Delete %n run(s)", nullptr, int(runs.size())), [this, runs] { setHidden(runs, true); },
        [this, runs] { setHidden(runs, false); }));
}

bool RunsDashboard::exportReport(qint64 run, const QString& path, QString* error) {
    if (!ws()) {
        *error = tr("no workspace is open");
        return false;
    }
    if (reports_->busy()) {
        *error = tr("a report is still being written");
        return false;
    }
    const bool pdf = path.endsWith(".pdf", Qt::CaseInsensitive);
    core::ReportOptions o{workspacePath(), QString::number(run), pdf ? QString() : path,
                          pdf ? path : QString()};
    reports_->start(std::make_unique<core::ReportJob>(o));
    emit message(tr("Writing the report of run %1...").arg(run));
    return true;
}

void RunsDashboard::onReportFinished(const QString& status, const QString& text,
                                     const QJsonObject& result) {
    const QString path =
        result["pdf"].toString().isEmpty() ? result["html"].toString() : result["pdf"].toString();
    if (status != core::run_status::kFinished) return emit message(tr("No report: %1").arg(text));
    emit message(result["figures"].toBool() ? tr("Report written to %1").arg(path)
                                            : tr("Report written to %1 (%2)").arg(path, text));
    emit reportWritten(path);
}

void RunsDashboard::choosePredictionsFile() {
    const QList<qint64> runs = selectedRuns();
    if (runs.size() != 1 || !ws()) return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export predictions"), QStringLiteral("run-%1-predictions.csv").arg(runs.front()),
        tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    QString error;
    emit message(core::writePredictionsCsv(*ws(), runs.front(), path, &error)
                     ? tr("Predictions written to %1").arg(path)
                     : error);
}

void RunsDashboard::choosePredictionsFolder() {
    const QList<qint64> runs = selectedRuns();
    if (runs.size() != 1 || !ws()) return;
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Folder for the EDF+ copies with the predictions"));
    if (dir.isEmpty()) return;
    QString error;
    QStringList written;
    emit message(core::writePredictionsEdf(*ws(), runs.front(), dir, &written, &error)
                     ? tr("%n recording(s) with the predictions as annotations in %1", "",
                          int(written.size()))
                           .arg(dir)
                     : error);
}

void RunsDashboard::chooseWeightsFile() {
    const QList<qint64> runs = selectedRuns();
    if (runs.size() != 1 || !ws()) return;
    QString error;
    const QString checkpoint = core::RunRegistry(*ws()).selectedCheckpoint(runs.front(), &error);
    if (checkpoint.isEmpty())
        return emit message(error.isEmpty() ? tr("Run %1 has no checkpoint").arg(runs.front())
                                            : error);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export weights"), QStringLiteral("run-%1.safetensors").arg(runs.front()),
        tr("safetensors (*.safetensors)"));
    if (path.isEmpty()) return;
    emit message(core::exportWeights(checkpoint, path, &error)
                     ? tr("Weights written to %1 (python/alfee_torch loads them)").arg(path)
                     : error);
}

qint64 RunsDashboard::selectedStudy() const {
    const QList<qint64> runs = selectedRuns();
    if (runs.size() == 1) return model_->studyOf(runs.front());
    if (!runs.isEmpty()) return 0;
    const QModelIndex current = proxy_->mapToSource(tree_->currentIndex());
    return current.siblingAtColumn(RunListModel::Name).data(RunListModel::StudyRole).toLongLong();
}

StudyView* RunsDashboard::openStudy(qint64 study) {
    if (!studyView_) {
        studyView_ = new StudyView(this);
        studyView_->setWindowFlag(Qt::Window);
        studyView_->resize(1200, 800);
    }
    if (document_) studyView_->setDocument(document_);
    studyView_->showStudy(study);
    studyView_->show();
    studyView_->raise();
    return studyView_;
}

void RunsDashboard::chooseReportFile() {
    const QList<qint64> runs = selectedRuns();
    if (runs.size() != 1) return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export report"), QStringLiteral("run-%1.html").arg(runs.front()),
        tr("HTML page (*.html);;PDF document (*.pdf)"));
    if (path.isEmpty()) return;
    QString error;
    if (!exportReport(runs.front(), path, &error)) emit message(error);
}

void RunsDashboard::setDocument(WorkspaceDocument* document) {
    document_ = document;
    document_->addUndoStack(undo_);
    connect(document_, &WorkspaceDocument::aboutToClose, this, &RunsDashboard::purgeDeleted);
    connect(document_, &WorkspaceDocument::opened, this, [this] {
        first_->clear(), second_->clear();
        refresh();
    });
    // Without it, a run started from the command line stayed invisible until Refresh; and a
    // run this window resumes is still "cancelled" in the model until the next read.
    connect(document_, &WorkspaceDocument::changedElsewhere, this, [this] {
        if (isVisible()) return refresh();
        stale_ = true;
    });
    refresh();
}

void RunsDashboard::setWorkspace(const QString& path) {
    if (!document_) setDocument(new WorkspaceDocument(this));
    if (const QString error = document_->show(path, true); !error.isEmpty()) emit message(error);
}

core::Workspace* RunsDashboard::ws() const {
    return document_ ? document_->workspace() : nullptr;
}

QString RunsDashboard::workspacePath() const {
    return document_ ? document_->path() : QString();
}

void RunsDashboard::applyFilter() {
    auto* filter = static_cast<RunFilter*>(proxy_);
    filter->text = filter_->text().trimmed();
    filter->status = status_->currentData().toString();
    filter->invalidate();
    tree_->expandAll();
}

void RunsDashboard::refresh() {
    const QList<qint64> selected = selectedRuns();
    QString error;
    stale_ = false;
    const bool ok = !ws() || model_->reload(*ws(), &error);
    problem_->setText(tr("The run registry cannot be read: %1").arg(error));
    problem_->setVisible(!ok);
    tree_->expandAll();
    for (int c = 0; c < RunListModel::Columns; ++c) tree_->resizeColumnToContents(c);
    selectRuns(selected);
}

QList<qint64> RunsDashboard::selectedRuns() const {
    QList<qint64> runs;
    for (const QModelIndex& i : tree_->selectionModel()->selectedRows(RunListModel::Name)) {
        const QVariant id = proxy_->mapToSource(i).data(RunListModel::RunIdRole);
        if (id.isValid()) runs << id.toLongLong();
    }
    std::sort(runs.begin(), runs.end());
    return runs;
}

void RunsDashboard::selectRuns(const QList<qint64>& runs) {
    QItemSelection selection;
    for (qint64 run : runs) {
        const QModelIndex i = proxy_->mapFromSource(model_->indexOfRun(run));
        if (i.isValid()) selection.select(i, i.siblingAtColumn(RunListModel::Columns - 1));
    }
    selecting_ = true;  // one showSelection, below
    tree_->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    selecting_ = false;
    showSelection();
}

void RunsDashboard::showSelection() {
    if (selecting_) return;
    const QList<qint64> runs = selectedRuns();
    QString error;
    RunDetails* panes[2] = {first_, second_};
    for (int k = 0; k < 2; ++k) {
        if (k < runs.size() && ws() && !panes[k]->setRun(*ws(), runs[k], &error))
            problem_->setText(error), problem_->setVisible(true);
        if (k >= runs.size()) panes[k]->clear();
    }
    const bool two = runs.size() >= 2;
    if (two && !second_->isVisibleTo(this)) {  // the two runs get half the width each
        auto* split = qobject_cast<QSplitter*>(first_->parentWidget());
        const int half = std::max(1, split->width() / 2);
        second_->setVisible(true);
        split->setSizes({half, half});
    }
    second_->setVisible(two);
    showComparison(two);
    updateActions();
}

void RunsDashboard::showComparison(bool two) {
    if (two && !comparison_->isVisibleTo(this)) {  // shown: two fifths of the height
        auto* area = qobject_cast<QSplitter*>(comparison_->parentWidget());
        const int height = std::max(1, area->height());
        comparison_->setVisible(true);
        area->setSizes({height * 2 / 5, height - height * 2 / 5});
    }
    comparison_->setVisible(two);
    comparison_->setRowCount(0);
    if (!two) return;
    const QJsonObject& a = first_->shownDetails();
    const QJsonObject& b = second_->shownDetails();
    const QString runA = tr("run %1").arg(a["run"].toInteger());
    const QString runB = tr("run %1").arg(b["run"].toInteger());
    comparison_->setHorizontalHeaderLabels(
        {tr("metric or setting"), tr("split"), runA, runB, tr("%1 - %2").arg(runB, runA)});
    addMetricRows(comparison_, a, b);
    addSettingRows(comparison_, a, b);
    comparison_->resizeColumnsToContents();
    comparison_->horizontalHeader()->setStretchLastSection(true);
}

void RunsDashboard::updateActions() {
    const QList<qint64> runs = selectedRuns();
    const QModelIndex row = runs.size() == 1 ? model_->indexOfRun(runs.front()) : QModelIndex();
    const QString status = runs.size() == 1 ? model_->statusOf(runs.front()) : QString();
    const QString kind =
        row.siblingAtColumn(RunListModel::Kind).data(RunListModel::SortRole).toString();
    resume_->setEnabled(!jobs_->busy() && (kind == "finetune" || kind == "pretrain") &&
                        (status == "interrupted" || status == "cancelled" || status == "failed"));
    // Cancel acts on the selected run, and only on the one this window runs.
    cancel_->setEnabled(jobs_->busy() && runs.size() == 1 && runs.front() == jobs_->runId());
    bool anyRunning = false;
    for (qint64 run : runs) anyRunning = anyRunning || model_->statusOf(run) == "running";
    delete_->setEnabled(!runs.isEmpty() && !anyRunning);
    report_->setEnabled(runs.size() == 1);
    predictions_->setEnabled(runs.size() == 1);
    study_->setEnabled(selectedStudy() > 0);
    newRun_->setEnabled(ws() && !jobs_->busy());
}

FineTuneWizard* RunsDashboard::openWizard() {
    auto* wizard = new FineTuneWizard(workspacePath(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &FineTuneWizard::startRequested, this, [this](const core::FineTuneOptions& o) {
        if (!startFineTune(o)) emit message(tr("A run is still going: start this one after it"));
    });
    connect(wizard, &FineTuneWizard::studyRequested, this, &RunsDashboard::startStudy);
    wizard->show();
    return wizard;
}

bool RunsDashboard::startFineTune(const core::FineTuneOptions& options) {
    if (jobs_->busy()) return false;
    plan_ = std::make_unique<core::FineTunePlan>(options);
    planName_ = options.name;
    QString stopped;
    startFromPlan(plan_->next({}, {}, &stopped));
    return true;
}

bool RunsDashboard::startStudy(const core::FineTuneOptions& request, int folds) {
    if (jobs_->busy()) {
        emit message(tr("A run is still going: start this study after it"));
        return false;
    }
    core::StudyDesign design = core::studyOfRequest(request, folds);
    QString error;
    if (!request.datasets.isEmpty()) {  // a dataset's files, so that each fold names its subjects
        error = tr("No workspace is open.");
        if (!ws() || !core::datasetAsFiles(*ws(), request.datasets.front(), &design.data, &error)) {
            emit message(error);
            return false;
        }
        design.data.datasets.clear();
    }
    studyPlan_ = core::StudyPlan::create(design, &error);
    std::unique_ptr<core::Job> job = studyPlan_ ? studyPlan_->next(&error) : nullptr;
    if (!job) {
        studyPlan_.reset();
        emit message(tr("The study could not start: %1").arg(error));
        return false;
    }
    startStudyCell(std::move(job));
    return true;
}

void RunsDashboard::startStudyCell(std::unique_ptr<core::Job> job) {
    jobs_->start(std::move(job));
    selectNextRun_ = true;
    progress_->start(tr("Study %1: %2").arg(studyPlan_->study()).arg(studyPlan_->currentCell()));
    progress_->setVisible(true);
    updateActions();
}

// The study's next cell after one ended, or its end.
void RunsDashboard::continueStudy(const QString& status, const QJsonObject& result) {
    QString error;
    if (!studyPlan_->finished(result, &error)) emit message(error);
    std::unique_ptr<core::Job> next =
        status == core::run_status::kCancelled ? nullptr : studyPlan_->next(&error);
    const qint64 id = studyPlan_->study();
    refresh();
    if (next) return startStudyCell(std::move(next));
    studyPlan_.reset();
    progress_->finish();
    progress_->setVisible(false);
    model_->clearLiveSteps();
    emit message(status == core::run_status::kCancelled
                     ? tr("Study %1 paused: go on with alfee study --resume %1").arg(id)
                     : tr("Study %1 ended: its figures are in the Study window").arg(id));
    if (status != core::run_status::kCancelled && error.isEmpty()) openStudy(id);
}

void RunsDashboard::startFromPlan(std::unique_ptr<core::Job> job) {
    const bool adaptation = plan_->stage() == "adaptation";
    jobs_->start(std::move(job));
    selectNextRun_ = !adaptation;
    progress_->start(adaptation ? tr("%1: adaptation").arg(planName_) : planName_);
    progress_->setVisible(true);
    updateActions();
}

void RunsDashboard::resumeSelected() {
    const QList<qint64> runs = selectedRuns();
    if (runs.size() != 1 || jobs_->busy()) return;
    const QModelIndex row = model_->indexOfRun(runs.front());
    QString error;
    auto job = JobController::resumeJob(
        workspacePath(), runs.front(),
        row.siblingAtColumn(RunListModel::Kind).data(RunListModel::SortRole).toString(), &error);
    if (!job) {
        emit message(error);
        return;
    }
    jobs_->start(std::move(job));
    progress_->start(tr("Resuming run %1").arg(runs.front()));
    progress_->setVisible(true);
    updateActions();
}

void RunsDashboard::cancelRunning() {
    jobs_->cancel();
    emit message(
        tr("Cancelling: the run stops after this step, with a checkpoint to resume "
           "from"));
}

void RunsDashboard::onProgress(const core::JobProgress& p) {
    QString text = core::phaseDisplayName(p.phase);
    if (p.epochs > 0) text += tr(", epoch %1 of %2").arg(p.epoch).arg(p.epochs);
    if (!std::isnan(p.loss)) text += tr(", loss %1").arg(p.loss, 0, 'f', 4);
    progress_->update(int(p.done), int(p.total), text, p.phase == "training" ? p.secondsLeft : -1);
    if (p.run <= 0) return;
    // A new run, or a resumed one the model still shows as it was: read the registry again.
    const bool known = model_->indexOfRun(p.run).isValid();
    if (!known || model_->statusOf(p.run) != core::run_status::kRunning) refresh();
    if (!known || selectNextRun_) {  // the run just started here is the one to look at
        selectNextRun_ = false;
        selectRuns({p.run});
    }
    if (p.phase == "training") model_->setLiveStep(p.run, p.done);
    updateActions();
}

void RunsDashboard::onFinished(const QString& status, const QString& text,
                               const QJsonObject& result) {
    QString stopped;  // why the plan ended before its last job (the adaptation did not finish)
    if (studyPlan_) return continueStudy(status, result);
    if (plan_) {  // the next job of the plan (fine-tuning after the adaptation), if any
        std::unique_ptr<core::Job> next = plan_->next(status, result, &stopped);
        if (next) {
            refresh();
            startFromPlan(std::move(next));
            return;
        }
        plan_.reset();
    }
    progress_->finish();
    progress_->setVisible(false);
    emit message(stopped.isEmpty() ? tr("Run %1: %2").arg(status, text) : stopped);
    model_->clearLiveSteps();
    refresh();
}

}  // namespace alfee::ui
