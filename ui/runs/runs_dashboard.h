// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The experiments and runs dashboard: every run of the registry grouped by experiment,
// sortable and filterable, with the selected run's curves and results, two side by side when
// two are selected; live runs (from this window or any alfee process) are followed by polling.

#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>

#include "core/engine/finetune_options.h"
#include "core/engine/job.h"
#include "core/modeling/finetune_plan.h"
#include "core/modeling/study_plan.h"
#include "core/workspace/workspace.h"
#include "ui/common/workspace_document.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QUndoStack;
class QSortFilterProxyModel;
class QTableWidget;
class QTreeView;

namespace alfee::ui {

class FineTuneWizard;
class JobController;
class ProgressPanel;
class RunDetails;
class RunListModel;
class StudyView;

// Runs of the workspace and the details of one or two of them.
class RunsDashboard : public QWidget {
    Q_OBJECT
  public:
    explicit RunsDashboard(QWidget* parent = nullptr);
    ~RunsDashboard() override;

    // The window's document: the runs of the workspace open there, read again when it says
    // another connection wrote to it (a job here, alfee on the command line).
    void setDocument(WorkspaceDocument* document);
    // Alone: opens `path` (created when nothing is there) into a document of its own.
    void setWorkspace(const QString& path);
    // Reads the registry again, keeping the selection.
    void refresh();
    // Selects these runs (one: its details; two: side by side).
    void selectRuns(const QList<qint64>& runs);
    QList<qint64> selectedRuns() const;

    QTreeView* tree() const { return tree_; }
    RunListModel* model() const { return model_; }
    QSortFilterProxyModel* proxy() const { return proxy_; }
    RunDetails* details(int which) const { return which == 0 ? first_ : second_; }
    // Two runs selected: their metrics side by side with the differences, and the settings in
    // which they differ.
    QTableWidget* comparison() const { return comparison_; }
    QLineEdit* filter() const { return filter_; }
    // The worker that runs the jobs this window starts (resume here, the wizard).
    JobController* jobs() const { return jobs_; }
    // Opens the fine-tuning wizard (non-modal); its Start runs here.
    FineTuneWizard* openWizard();
    // Starts the jobs of a fine-tuning request (core::FineTunePlan: with options.adaptSteps
    // above 0, the adaptation run first) on this window's worker, one after the other. False
    // when a run is still going.
    bool startFineTune(const core::FineTuneOptions& options);
    // Runs `request` against band power over `folds` folds as a study (core::StudyPlan), its
    // runs one after another; false with a message when a run is going or it cannot be planned.
    bool startStudy(const core::FineTuneOptions& request, int folds);
    // Resumes the selected run (interrupted, cancelled or failed) on the worker thread.
    void resumeSelected();
    // Cancels the job of this window (it checkpoints first: it can be resumed).
    void cancelRunning();
    // Deletes the selected runs, undoably: they are hidden at once and deleted (records and
    // checkpoints) when the workspace closes.
    void deleteSelected();
    QUndoStack* undoStack() const { return undo_; }
    // Writes run `run`'s report to `path` (.pdf: PDF, else one self-contained HTML file) on a
    // worker thread, the model's example figures included; reportWritten() or message() tell
    // the end. False with *error when a report is still being written.
    bool exportReport(qint64 run, const QString& path, QString* error);
    // Opens the study window on study `study` (one window, reused); also from the Study button
    // and a double click on a run of a study.
    StudyView* openStudy(qint64 study);
    // The study of the selected run, or the study whose experiment row is current; 0: none.
    qint64 selectedStudy() const;

  signals:
    void message(const QString& text);
    void reportWritten(const QString& path);

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    void makeRunList();
    void makeDetails();
    void makeButtons();
    void makeLayout();
    void connectActions();
    core::Workspace* ws() const;
    QString workspacePath() const;
    void startFromPlan(std::unique_ptr<core::Job> job);
    void startStudyCell(std::unique_ptr<core::Job> job);
    void continueStudy(const QString& status, const QJsonObject& result);
    void chooseReportFile();
    void choosePredictionsFile();
    void choosePredictionsFolder();
    void chooseWeightsFile();
    void onReportFinished(const QString& status, const QString& text, const QJsonObject& result);
    void purgeDeleted();
    void setHidden(const QList<qint64>& runs, bool hidden);
    void showSelection();
    void showComparison(bool two);
    void updateActions();
    void onProgress(const alfee::core::JobProgress& progress);
    void onFinished(const QString& status, const QString& message, const QJsonObject& result);
    void applyFilter();

    QPointer<WorkspaceDocument> document_;  // may go before this widget, with the window
    RunListModel* model_ = nullptr;
    QSortFilterProxyModel* proxy_ = nullptr;
    QTreeView* tree_ = nullptr;
    QLineEdit* filter_ = nullptr;
    QComboBox* status_ = nullptr;
    QLabel* problem_ = nullptr;
    RunDetails *first_ = nullptr, *second_ = nullptr;
    QTableWidget* comparison_ = nullptr;
    JobController* jobs_ = nullptr;
    JobController* reports_ = nullptr;            // reports run beside a training job
    std::unique_ptr<core::FineTunePlan> plan_;    // the jobs of the last start, handed out in turn
    std::unique_ptr<core::StudyPlan> studyPlan_;  // or the cells of the study started last
    QString planName_;
    ProgressPanel* progress_ = nullptr;
    QPushButton *newRun_ = nullptr, *resume_ = nullptr, *cancel_ = nullptr, *delete_ = nullptr;
    QPushButton *report_ = nullptr, *predictions_ = nullptr, *study_ = nullptr;
    QPushButton* refresh_ = nullptr;
    StudyView* studyView_ = nullptr;
    QUndoStack* undo_ = nullptr;
    QSet<qint64> deleted_;  // hidden, deleted for good when the workspace closes
    bool stale_ = false;    // written to elsewhere while hidden: read again when shown
    bool selecting_ = false;
    bool selectNextRun_ = false;  // the next run a job of this window reports is selected
};

}  // namespace alfee::ui
