// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/runs/run_details.h"

#include <qcustomplot.h>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/engine/baseline_comparison.h"
#include "core/engine/display_names.h"
#include "core/engine/run_registry.h"
#include "core/workspace/workspace.h"
#include "ui/common/plot_style.h"
#include "ui/common/plot_widget.h"
#include "ui/runs/run_list_model.h"

namespace alfee::ui {
namespace {

const QStringList kMetrics = {"balanced_accuracy", "auroc",    "auc_pr",   "cohen_kappa",
                              "weighted_f1",       "accuracy", "n_windows"};

QTableWidgetItem* readOnly(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QString number(const QJsonValue& v) {
    if (v.isNull() || v.isUndefined()) return QStringLiteral("-");
    const double x = v.toDouble();
    return x == std::floor(x) && std::abs(x) > 1.5 ? QString::number(qint64(x))
                                                   : QString::number(x, 'f', 3);
}

QTableWidget* table(QWidget* parent) {
    auto* t = new QTableWidget(parent);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    return t;
}

// A series of [step, epoch, value] triples as (step, value) vectors.
void seriesOf(const QJsonArray& points, QVector<double>* x, QVector<double>* y) {
    for (const QJsonValue& p : points) {
        const QJsonArray a = p.toArray();
        if (a[2].isNull()) continue;
        *x << a[0].toDouble(), *y << a[2].toDouble();
    }
}

// Messages the jobs store in English (the registry is read in any language) in the user's
// language: the known forms, anything else as it is.
QString runMessageText(const QString& message) {
    static const std::pair<const char*, const char*> forms[] = {
        {R"(^cancelled at step (\d+); resume with alfee (\w+) --resume (\d+)$)",
         QT_TRANSLATE_NOOP("alfee::ui::RunDetails",
                           "cancelled at step %1; Resume continues it (alfee %2 --resume %3 from "
                           "the command line)")},
        {R"(^band power of (\d+) electrodes x (\d+) bands, logistic regression$)",
         QT_TRANSLATE_NOOP("alfee::ui::RunDetails",
                           "band power of %1 electrodes x %2 bands, logistic regression")},
        {R"(^(\d+) steps; (\d+) non-finite steps skipped$)",
         QT_TRANSLATE_NOOP("alfee::ui::RunDetails", "%1 steps; %2 non-finite steps skipped")},
        {R"(^best epoch (\d+) of (\d+) \(by (.+)\); (\d+) non-finite steps skipped$)",
         QT_TRANSLATE_NOOP("alfee::ui::RunDetails",
                           "best epoch %1 of %2 (by %3); %4 non-finite steps skipped")},
        {R"(^cancelled$)", QT_TRANSLATE_NOOP("alfee::ui::RunDetails", "cancelled")},
        {R"(^cancelled while preparing the data$)",
         QT_TRANSLATE_NOOP("alfee::ui::RunDetails", "cancelled while preparing the data")}};
    for (const auto& [pattern, text] : forms) {
        const QRegularExpressionMatch m = QRegularExpression(pattern).match(message);
        if (!m.hasMatch()) continue;
        QString out = RunDetails::tr(text);
        for (int i = 1; i <= m.lastCapturedIndex(); ++i)  // a part in words is core's
            out = out.arg(
                QCoreApplication::translate("alfee::core", m.captured(i).toUtf8().constData()));
        return out;
    }
    return message;
}

// Room on both sides of the data: a dot at the edge of the range was cut in half.
void padRange(QCPAxis* axis, double fraction) {
    const QCPRange r = axis->range();
    const double pad = r.size() > 0 ? r.size() * fraction : 0.5;
    axis->setRange(r.lower - pad, r.upper + pad);
}

// Draws a plot that has been laid out; one that has not yet (the second pane before it is
// first shown) draws itself at its first resize.
void redraw(QCustomPlot* plot) {
    if (plot->isVisible() && !plot->viewport().isEmpty()) plot->replot();
}

}  // namespace

// The whole-split result (no subject) of `split`, from the first source that has one.
QJsonObject splitResult(const QJsonArray& results, const QString& split) {
    for (const QJsonValue& v : results)
        if (v["split"] == split && !v.toObject().contains("subject")) return v.toObject();
    return {};
}

const QStringList& RunDetails::metricKeys() {
    return kMetrics;
}

RunDetails::RunDetails(QWidget* parent) : QWidget(parent) {
    header_ = new QLabel(this);
    header_->setWordWrap(true);
    header_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    curves_ = new PlotWidget(this);
    // Small enough minimums that the runs list keeps rows at 900x620 (it showed two).
    curves_->setMinimumHeight(150);
    confusion_ = new PlotWidget(this);
    confusion_->setMinimumSize(200, 150);
    confusion_->setMaximumWidth(460);  // about square: one cell per class pair
    metrics_ = table(this);
    metrics_->horizontalHeader()->setStretchLastSection(false);  // it is as wide as its columns
    subjects_ = table(this);
    // The matrix beside a stretch: alone (a baseline has no curves) its maximum width made
    // the whole pane 470 of 1600 px wide.
    auto* confusionBox = new QWidget(this);
    auto* confusionRow = new QHBoxLayout(confusionBox);
    confusionRow->setContentsMargins(0, 0, 0, 0);
    confusionRow->addWidget(confusion_, 1);  // up to its maximum width
    confusionRow->addStretch();
    auto* plots = new QSplitter(Qt::Horizontal, this);
    plots->addWidget(curves_);
    plots->addWidget(confusionBox);
    plots->setStretchFactor(0, 3);
    plots->setStretchFactor(1, 2);
    tables_ = new QSplitter(Qt::Horizontal, this);
    tables_->addWidget(metrics_);
    tables_->addWidget(subjects_);
    tables_->setStretchFactor(1, 1);  // the metrics as wide as their columns, subjects the rest
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(plots);
    split->addWidget(tables_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(header_);
    layout->addWidget(split, 1);
    content_ = split;
    clear();
}

// A pane shown for the first time (the second of two compared runs) measured its columns
// before its style was applied: again now.
void RunDetails::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (run_ > 0) fitColumns(metrics_);
}

void RunDetails::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange)
        for (QCustomPlot* p : {curves_, confusion_}) applyPlotPalette(p, palette()), redraw(p);
    QWidget::changeEvent(event);
}

void RunDetails::clear() {
    run_ = 0;
    details_ = {};
    content_->setVisible(false);
    header_->setText(tr("Select a run to see its curves and results; select two to compare."));
    for (QCustomPlot* p : {curves_, confusion_}) {
        p->clearPlottables(), p->clearItems();
        p->setVisible(false);  // no empty axes: each shows again with something to draw
    }
    confusion_->parentWidget()->setVisible(false);
    metrics_->clear(), metrics_->setRowCount(0), metrics_->setColumnCount(0);
    subjects_->clear(), subjects_->setRowCount(0), subjects_->setColumnCount(0);
}

bool RunDetails::setRun(core::Workspace& workspace, qint64 run, QString* error) {
    core::RunRegistry registry(workspace);
    const auto record = registry.find(QString::number(run), error);
    if (!record) return false;
    const QJsonObject details = registry.details(*record, error);
    run_ = run;
    details_ = details;
    content_->setVisible(true);
    showHeader(details);
    showCurves(details["metric_history"].toObject());
    const QJsonArray results = details["results"].toArray();
    showConfusion(splitResult(results, "test"));
    QString ignored;  // without a baseline the table has the model's columns only
    const QVector<core::BaselineComparison> baseline =
        core::compareWithBaseline(registry, *record, &ignored);
    showMetrics(results, baseline.value(0));
    if (!baseline.isEmpty())
        header_->setText(header_->text() + "<br>" +
                         core::comparisonSentence(baseline.front()).toHtmlEscaped());
    showSubjects(results);
    tables_->setVisible(!results.isEmpty());  // pretraining has no metrics: no table of "-"
    return true;
}

void RunDetails::showHeader(const QJsonObject& d) {
    core::RunRecord r;
    r.kind = d["kind"].toString(), r.config = d["config"].toObject();
    header_->setText(
        tr("<b>%1 %2</b> &nbsp; %3, <b>%4</b> &nbsp; dataset %5 &nbsp; start: %6 &nbsp; %7 "
           "&nbsp; %8<br><i>%9</i>")
            .arg(d["run"].toInteger())
            .arg(d["name"].toString().toHtmlEscaped(), runKindDisplayName(d["kind"].toString()),
                 core::runStatusDisplayName(d["status"].toString()),
                 d["dataset"].toString().toHtmlEscaped(), runStartingPoint(r).toHtmlEscaped())
            .arg(d["step"].toInteger() > 0 ? tr("checkpoint at step %1, epoch %2")
                                                 .arg(d["step"].toInteger())
                                                 .arg(d["epoch"].toInteger())
                                           : QString())
            .arg(d["device"].toString(), runMessageText(d["message"].toString()).toHtmlEscaped()) +
        resumeHint(d["status"].toString(), r.kind));
}

// An unfinished run says what can be done about it.
QString RunDetails::resumeHint(const QString& status, const QString& kind) {
    const bool resumable = kind == "finetune" || kind == "pretrain";
    if (!resumable || (status != "interrupted" && status != "cancelled" && status != "failed"))
        return {};
    return tr(
        "<br><span style=\"color:#c0392b\">This run did not finish. Resume continues it "
        "from its last checkpoint.</span>");
}

void RunDetails::showCurves(const QJsonObject& history) {
    curves_->clearPlottables();
    const QList<QPair<QString, QColor>> series = {{"train_loss", QColor(31, 119, 180)},
                                                  {"val_loss", QColor(255, 127, 14)},
                                                  {"val_balanced_accuracy", QColor(44, 160, 44)},
                                                  {"val_auroc", QColor(148, 103, 189)}};
    bool scores = false;
    for (const auto& [key, colour] : series) {
        QVector<double> x, y;
        seriesOf(history[key].toArray(), &x, &y);
        if (x.isEmpty()) continue;
        const bool score = key.startsWith("val_") && key != "val_loss";
        scores = scores || score;
        QCPGraph* g = curves_->addGraph(curves_->xAxis, score ? curves_->yAxis2 : curves_->yAxis);
        g->setData(x, y);
        g->setName(metricDisplayName(key));
        g->setPen(QPen(colour, key == "train_loss" ? 1.0 : 2.0));
        if (score || key == "val_loss") g->setScatterStyle(QCPScatterStyle::ssDisc);
    }
    labelCurves(scores);
}

// Axes of the curves: the score axis (0 to 1) only where a score is drawn (an adaptation run
// showed an empty one), and room around the points.
void RunDetails::labelCurves(bool scores) {
    curves_->xAxis->setLabel(tr("step"));
    curves_->yAxis->setLabel(tr("loss"));
    curves_->yAxis2->setLabel(tr("validation score"));
    curves_->yAxis2->setVisible(scores);
    curves_->legend->setVisible(curves_->graphCount() > 0);
    curves_->setVisible(curves_->graphCount() > 0);  // a baseline is fitted in one go
    curves_->rescaleAxes();
    padRange(curves_->xAxis, 0.03);
    padRange(curves_->yAxis, 0.08);
    curves_->yAxis2->setRange(0, 1.04);
    applyPlotPalette(curves_, palette());
    redraw(curves_);
}

void RunDetails::showConfusion(const QJsonObject& result) {
    confusion_->clearPlottables(), confusion_->clearItems();
    const QJsonArray rows = result["confusion_matrix"].toArray();
    const QJsonArray classes = result["classes"].toArray();
    const int n = int(rows.size());
    confusion_->setVisible(n > 0);
    confusion_->parentWidget()->setVisible(n > 0);
    if (n == 0) return;
    auto* map = new QCPColorMap(confusion_->xAxis, confusion_->yAxis);
    map->data()->setSize(n, n);
    map->data()->setRange(QCPRange(0, n - 1), QCPRange(0, n - 1));
    QSharedPointer<QCPAxisTickerText> ticks(new QCPAxisTickerText);
    for (int i = 0; i < n; ++i) {
        double total = 0;
        for (const QJsonValue& v : rows[i].toArray()) total += v.toDouble();
        ticks->addTick(i, classes[i].toString());
        for (int j = 0; j < n; ++j) {
            const double count = rows[i].toArray()[j].toDouble();
            map->data()->setCell(j, n - 1 - i, total > 0 ? count / total : 0);  // rows: true
            auto* label = new QCPItemText(confusion_);
            label->position->setCoords(j, n - 1 - i);
            label->setText(QString::number(qint64(count)));
            label->setColor(total > 0 && count / total > 0.5 ? Qt::white : Qt::black);
            QFont font = label->font();
            font.setBold(true);
            label->setFont(font);
        }
    }
    QSharedPointer<QCPAxisTickerText> yTicks(new QCPAxisTickerText);
    for (int i = 0; i < n; ++i) yTicks->addTick(n - 1 - i, classes[i].toString());
    // Share of the true class's windows: white (none) to blue (all), cell by cell.
    QCPColorGradient blues;
    blues.setColorStopAt(0, QColor(247, 251, 255));
    blues.setColorStopAt(1, QColor(8, 69, 148));
    map->setGradient(blues);
    map->setInterpolate(false);
    map->setDataRange(QCPRange(0, 1));
    confusion_->xAxis->setTicker(ticks);
    confusion_->yAxis->setTicker(yTicks);
    confusion_->xAxis->setLabel(tr("predicted"));
    confusion_->yAxis->setLabel(tr("true (test split)"));
    confusion_->xAxis->setRange(-0.5, n - 0.5);
    confusion_->yAxis->setRange(-0.5, n - 0.5);
    applyPlotPalette(confusion_, palette());
    redraw(confusion_);
}

void RunDetails::showMetrics(const QJsonArray& results, const core::BaselineComparison& baseline) {
    const QStringList splits = {"validation", "test"};
    const bool beside = baseline.baselineRun > 0;  // the band-power baseline on the same split
    metrics_->clear();
    metrics_->setColumnCount(beside ? 5 : 3);
    QStringList header{tr("metric"), core::splitDisplayName("validation"),
                       core::splitDisplayName("test")};
    if (beside)
        header << tr("baseline %1").arg(core::splitDisplayName("validation"))
               << tr("baseline %1").arg(core::splitDisplayName("test"));
    metrics_->setHorizontalHeaderLabels(header);
    metrics_->setRowCount(int(kMetrics.size()));
    for (int r = 0; r < kMetrics.size(); ++r) {
        metrics_->setItem(r, 0, readOnly(metricDisplayName(kMetrics[r])));
        for (int s = 0; s < splits.size(); ++s) {
            metrics_->setItem(r, s + 1,
                              readOnly(number(splitResult(results, splits[s])[kMetrics[r]])));
            if (beside)
                metrics_->setItem(r, s + 3,
                                  readOnly(number(baseline.baseline[splits[s]][kMetrics[r]])));
        }
    }
    metrics_->setToolTip(beside ? tr("Beside the band-power baseline of run %1, fitted on the same "
                                     "windows and split")
                                      .arg(baseline.baselineRun)
                                : QString());
    fitColumns(metrics_);
}

// As wide as every column needs (the test column was cut off when the subjects table took
// the width).
void RunDetails::fitColumns(QTableWidget* table) {
    table->resizeColumnsToContents();
    int width = 2 * table->frameWidth() + table->verticalScrollBar()->sizeHint().width();
    for (int c = 0; c < table->columnCount(); ++c) width += table->columnWidth(c);
    table->setMinimumWidth(width);
}

void RunDetails::showSubjects(const QJsonArray& results) {
    subjects_->clear();
    subjects_->setColumnCount(4);
    subjects_->setHorizontalHeaderLabels(
        {tr("subject"), tr("split"), tr("balanced accuracy"), tr("windows")});
    subjects_->setRowCount(0);
    for (const QJsonValue& v : results) {
        if (!v.toObject().contains("subject")) continue;
        const int r = subjects_->rowCount();
        subjects_->insertRow(r);
        subjects_->setItem(r, 0, readOnly(v["subject"].toString()));
        subjects_->setItem(r, 1, readOnly(core::splitDisplayName(v["split"].toString())));
        subjects_->setItem(r, 2, readOnly(number(v["balanced_accuracy"])));
        subjects_->setItem(r, 3, readOnly(number(v["n_windows"])));
    }
    subjects_->resizeColumnsToContents();
}

}  // namespace alfee::ui
