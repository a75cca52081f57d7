#include "ui/runs_dashboard.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include "ui/run_details.h"
#include "ui/run_list_model.h"

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
            m->index(row, RunListModel::Status, parent).data().toString() != status)
            return false;
        if (text.isEmpty()) return true;
        for (int c = 0; c < RunListModel::Columns; ++c)
            if (m->index(row, c, parent).data().toString().contains(text, Qt::CaseInsensitive))
                return true;
        return parent.data().toString().contains(text, Qt::CaseInsensitive);
    }
};

}  // namespace

RunsDashboard::RunsDashboard(QWidget* parent) : QWidget(parent) {
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
        status_->addItem(QString::fromLatin1(s), QString::fromLatin1(s));
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    problem_ = new QLabel(this);
    problem_->setVisible(false);
    first_ = new RunDetails(this);
    second_ = new RunDetails(this);
    second_->setVisible(false);

    auto* bar = new QHBoxLayout;
    bar->addWidget(filter_, 1);
    bar->addWidget(status_);
    bar->addWidget(refreshButton);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(problem_);
    leftLayout->addWidget(tree_, 1);
    auto* detailSplit = new QSplitter(Qt::Horizontal, this);
    detailSplit->addWidget(first_);
    detailSplit->addWidget(second_);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(left);
    split->addWidget(detailSplit);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({220, 640});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(filter_, &QLineEdit::textChanged, this, &RunsDashboard::applyFilter);
    connect(status_, &QComboBox::currentIndexChanged, this, &RunsDashboard::applyFilter);
    connect(refreshButton, &QPushButton::clicked, this, &RunsDashboard::refresh);
    connect(tree_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RunsDashboard::showSelection);
    poll_ = new QTimer(this);
    poll_->setInterval(2000);
    connect(poll_, &QTimer::timeout, this, [this] {
        if (model_->anyRunning() && isVisible()) refresh();
    });
    poll_->start();
}

void RunsDashboard::setWorkspace(const QString& path) {
    workspace_ = path;
    first_->clear(), second_->clear();
    refresh();
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
    const bool ok = workspace_.isEmpty() || model_->reload(workspace_, &error);
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
        if (k < runs.size() && !panes[k]->setRun(workspace_, runs[k], &error))
            problem_->setText(error), problem_->setVisible(true);
        if (k >= runs.size()) panes[k]->clear();
    }
    second_->setVisible(runs.size() >= 2);
}

}  // namespace alfee::ui
