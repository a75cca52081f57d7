#pragma once
// The experiments and runs dashboard: every run of the registry grouped by experiment,
// sortable and filterable, with the selected run's curves and results, two side by side when
// two are selected; live runs (from this window or any alfee process) are followed by polling.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTimer;
class QTreeView;

namespace alfee::ui {

class RunDetails;
class RunListModel;

// Runs of the workspace and the details of one or two of them.
class RunsDashboard : public QWidget {
    Q_OBJECT
  public:
    explicit RunsDashboard(QWidget* parent = nullptr);

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
    QLineEdit* filter() const { return filter_; }

  private:
    void showSelection();
    void applyFilter();

    QString workspace_;
    RunListModel* model_ = nullptr;
    QSortFilterProxyModel* proxy_ = nullptr;
    QTreeView* tree_ = nullptr;
    QLineEdit* filter_ = nullptr;
    QComboBox* status_ = nullptr;
    QLabel* problem_ = nullptr;
    RunDetails *first_ = nullptr, *second_ = nullptr;
    QTimer* poll_ = nullptr;
    bool selecting_ = false;
};

}  // namespace alfee::ui
