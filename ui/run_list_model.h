#pragma once
// The run registry as a tree for the dashboard: experiments, and under each its runs (newest
// first) with their key figures. Read again on demand; the dashboard polls while runs are live.

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
    enum Column { Name, Kind, Status, Dataset, Start, BalancedAccuracy, Steps, Updated, Columns };
    static constexpr int RunIdRole = Qt::UserRole + 1;  // on column Name of run rows
    static constexpr int SortRole = Qt::UserRole + 2;   // numbers sort as numbers

    explicit RunListModel(QObject* parent = nullptr);

    // Reads the registry of `workspace` again; false with *error when it cannot be read.
    bool reload(core::Workspace& workspace, QString* error);
    bool anyRunning() const { return running_; }
    QModelIndex indexOfRun(qint64 run) const;
    // The runs the dashboard shows with a "hidden" mark (deleted, undoable) are left out.
    void setHiddenRuns(const QSet<qint64>& runs) { hidden_ = runs; }

  private:
    QList<QStandardItem*> rowFor(const core::RunRecord& run, double balancedAccuracy);
    QStandardItem* experimentItem(const QString& name);

    bool running_ = false;
    QSet<qint64> hidden_;
};

// Where a run started from, in words: the bundled checkpoint, a file, scratch, a baseline.
QString runStartingPoint(const core::RunRecord& run);

}  // namespace alfee::ui
