// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/runs/study_view.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "core/engine/study_results.h"
#include "core/report/study_report.h"
#include "ui/common/plot_style.h"
#include "ui/common/plot_widget.h"
#include "ui/common/workspace_document.h"
#include "ui/runs/run_list_model.h"

namespace alfee::ui {
namespace {

// The figures of a study, or why there are none, computed on a worker thread with its own
// connection (a Workspace is used by one thread).
struct Computed {
    QJsonObject results;
    QString error;
};

Computed compute(const QString& workspace, qint64 study) {
    Computed c;
    auto ws = core::Workspace::open(workspace, &c.error);
    if (!ws) return c;
    const auto record = core::StudyStore(*ws).find(study, &c.error);
    if (record) c.results = core::studyResults(*ws, *record, &c.error);
    return c;
}

const QColor kMetricColours[] = {QColor(31, 119, 180), QColor(214, 39, 40)};

// The arms as the ticks of an axis, the reference arm marked.
QSharedPointer<QCPAxisTickerText> armTicker(const QJsonArray& arms, const QString& reference) {
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int r = 0; r < arms.size(); ++r) {
        const QString arm = arms[r]["arm"].toString();
        ticker->addTick(r, arm == reference ? StudyView::tr("%1\n(reference)").arg(arm) : arm);
    }
    return ticker;
}

// One metric's pooled values of every arm as points with their 95% intervals, rows shifted by
// `offset` so that the two metrics of an arm sit one above the other.
void addForestMetric(QCustomPlot* plot, const QJsonArray& arms, const QString& metric, int k) {
    QCPGraph* g = plot->addGraph(plot->yAxis, plot->xAxis);  // keys: arm rows on the y axis
    g->setName(metricDisplayName(metric));
    g->setLineStyle(QCPGraph::lsNone);
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, kMetricColours[k], 8));
    auto* bars = new QCPErrorBars(plot->yAxis, plot->xAxis);
    bars->removeFromLegend();
    bars->setPen(QPen(kMetricColours[k], 2));
    bars->setDataPlottable(g);
    for (int r = 0; r < arms.size(); ++r) {
        const QJsonObject p = arms[r]["pooled"][metric].toObject();
        if (!p["value"].isDouble()) continue;
        const double v = p["value"].toDouble();
        g->addData(r + (k == 0 ? -0.15 : 0.15), v);
        bars->addData(v - p["ci95"][0].toDouble(v), p["ci95"][1].toDouble(v) - v);
    }
}

// A dashed line at the reference arm's value of each metric.
void markReference(QCustomPlot* plot, const QJsonObject& reference) {
    for (int k = 0; k < core::forestMetrics().size(); ++k) {
        const QJsonValue v = reference["pooled"][core::forestMetrics()[k]]["value"];
        if (!v.isDouble()) continue;
        auto* line = new QCPItemStraightLine(plot);
        line->point1->setCoords(v.toDouble(), 0);
        line->point2->setCoords(v.toDouble(), 1);
        QColor c = kMetricColours[k];
        c.setAlpha(140);
        line->setPen(QPen(c, 1, Qt::DashLine));
    }
}

// The value a run of an arm has for each fold x seed.
QMap<QPair<int, qint64>, QMap<int, double>> runsByFold(const QJsonArray& arms,
                                                       const QString& metric) {
    QMap<QPair<int, qint64>, QMap<int, double>> out;
    for (int a = 0; a < arms.size(); ++a)
        for (const QJsonValue& r : arms[a]["runs"].toArray())
            if (r["metrics"][metric].isDouble())
                out[{r["fold"].toInt(), r["seed"].toInteger()}][a] =
                    r["metrics"][metric].toDouble();
    return out;
}

// A title and the legend (in a row, no border) above the plot's axes, where the legend hides
// no point.
void addHeading(QCustomPlot* plot, const QString& title) {
    auto* heading = new QCPLayoutGrid;
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, heading);
    plot->plotLayout()->setRowStretchFactor(0, 0.001);
    QFont bold = plot->font();
    bold.setBold(true);
    auto* text = new QCPTextElement(plot, title, bold);
    text->setObjectName("title");
    heading->addElement(0, 0, text);
    plot->axisRect()->insetLayout()->take(plot->legend);
    heading->addElement(1, 0, plot->legend);
    heading->setRowSpacing(0);
    plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot->legend->setVisible(true);
    plot->legend->setFont(plot->font());
    plot->legend->setBorderPen(Qt::NoPen);
}

// The application's plot colours, the heading's title in the text colour, its legend unboxed.
void stylePlot(QCustomPlot* plot, const QPalette& palette) {
    applyPlotPalette(plot, palette);
    plot->legend->setBorderPen(Qt::NoPen);
    if (auto* title = plot->findChild<QCPTextElement*>("title"))
        title->setTextColor(palette.color(QPalette::Text));
}

QTableWidgetItem* tableCell(const QString& text, bool bold) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    QFont f = item->font();
    f.setBold(bold);
    item->setFont(f);
    return item;
}

}  // namespace

StudyView::StudyView(QWidget* parent) : QWidget(parent) {
    setWindowTitle(tr("Study - ALFEE Workbench"));
    studies_ = new QComboBox(this);
    studies_->setObjectName("studySelector");
    studies_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    metric_ = new QComboBox(this);
    for (const QString& m : core::studyMetrics()) metric_->addItem(metricDisplayName(m), m);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    state_ = new QLabel(this);
    forest_ = new PlotWidget(this);
    paired_ = new PlotWidget(this);
    table_ = new QTableWidget(0, int(core::studyFigureHeader().size()), this);
    table_->verticalHeader()->setVisible(false);
    table_->setAlternatingRowColors(true);
    // Compact rows: the twelve rows of six arms fit under the plots at 1400x900.
    table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    method_ = new QTextBrowser(this);
    method_->setObjectName("studyMethod");
    addHeading(forest_, tr("Pooled figures of each arm, 95% CI (dashed: the reference arm)"));
    addHeading(paired_, tr("Each fold's runs across the arms (one line per fold and seed)"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Study:"), this));
    bar->addWidget(studies_);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Runs by fold of:"), this));
    bar->addWidget(metric_);
    bar->addWidget(refresh);
    bar->addWidget(state_, 1);
    auto* plots = new QSplitter(Qt::Horizontal, this);
    plots->addWidget(forest_);
    plots->addWidget(paired_);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(plots);
    split->addWidget(table_);
    split->addWidget(method_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 1);
    // The plots first: at 1200x800 the table had most of the height and the method one line.
    split->setSizes({440, 330, 110});
    plots->setSizes({520, 680});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(studies_, &QComboBox::activated, this,
            [this] { showStudy(studies_->currentData().toLongLong()); });
    connect(refresh, &QPushButton::clicked, this,
            [this] { showStudy(studies_->currentData().toLongLong()); });
    connect(metric_, &QComboBox::currentIndexChanged, this, &StudyView::drawPaired);
    for (QCustomPlot* p : {forest_, paired_}) stylePlot(p, palette());
}

void StudyView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange) return;
    for (QCustomPlot* p : {forest_, paired_}) stylePlot(p, palette()), p->replot();
}

void StudyView::setDocument(WorkspaceDocument* document) {
    if (document_) disconnect(document_, nullptr, this, nullptr);
    document_ = document;
    connect(document_, &WorkspaceDocument::opened, this, &StudyView::listStudies);
    connect(document_, &WorkspaceDocument::changedElsewhere, this, &StudyView::listStudies);
    listStudies();
}

void StudyView::setWorkspace(const QString& workspace) {
    if (!ownDocument_) ownDocument_ = new WorkspaceDocument(this);
    QString error;
    if (!ownDocument_->open(workspace, &error)) return state_->setText(error);
    if (document_ != ownDocument_) setDocument(ownDocument_);
}

// Keeps the study shown selected when the list is filled again.
void StudyView::listStudies() {
    const QSignalBlocker quiet(studies_);
    studies_->clear();
    core::Workspace* ws = document_->workspace();
    if (!ws) return;
    QString error;
    for (const core::StudyRecord& s : core::StudyStore(*ws).list(&error))
        studies_->addItem(tr("%1: %2").arg(s.id).arg(s.name), s.id);
    if (!error.isEmpty()) state_->setText(error);
    if (pending_ > 0) studies_->setCurrentIndex(studies_->findData(pending_));
}

void StudyView::showStudy(qint64 study) {
    if (study <= 0) return;
    studies_->setCurrentIndex(studies_->findData(study));
    pending_ = study;
    state_->setText(tr("Computing the figures of study %1...").arg(study));
    auto* watcher = new QFutureWatcher<Computed>(this);
    connect(watcher, &QFutureWatcher<Computed>::finished, this, [this, watcher, study] {
        const Computed c = watcher->result();
        watcher->deleteLater();
        if (study != pending_) return;  // another study was asked for meanwhile
        state_->setText(c.error);
        if (c.error.isEmpty()) setResults(c.results);
    });
    // On a worker thread, with a connection of its own.
    watcher->setFuture(
        QtConcurrent::run(compute, document_ ? document_->path() : QString(), study));
}

void StudyView::setResults(const QJsonObject& results) {
    results_ = results;
    state_->setText(tr("%1 of %2 runs finished")
                        .arg(results["finished_runs"].toInt())
                        .arg(results["cells"].toInt()));
    drawForest();
    drawPaired();
    fillTable();
    method_->setPlainText(core::studyMethodInWords(results));
    emit shown(results["study"].toInteger());
}

void StudyView::drawForest() {
    forest_->clearPlottables();
    forest_->clearItems();
    const QJsonArray arms = results_["arms"].toArray();
    const QString reference = results_["reference"].toString();
    for (int k = 0; k < core::forestMetrics().size(); ++k)
        addForestMetric(forest_, arms, core::forestMetrics()[k], k);
    for (const QJsonValue& a : arms)
        if (a["arm"].toString() == reference) markReference(forest_, a.toObject());
    forest_->yAxis->setTicker(armTicker(arms, reference));
    forest_->yAxis->setRangeReversed(true);  // the first arm on top, as in the table
    forest_->yAxis->setRange(-0.5, arms.size() - 0.5);
    forest_->yAxis->grid()->setVisible(false);
    forest_->xAxis->setLabel(tr("pooled out-of-fold test metric"));
    forest_->xAxis->rescale(true);  // the values and their intervals (the error bars)
    forest_->xAxis->setRange(forest_->xAxis->range().lower - 0.03,
                             forest_->xAxis->range().upper + 0.03);
    stylePlot(forest_, palette());
    forest_->replot();
}

void StudyView::drawPaired() {
    paired_->clearPlottables();
    const QJsonArray arms = results_["arms"].toArray();
    const QString metric = metric_->currentData().toString();
    const auto folds = runsByFold(arms, metric);
    for (auto it = folds.cbegin(); it != folds.cend(); ++it) {
        QCPGraph* g = paired_->addGraph();
        QColor c = QColor::fromHsv((it.key().first * 67) % 360, 160, 190, 170);
        g->setPen(QPen(c, 1.2));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, c, 5));
        g->setName(tr("fold %1").arg(it.key().first));
        for (auto v = it->cbegin(); v != it->cend(); ++v) g->addData(v.key(), v.value());
        // one legend entry per fold (its seeds share the colour)
        if (it != folds.cbegin() && std::prev(it).key().first == it.key().first)
            g->removeFromLegend();
    }
    paired_->xAxis->setTicker(armTicker(arms, results_["reference"].toString()));
    paired_->xAxis->setRange(-0.5, arms.size() - 0.5);
    paired_->xAxis->grid()->setVisible(false);
    paired_->yAxis->setLabel(tr("test %1").arg(metricDisplayName(metric)));
    paired_->yAxis->rescale();
    paired_->yAxis->scaleRange(1.1);
    stylePlot(paired_, palette());
    paired_->replot();
}

void StudyView::fillTable() {
    const QVector<QStringList> rows = core::studyFigureRows(results_);
    const QString reference = results_["reference"].toString();
    table_->setRowCount(0);
    // core::studyFigureHeader()'s columns in the user's language
    table_->setHorizontalHeaderLabels({tr("arm"), tr("metric"), tr("runs"), tr("mean \u00b1 SD"),
                                       tr("pooled [95% CI]"), tr("vs reference [95% CI]"),
                                       tr("Wilcoxon p"), tr("W/T/L")});
    for (int k = 0; k < rows.size(); ++k) {
        QStringList cells = rows[k];
        cells[1] = metricDisplayName(core::forestMetrics()[k % 2]);  // rows: arm x the two
        if (cells[5] == "reference") cells[5] = tr("reference");
        if (cells[3] == "no finished run") cells[3] = tr("no finished run");
        table_->insertRow(k);
        for (int c = 0; c < cells.size(); ++c)
            table_->setItem(k, c, tableCell(cells[c], rows[k][0] == reference));
    }
    table_->resizeColumnsToContents();
    table_->horizontalHeader()->setStretchLastSection(true);
}

}  // namespace alfee::ui
