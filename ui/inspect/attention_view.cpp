// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inspect/attention_view.h"

#include <qcustomplot.h>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QSlider>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>

#include "core/viewer/display_scales.h"
#include "ui/common/lane_traces.h"
#include "ui/common/plot_style.h"
#include "ui/common/plot_widget.h"
#include "ui/common/scalp_map_widget.h"
#include "ui/inspect/window_lanes.h"

namespace alfee::ui {
namespace {

const QColor kTask(31, 119, 180);

QWidget* mapColumn(QWidget* parent, ScalpMapWidget* map, QComboBox* layer, QLabel* prediction) {
    auto* column = new QWidget(parent);
    auto* layout = new QGridLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(map, 0, 0, 1, 2);
    layout->addWidget(new QLabel(QObject::tr("Channel-encoder layer"), column), 1, 0);
    layout->addWidget(layer, 1, 1);
    layout->addWidget(prediction, 2, 0, 1, 2);
    layout->setRowStretch(0, 1);
    return column;
}

}  // namespace

AttentionView::AttentionView(QWidget* parent) : QWidget(parent) {
    map_ = new ScalpMapWidget(this);
    layer_ = new QComboBox(this);
    prediction_ = new QLabel(this);
    prediction_->setWordWrap(true);
    slider_ = new QSlider(Qt::Horizontal, this);
    slider_->setToolTip(tr("The second the scalp map shows (Home, End, arrows)"));
    caption_ = new QLabel(this);
    caption_->setWordWrap(true);
    traces_ = new PlotWidget(this);
    traces_->setFocusPolicy(Qt::NoFocus);
    traces_->setNotAntialiasedElements(QCP::aeAll);
    traces_->yAxis->setSubTicks(false);
    traces_->yAxis->setTickLength(0, 0);
    lanes_ = new LaneTraces(traces_);
    // The task strip shares the traces' time axis: a second axis rect in the same plot.
    strip_ = new QCPAxisRect(traces_);
    traces_->plotLayout()->addElement(1, 0, strip_);
    traces_->plotLayout()->setRowStretchFactor(1, 0.18);
    auto* margins = new QCPMarginGroup(traces_);
    traces_->axisRect()->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    strip_->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    strip_->axis(QCPAxis::atBottom)->setLabel(tr("Time in the window (s)"));
    strip_->axis(QCPAxis::atLeft)->setLabel(tr("task token"));
    taskBars_ = new QCPBars(strip_->axis(QCPAxis::atBottom), strip_->axis(QCPAxis::atLeft));
    taskBars_->setWidth(0.9);
    taskBars_->setPen(Qt::NoPen);
    taskBars_->setBrush(kTask);
    cursor_ = new QCPItemRect(traces_);
    cursor_->setLayer("background");
    cursor_->setPen(Qt::NoPen);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(traces_, 1);
    rightLayout->addWidget(slider_);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(mapColumn(this, map_, layer_, prediction_));
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({400, 600});  // the head and the traces share the width
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(caption_);
    layout->addWidget(split, 1);
    connect(slider_, &QSlider::valueChanged, this, [this] { showStep(); });
    connect(layer_, &QComboBox::currentIndexChanged, this, [this] { showStep(); });
    connect(traces_, &QCustomPlot::mousePress, this, [this](QMouseEvent* e) {
        setStep(int(std::floor(traces_->xAxis->pixelToCoord(e->pos().x()))));
    });
    applyColours();
    showMessage(tr("Choose a model and a recording."));
}

void AttentionView::showMessage(const QString& message) {
    caption_->setText(message);
}

void AttentionView::clear(const QString& message) {
    maps_ = {};
    {
        const QSignalBlocker block(layer_), blockSlider(slider_);
        layer_->clear();
        slider_->setRange(0, 0);
    }
    map_->clear();
    lanes_->resize(0);
    labelLanes(traces_, {}, 10);
    taskBars_->data()->clear();
    cursor_->topLeft->setCoords(0, 0), cursor_->bottomRight->setCoords(0, 0);
    prediction_->clear();
    traces_->replot();
    showMessage(message);
}

void AttentionView::setMaps(const core::AttentionMaps& maps) {
    const int keepLayer = layer_->count() ? layer_->currentIndex() : -1;
    maps_ = maps;
    {
        const QSignalBlocker block(layer_), blockSlider(slider_);
        layer_->clear();
        for (int l = 0; l < maps.layers; ++l)
            layer_->addItem(tr("%1 of %2").arg(l + 1).arg(maps.layers));
        layer_->addItem(tr("mean of the layers"));
        layer_->setCurrentIndex(keepLayer >= 0 && keepLayer < layer_->count() ? keepLayer
                                                                              : maps.layers - 1);
        slider_->setRange(0, std::max(0, maps.steps - 1));
    }
    caption_->setText(tr("%1 at %2 s: where the channel encoder looked in each second (the scalp "
                         "map; click the traces or move the slider), and where the fine-tuning "
                         "token looked (the strip).")
                          .arg(QFileInfo(maps.recording).fileName())
                          .arg(maps.onsetSeconds));
    QString predicted;
    for (int k = 0; k < maps.classes.size(); ++k)
        predicted += QStringLiteral("%1%2 %3")
                         .arg(k ? ", " : "", maps.classes[k].toHtmlEscaped())
                         .arg(maps.probabilities.value(k), 0, 'f', 2);
    prediction_->setText(maps.classes.isEmpty()
                             ? tr("A pretrained model has no fine-tuning token: choose a "
                                  "fine-tuned run to see what it attends to.")
                             : tr("Class probabilities: %1").arg(predicted));
    drawTraces();
    drawTaskStrip();
    showStep();
}

int AttentionView::step() const {
    return slider_->value();
}

void AttentionView::setStep(int step) {
    slider_->setValue(std::clamp(step, 0, slider_->maximum()));
}

QVector<double> AttentionView::layerValues(int step) const {
    const int c = maps_.electrodes.size(), layer = layer_->currentIndex();
    QVector<double> values(c, 0.0);
    const bool mean = layer < 0 || layer >= maps_.layers;
    for (int l = mean ? 0 : layer; l < (mean ? maps_.layers : layer + 1); ++l) {
        const QVector<float> w = maps_.channelAt(l, step);
        for (int i = 0; i < c; ++i) values[i] += w.value(i) / (mean ? maps_.layers : 1);
    }
    return values;
}

void AttentionView::showStep() {
    if (maps_.steps == 0) return;
    double lo = 1e300, hi = -1e300;  // one colour range over the window's seconds
    for (int t = 0; t < maps_.steps; ++t)
        for (double v : layerValues(t)) lo = std::min(lo, v), hi = std::max(hi, v);
    const int t = step();
    map_->setValues(maps_.electrodes, layerValues(t), lo, hi,
                    tr("Second %1-%2 of the window").arg(t).arg(t + 1), tr("attention"));
    cursor_->topLeft->setCoords(t, 0.5);
    cursor_->bottomRight->setCoords(t + 1, -maps_.electrodes.size() + 0.5);
    traces_->replot(QCustomPlot::rpQueuedReplot);
}

void AttentionView::drawTraces() {
    const int c = maps_.electrodes.size(), n = maps_.steps * 256;
    const double uvPerLane = core::windowMicrovoltsPerLane(maps_.traces, c);
    lanes_->resize(c);
    for (int lane = 0; lane < c; ++lane) {
        windowLane(maps_.traces, lane, n, uvPerLane, &lanes_->line(lane));
        lanes_->setColour(lane, palette().color(QPalette::Text));
    }
    labelLanes(traces_, maps_.electrodes, maps_.steps);
}

void AttentionView::drawTaskStrip() {
    QVector<double> x, y;
    double top = 0.01;
    for (int t = 0; t < maps_.steps && !maps_.tasks.isEmpty(); ++t)
        x << t + 0.5, y << maps_.task.value(t), top = std::max(top, y.back());
    taskBars_->setData(x, y);
    strip_->axis(QCPAxis::atBottom)->setRange(0, maps_.steps);
    strip_->axis(QCPAxis::atLeft)->setRange(0, top * 1.15);
    // Without a task token the strip collapses: the traces take its height.
    const bool shown = !maps_.tasks.isEmpty();
    strip_->setVisible(shown);
    strip_->setAutoMargins(shown ? QCP::msAll : QCP::msNone);
    strip_->setMargins(QMargins());
    strip_->setMinimumSize(0, 0);
    strip_->setMaximumSize(QWIDGETSIZE_MAX, shown ? QWIDGETSIZE_MAX : 0);
    traces_->plotLayout()->setRowSpacing(shown ? 5 : 0);
}

void AttentionView::applyColours() {
    applyPlotPalette(traces_, palette());
    traces_->yAxis->grid()->setVisible(false);
    QColor shade = palette().color(QPalette::Highlight);
    shade.setAlpha(50);
    cursor_->setBrush(shade);
}

void AttentionView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) {
        applyColours();
        if (maps_.steps > 0) setMaps(maps_);
    }
    QWidget::changeEvent(event);
}

}  // namespace alfee::ui
