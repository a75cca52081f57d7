// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inspect/reconstruction_view.h"

#include <qcustomplot.h>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "core/electrodes/electrode_vocabulary.h"
#include "core/viewer/display_scales.h"
#include "ui/common/lane_traces.h"
#include "ui/common/plot_style.h"
#include "ui/common/plot_widget.h"
#include "ui/inspect/window_lanes.h"

namespace alfee::ui {
namespace {

constexpr int kPatch = 256;
constexpr int kBins = 129;  // 0..128 Hz in 1 Hz steps
const QColor kReconstructed(214, 39, 40);

QCustomPlot* newPlot(QWidget* parent) {
    auto* plot = new PlotWidget(parent);
    plot->setFocusPolicy(Qt::NoFocus);
    return plot;
}

}  // namespace

ReconstructionView::ReconstructionView(QWidget* parent) : QWidget(parent) {
    traces_ = newPlot(this);
    traces_->setNotAntialiasedElements(QCP::aeAll);
    traces_->xAxis->setLabel(tr("Time in the window (s)"));
    traces_->yAxis->setSubTicks(false);
    traces_->yAxis->setTickLength(0, 0);
    lanes_ = new LaneTraces(traces_);
    spectrum_ = newPlot(this);
    spectrum_->xAxis->setLabel(tr("Frequency (Hz)"));
    spectrum_->yAxis->setLabel(tr("log10 power (z-scored patch)"));
    spectrum_->legend->setVisible(true);
    errors_ = newPlot(this);
    // The fit, not the error in µV: near 0 says the model gives little more than the mean (a
    // weak model), a high error with a good fit elsewhere says the view or the data.
    errors_->yAxis->setLabel(tr("EV (1: exact)"));  // explained variance: the caption says so
    channel_ = new QComboBox(this);
    channel_->setToolTip(tr("The channel whose spectra are shown"));
    caption_ = new QLabel(this);
    caption_->setWordWrap(true);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Spectra of"), right));
    pick->addWidget(channel_, 1);
    rightLayout->addLayout(pick);
    rightLayout->addWidget(spectrum_, 3);
    rightLayout->addWidget(errors_, 2);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(traces_);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(caption_);
    layout->addWidget(split, 1);
    connect(channel_, &QComboBox::currentIndexChanged, this, [this] { drawSpectrum(); });
    applyColours();
    showMessage(tr("Choose a model and a recording."));
}

void ReconstructionView::showMessage(const QString& message) {
    caption_->setText(message);
}

void ReconstructionView::clear(const QString& message) {
    result_ = {};
    {
        const QSignalBlocker block(channel_);
        channel_->clear();
    }
    lanes_->resize(0);
    traces_->clearItems();
    labelLanes(traces_, {}, 10);
    spectrum_->clearGraphs();
    spectrum_->legend->setVisible(false);  // an empty box otherwise
    errors_->clearPlottables();
    errors_->xAxis->setTicker(electrodeTicker(errors_->xAxis, {}, 0, 1));  // no names left
    for (QCustomPlot* plot : {traces_, spectrum_, errors_}) plot->replot();
    showMessage(message);
}

QString ReconstructionView::taskDisplayName(const QString& task) {
    if (task == "channel") return tr("Channels masked");
    if (task == "temporal") return tr("Seconds masked");
    if (task == "forecast") return tr("Forecasting");
    if (task == "none") return tr("Nothing masked");
    return task;
}

void ReconstructionView::setResult(const core::ReconstructionResult& result) {
    result_ = result;
    const QString keep = channel_->currentText();
    {
        const QSignalBlocker block(channel_);
        channel_->clear();
        for (const QString& e : result.electrodes) channel_->addItem(core::electrodeDisplayName(e));
        int worst = 0;  // the worst reconstructed channel is the one worth a look first
        for (int c = 0; c < result.errorPerChannel.size(); ++c)
            if (std::isfinite(result.errorPerChannel[c]) &&
                !(result.errorPerChannel[c] <= result.errorPerChannel.value(worst, -1)))
                worst = c;
        const int kept = channel_->findText(keep);
        channel_->setCurrentIndex(kept >= 0 ? kept : worst);
    }
    drawTraces();
    drawSpectrum();
    drawErrors();
}

namespace {

// The median of the finite values (NaN when none): the fit of a typical channel.
double medianFit(QVector<double> values) {
    values.erase(
        std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }),
        values.end());
    if (values.isEmpty()) return std::nan("");
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

}  // namespace

void ReconstructionView::drawTraces() {
    const int c = result_.electrodes.size(), n = result_.steps * kPatch;
    uvPerLane_ = core::windowMicrovoltsPerLane(result_.original, c);
    lanes_->resize(2 * c);
    for (int lane = 0; lane < c; ++lane) {
        windowLane(result_.original, lane, n, uvPerLane_, &lanes_->line(2 * lane));
        windowLane(result_.reconstructed, lane, n, uvPerLane_, &lanes_->line(2 * lane + 1));
        lanes_->setColour(2 * lane, palette().color(QPalette::Text));
        lanes_->setColour(2 * lane + 1, kReconstructed);
        lanes_->setLane(2 * lane, lane), lanes_->setLane(2 * lane + 1, lane);
    }
    labelLanes(traces_, result_.electrodes, result_.steps);
    shadeHidden();
    caption_->setText(
        tr("%1 at %2 s, %3: the original and the reconstruction (red); shaded patches were "
           "hidden from the model. One lane is %4 µV. Median explained variance (EV) over the "
           "channels: %5 (0: the model gives their mean and little more).")
            .arg(QFileInfo(result_.recording).fileName())
            .arg(result_.onsetSeconds)
            .arg(taskDisplayName(result_.task))
            .arg(uvPerLane_, 0, 'f', 0)
            .arg(medianFit(result_.explainedVariance), 0, 'f', 2));
    traces_->replot();
}

void ReconstructionView::shadeHidden() {
    traces_->clearItems();
    const int c = result_.electrodes.size();
    QColor shade = palette().color(QPalette::Highlight);
    shade.setAlpha(45);
    for (int lane = 0; lane < c; ++lane)
        for (int t = 0; t < result_.steps; ++t) {
            if (!result_.hidden.value(lane * result_.steps + t)) continue;
            int end = t + 1;  // one box over a run of hidden patches: no seams between them
            while (end < result_.steps && result_.hidden.value(lane * result_.steps + end)) ++end;
            auto* box = new QCPItemRect(traces_);
            box->setLayer("background");
            box->topLeft->setCoords(t, -lane + 0.5);
            box->bottomRight->setCoords(end, -lane - 0.5);
            box->setPen(Qt::NoPen);
            box->setBrush(shade);
            t = end;
        }
}

void ReconstructionView::drawSpectrum() {
    spectrum_->clearGraphs();
    const int ch = channel_->currentIndex(), t = result_.steps;
    if (ch < 0 || t == 0) return spectrum_->replot();
    QVector<double> freq(kBins), original(kBins, 0), rebuilt(kBins, 0);
    int hiddenSteps = 0;
    for (int s = 0; s < t; ++s) hiddenSteps += result_.hidden.value(ch * t + s);
    int counted = 0;  // patches averaged: the hidden ones, or all where none was hidden
    for (int s = 0; s < t; ++s) {
        if (hiddenSteps > 0 && !result_.hidden.value(ch * t + s)) continue;
        const float* o = result_.originalPsd.constData() + (ch * t + s) * kBins;
        const float* r = result_.reconstructedPsd.constData() + (ch * t + s) * kBins;
        if (!std::isfinite(r[0])) continue;  // a forecast has no prediction of its first patch
        for (int k = 0; k < kBins; ++k) original[k] += o[k], rebuilt[k] += r[k];
        ++counted;
    }
    for (int k = 0; k < kBins; ++k)
        freq[k] = k, original[k] /= std::max(1, counted), rebuilt[k] /= std::max(1, counted);
    auto* a = spectrum_->addGraph();
    a->setData(freq, original, true);
    a->setPen(QPen(palette().color(QPalette::Text), 1.5));
    // The channel in the legend: an exported figure has no channel chooser.
    const QString channel = channel_->currentText();
    a->setName(tr("%1 original").arg(channel));
    auto* b = spectrum_->addGraph();
    b->setData(freq, rebuilt, true);
    b->setPen(QPen(kReconstructed, 1.5));
    b->setName(tr("%1 reconstructed (%n patch(es))", "", counted).arg(channel));
    spectrum_->legend->setVisible(true);
    spectrum_->xAxis->setRange(0, 60);
    spectrum_->rescaleAxes(true);
    spectrum_->xAxis->setRange(0, 60);
    spectrum_->replot();
}

void ReconstructionView::drawErrors() {
    errors_->clearPlottables();
    auto* bars = new QCPBars(errors_->xAxis, errors_->yAxis);
    double bottom = 0;
    for (int c = 0; c < result_.electrodes.size(); ++c) {
        const double v = result_.explainedVariance.value(c, std::nan(""));
        if (std::isfinite(v)) bars->addData(c, v), bottom = std::min(bottom, v);
    }
    bars->setBrush(kReconstructed);
    bars->setPen(Qt::NoPen);
    errors_->xAxis->setTicker(electrodeTicker(errors_->xAxis, result_.electrodes, 0, 1));
    errors_->xAxis->setTickLabelRotation(90);
    errors_->xAxis->setRange(-0.7, result_.electrodes.size() - 0.3);
    errors_->yAxis->setRange(std::max(-1.0, bottom - 0.05), 1.0);
    errors_->replot();
}

void ReconstructionView::applyColours() {
    for (QCustomPlot* plot : {traces_, spectrum_, errors_}) applyPlotPalette(plot, palette());
    traces_->yAxis->grid()->setVisible(false);
}

void ReconstructionView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) {
        applyColours();
        if (!result_.electrodes.isEmpty()) setResult(result_);
    }
    QWidget::changeEvent(event);
}

}  // namespace alfee::ui
