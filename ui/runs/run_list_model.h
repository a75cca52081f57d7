// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The run registry as a tree for the dashboard: experiments, and under each its runs (newest
// first) with their key figures, and for a run of a study its arm and fold. Read again on
// demand; the dashboard polls while runs are live.

#include <QHash>
#include <QSet>
#include <QStandardItemModel>

namespace alfee::core {
struct RunRecord;
class Workspace;
}  // namespace alfee::core

namespace alfee::ui {

// Experiments (runs without one under "No experiment") with their runs as rows.
class RunListModel : public QStandardItemModel {
    Q_OBJECT
  public:
    enum Column {
        Name,
        Kind,
        Status,
        Arm,
        Fold,
        Dataset,
        Start,
        BalancedAccuracy,
        Steps,
        Updated,
        Columns
    };
    static constexpr int RunIdRole = Qt::UserRole + 1;  // on column Name of run rows
    static constexpr int SortRole = Qt::UserRole + 2;   // numbers sort as numbers
    // On column Name of a run or an experiment: the study it belongs to or is (0: none).
    static constexpr int StudyRole = Qt::UserRole + 3;
    // (the Status and Kind columns' SortRole holds the English value the registry stores; it
    // shows translated)

    explicit RunListModel(QObject* parent = nullptr);

    // Reads the registry of `workspace` again; false with *error when it cannot be read.
    bool reload(core::Workspace& workspace, QString* error);
    bool anyRunning() const { return running_; }
    QModelIndex indexOfRun(qint64 run) const;
    // The runs the dashboard shows with a "hidden" mark (deleted, undoable) are left out.
    void setHiddenRuns(const QSet<qint64>& runs) { hidden_ = runs; }
    // The step a running job of this window has reached: the registry's step column is
    // written only at checkpoints, so the Steps column shows this until the run ends.
    void setLiveStep(qint64 run, qint64 step);
    void clearLiveSteps() { liveSteps_.clear(); }
    QString statusOf(qint64 run) const;  // the registry's English status
    qint64 studyOf(qint64 run) const;    // the study the run is a cell of; 0: none

  private:
    // Where a run sits in a study: the study's id and name and the run's cell.
    struct StudyPlace {
        qint64 study = 0;
        QString studyName, arm;
        int fold = 0;
        qint64 seed = 0;
    };
    QList<QStandardItem*> rowFor(const core::RunRecord& run, double balancedAccuracy);
    QStandardItem* experimentItem(const QString& name);
    void readStudies(core::Workspace& workspace);

    QHash<qint64, StudyPlace> studyPlaces_;  // by run

    bool running_ = false;
    QSet<qint64> hidden_;
    QHash<qint64, qint64> liveSteps_;
};

// Where a run started from, in words: the bundled checkpoint, a file, scratch, a baseline.
QString runStartingPoint(const core::RunRecord& run);
// A run kind as stored ("finetune", "pretrain", "baseline", ...) in the user's language.
QString runKindDisplayName(const QString& kind);
// A metric key of the registry ("balanced_accuracy", "auroc", ...) in words.
QString metricDisplayName(const QString& key);

}  // namespace alfee::ui
