// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/viewer/trace_plot.h"

#include <qcustomplot.h>

#include <QHBoxLayout>
#include <QScrollBar>
#include <algorithm>
#include <cmath>

#include "ui/common/lane_traces.h"
#include "ui/common/plot_style.h"
#include "ui/common/plot_widget.h"
#include "ui/viewer/annotation_colour.h"

namespace alfee::ui {
namespace {

constexpr int kMinLanePixels = 14;  // an 8 pt label and a little air
// As MNE's browser (n_channels=20): 64 lanes in one screen are 12 px each, a black band of
// traces; more lanes are reached with the scroll bar, Up/Down and Shift+wheel.
constexpr int kMaxLanesPerScreen = 20;
// A whole 10-20 set with its reference and polygraphy channels (21 in the demo recordings)
// shows on one screen where its lanes fit: at 20 lanes the last one sat below the plot.
constexpr int kWholeSetLanes = 24;
constexpr int kBandPixels = 18;  // the annotation band above the first lane
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool isDark(const QPalette& p) {
    return p.color(QPalette::Base).lightness() < 128;
}

// Lane coordinates of a page-fitted trace (stimulus and unit-less channels): its page range
// fills 80 % of the lane.
void fitToLane(const core::Trace& t, double offset, QVector<QPointF>* out) {
    double lo = INFINITY, hi = -INFINITY;
    for (double v : t.y)
        if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
    const double mid = (lo + hi) / 2, span = hi > lo ? hi - lo : 1.0;
    for (int k = 0; k < t.y.size(); ++k)
        (*out)[k] = {t.x[k], std::isnan(t.y[k]) ? kNaN : offset + (t.y[k] - mid) / span * 0.8};
}

}  // namespace

TracePlot::TracePlot(QWidget* parent) : QWidget(parent) {
    plot_ = new PlotWidget(this);
    plot_->setFocusPolicy(Qt::NoFocus);
    plot_->setNotAntialiasedElements(QCP::aeAll);  // many points: speed before smoothness
    plot_->setNoAntialiasingOnDrag(true);
    plot_->xAxis->setLabel(tr("Time (s)"));
    plot_->yAxis->setSubTicks(false);
    plot_->yAxis->setTickLength(0, 0);
    QFont labels = font();
    labels.setPointSizeF(8);
    plot_->yAxis->setTickLabelFont(labels);
    plot_->installEventFilter(this);
    lanes_ = new LaneTraces(plot_);
    scroll_ = new QScrollBar(Qt::Vertical, this);
    scroll_->setVisible(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(plot_, 1);
    layout->addWidget(scroll_);
    connect(scroll_, &QScrollBar::valueChanged, this, [this] {
        fitLanes();
        plot_->replot(QCustomPlot::rpQueuedReplot);
    });
    connect(plot_, &QCustomPlot::mouseMove, this,
            [this](QMouseEvent* e) { emit cursorText(readoutAt(e->pos())); });
    connect(plot_, &QCustomPlot::mouseWheel, this, [this](QWheelEvent* e) {
        // Touchpads send small deltas: a step for every 120 eighths of a degree gathered.
        wheelEighths_ -= e->angleDelta().y();
        const int steps = wheelEighths_ / 120;
        wheelEighths_ -= steps * 120;
        if (steps != 0) emit wheelTurned(steps, e->modifiers());
    });
    applyColours();
}

int TracePlot::pixelWidth() const {
    return std::max(1, plot_->width());
}

int TracePlot::firstLane() const {
    return scroll_->isHidden() ? 0 : scroll_->value();  // isVisible() is false on a hidden tab
}

void TracePlot::scrollLanes(int delta) {
    scroll_->setValue(scroll_->value() + delta);
}

void TracePlot::clear() {
    traces_.clear();
    gaps_.clear();
    annotations_.clear();
    lanes_->resize(0);
    plot_->clearItems();
    drawn_ = 0;
    plot_->yAxis->setTicker(QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText));
    plot_->replot();
}

QColor TracePlot::colourOf(core::DisplayType type) const {
    const bool dark = isDark(palette());
    switch (type) {
        case core::DisplayType::Eeg:
            return palette().color(QPalette::Text);
        case core::DisplayType::Eog:
            return dark ? QColor(125, 175, 255) : QColor(30, 80, 200);
        case core::DisplayType::Ecg:
            return dark ? QColor(255, 125, 125) : QColor(190, 30, 30);
        case core::DisplayType::Emg:
            return dark ? QColor(120, 220, 140) : QColor(20, 130, 50);
        case core::DisplayType::Misc:
            return dark ? QColor(185, 185, 185) : QColor(95, 95, 95);
        case core::DisplayType::Stim:
            return dark ? QColor(255, 185, 80) : QColor(200, 110, 0);
    }
    return palette().color(QPalette::Text);
}

void TracePlot::setPage(const QVector<core::Trace>& traces, double start, double seconds,
                        const core::DisplayScales& scales) {
    traces_ = traces;
    start_ = start;
    seconds_ = seconds;
    lanes_->resize(traces.size());
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    drawn_ = 0;
    for (int i = 0; i < traces.size(); ++i) {
        const core::Trace& t = traces[i];
        const double perLane = scales.perLane(t.type, t.voltage);
        QVector<QPointF>& points = lanes_->line(i);
        points.resize(t.y.size());
        if (perLane <= 0) {
            fitToLane(t, -i, &points);
        } else {
            for (int k = 0; k < t.y.size(); ++k)
                points[k] = {t.x[k],
                             std::isnan(t.y[k]) ? kNaN : core::laneY(t.y[k], perLane, -i, kClip)};
        }
        lanes_->setColour(i, colourOf(t.type));
        drawn_ += std::count_if(t.y.begin(), t.y.end(), [](double v) { return !std::isnan(v); });
        ticker->addTick(-i, t.name);
    }
    plot_->yAxis->setTicker(ticker);
    plot_->xAxis->setRange(start, start + seconds);
    fitLanes();
    drawDecorations();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void TracePlot::setDecorations(const QVector<core::TimeGap>& gaps,
                               const QVector<core::SegmentJoin>& joins,
                               const QVector<core::Annotation>& annotations) {
    gaps_ = gaps;
    joins_ = joins;
    annotations_ = annotations;
    if (selected_ >= annotations_.size()) selected_ = -1;
}

void TracePlot::fitLanes() {
    const int n = traces_.size();
    const int rectHeight = plot_->axisRect()->height() > 60 ? plot_->axisRect()->height()
                                                            : std::max(60, plot_->height() - 40);
    const int usable = std::max(kMinLanePixels, rectHeight - kBandPixels);
    const int cap = n <= kWholeSetLanes ? n : kMaxLanesPerScreen;
    visible_ = std::clamp(usable / kMinLanePixels, 1, std::max(1, cap));
    {
        const QSignalBlocker quiet(scroll_);
        scroll_->setRange(0, std::max(0, n - visible_));
        scroll_->setPageStep(visible_);
        scroll_->setVisible(n > visible_);
    }
    const double lanePixels = double(usable) / visible_;
    const int first = firstLane();
    plot_->yAxis->setRange(-(first + visible_ - 1) - 0.5, -first + 0.5 + kBandPixels / lanePixels);
    emit lanesChanged();
}

void TracePlot::drawDecorations() {
    plot_->clearItems();
    const QPalette pal = palette();
    QColor gapFill = pal.color(QPalette::Mid);
    for (const core::TimeGap& gap : gaps_) {
        auto* shade = new QCPItemRect(plot_);
        shade->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        shade->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
        shade->topLeft->setCoords(gap.from, 0);
        shade->bottomRight->setCoords(gap.to, 1);
        shade->setPen(Qt::NoPen);
        shade->setBrush(QBrush(gapFill, Qt::BDiagPattern));
        auto* label = new QCPItemText(plot_);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords((gap.from + gap.to) / 2, 0.5);
        label->setText(tr("no data\n%1 s").arg(gap.to - gap.from, 0, 'f', 1));
        label->setColor(pal.color(QPalette::Text));
        label->setBrush(pal.color(QPalette::Base));
        label->setClipToAxisRect(true);
    }
    drawJoins();
    drawAnnotationSpans();
    drawAnnotationLabels();
}

// Each annotation on the page: a dashed line at its onset and its span shaded in the band above
// the lanes, or on the lanes of the channels it concerns; the selected one outlined, and the
// span the mouse is drawing.
void TracePlot::drawAnnotationSpans() {
    const QPalette pal = palette();
    const bool dark = isDark(pal);
    const double band = kBandPixels / double(std::max(60, plot_->axisRect()->height()));
    const double end = start_ + seconds_;
    for (int i = 0; i < annotations_.size(); ++i) {
        const core::Annotation& a = annotations_[i];
        const double on = a.onsetSeconds(), off = on + std::max(a.durationSeconds(), 0.0);
        if (off < start_ || on > end) continue;
        const QColor colour = annotationColour(a.text, pal);
        QColor fill = colour, over = colour;
        fill.setAlpha(dark ? 140 : 90);
        over.setAlpha(dark ? 60 : 40);
        const QPen outline = i == selected_ ? QPen(pal.color(QPalette::Text), 2) : QPen(Qt::NoPen);
        drawSpan(on, off, 0, band, fill, outline, false);
        // A bad span over the traces it spoils; an annotation of some channels on their lanes.
        const QVector<int> lanes = lanesOf(a);
        if (lanes.isEmpty() && isBadSpan(a.text))
            drawSpan(on, off, band, 1, over, Qt::NoPen, false);
        for (int lane : lanes) drawSpan(on, off, -lane + 0.5, -lane - 0.5, over, outline, true);
        auto* line = new QCPItemStraightLine(plot_);
        line->point1->setCoords(on, 0);
        line->point2->setCoords(on, 1);
        line->setPen(QPen(colour, 1, Qt::DashLine));
    }
    if (previewFrom_ <= previewTo_) {
        QColor mark = pal.color(QPalette::Highlight);
        QColor preview = mark;
        preview.setAlpha(dark ? 70 : 45);
        drawSpan(previewFrom_, previewTo_, 0, 1, preview, QPen(mark, 1, Qt::DashLine), false);
    }
}

// From `top` to `bottom` as ratios of the data area, or as lane coordinates.
void TracePlot::drawSpan(double on, double off, double top, double bottom, const QBrush& fill,
                         const QPen& outline, bool laneCoordinates) {
    auto* span = new QCPItemRect(plot_);
    if (!laneCoordinates) {
        span->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        span->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    }
    span->topLeft->setCoords(on, top);
    span->bottomRight->setCoords(std::max(off, on + seconds_ / 300), bottom);
    span->setPen(outline);
    span->setBrush(fill);
    span->setClipToAxisRect(true);
}

// The lanes computed from the channels an annotation concerns; none for one of every channel.
QVector<int> TracePlot::lanesOf(const core::Annotation& a) const {
    QVector<int> lanes;
    if (a.channels.isEmpty()) return lanes;
    for (int lane = 0; lane < traces_.size(); ++lane)
        for (int signal : traces_[lane].sourceSignals)
            if (a.channels.contains(signalLabels_.value(signal).trimmed())) {
                lanes << lane;
                break;
            }
    return lanes;
}

void TracePlot::setSelectedAnnotation(int index) {
    selected_ = index;
    drawDecorations();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void TracePlot::setSpanPreview(double from, double to) {
    previewFrom_ = from, previewTo_ = to;
    drawDecorations();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

QRect TracePlot::annotationBand() const {
    const QRect data = plot_->axisRect()->rect();
    return {data.left(), data.top(), data.width(), kBandPixels};
}

// Segments that follow each other with no time between them: a solid line and the number of
// the segment that starts there (the trace is broken there, by a pixel only).
void TracePlot::drawJoins() {
    const QPalette pal = palette();
    for (const core::SegmentJoin& join : joins_) {
        auto* line = new QCPItemStraightLine(plot_);
        line->point1->setCoords(join.at, 0);
        line->point2->setCoords(join.at, 1);
        line->setPen(QPen(pal.color(QPalette::Text), 2));
        auto* label = new QCPItemText(plot_);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(join.at, 1.0);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        label->setText(tr("segment %1").arg(join.segment));
        label->setColor(pal.color(QPalette::Text));
        label->setBrush(pal.color(QPalette::Base));
        label->setClipToAxisRect(true);
    }
}

// The page's annotation texts by onset; annotations that start together, or too close for a
// few letters of the first, share a label ("A / B").
QVector<std::pair<double, QString>> TracePlot::pageLabels() const {
    QVector<std::pair<double, QString>> labels, merged;
    for (const core::Annotation& a : annotations_) {
        const double on = a.onsetSeconds(), off = on + std::max(a.durationSeconds(), 0.0);
        if (off >= start_ && on <= start_ + seconds_) labels.push_back({on, a.text});
    }
    std::stable_sort(labels.begin(), labels.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    const QCPAxis* x = plot_->xAxis;
    const double close = QFontMetrics(plot_->font()).horizontalAdvance(QStringLiteral("Wwww"));
    for (const auto& [on, text] : labels) {
        if (!merged.isEmpty() && x->coordToPixel(on) - x->coordToPixel(merged.back().first) < close)
            merged.back().second += QStringLiteral(" / ") + text;
        else
            merged.push_back({on, text});
    }
    return merged;
}

// Each label cut short where the next one starts: labels drawn over each other could not be
// read.
void TracePlot::drawAnnotationLabels() {
    const QVector<std::pair<double, QString>> labels = pageLabels();
    const QFontMetrics metrics(plot_->font());
    const QCPAxis* axis = plot_->xAxis;
    for (int i = 0; i < labels.size(); ++i) {
        const auto& [onset, text] = labels[i];
        const double x = std::max<double>(plot_->axisRect()->left(), axis->coordToPixel(onset));
        // The last label runs to the plot's edge, which clips it.
        const double room = i + 1 < labels.size() ? axis->coordToPixel(labels[i + 1].first) - x - 8
                                                  : metrics.horizontalAdvance(text) + 1;
        if (room >= metrics.horizontalAdvance(QChar(0x2026)))  // "..." at least
            addAnnotationLabel(onset, metrics.elidedText(text, Qt::ElideRight, int(room)));
    }
}

void TracePlot::addAnnotationLabel(double onset, const QString& text) {
    if (text.isEmpty()) return;
    auto* label = new QCPItemText(plot_);
    label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(onset, 0);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setPadding(QMargins(3, 1, 3, 1));
    label->setText(text);
    label->setColor(palette().color(QPalette::Text));
    label->setClipToAxisRect(true);
}

const QVector<QPointF>& TracePlot::lanePoints(int trace) const {
    return lanes_->points(trace);
}

double TracePlot::valueAt(int trace, double seconds, bool* found) const {
    const core::Trace& t = traces_[trace];
    *found = false;
    for (const core::TimeGap& gap : gaps_)
        if (seconds >= gap.from && seconds < gap.to) return 0.0;  // between segments
    const auto it = std::lower_bound(t.x.begin(), t.x.end(), seconds);
    *found = it != t.x.end() && !std::isnan(t.y[it - t.x.begin()]);
    return *found ? t.y[it - t.x.begin()] : 0.0;
}

QString TracePlot::readoutAt(const QPoint& at) const {
    if (traces_.isEmpty() || !plot_->axisRect()->rect().contains(at)) return {};
    const double seconds = plot_->xAxis->pixelToCoord(at.x());
    const int lane = int(std::lround(-plot_->yAxis->pixelToCoord(at.y())));
    if (lane < 0 || lane >= traces_.size()) return tr("%1 s").arg(seconds, 0, 'f', 3);
    bool found = false;
    const double value = valueAt(lane, seconds, &found);
    const core::Trace& t = traces_[lane];
    if (!found) return tr("%1 s  %2: no data").arg(seconds, 0, 'f', 3).arg(t.name);
    const QString unit = t.voltage ? QStringLiteral("µV") : t.unit;
    return tr("%1 s  %2: %3 %4")
        .arg(seconds, 0, 'f', 3)
        .arg(t.name)
        .arg(value, 0, 'f', 1)
        .arg(unit);
}

bool TracePlot::eventFilter(QObject* watched, QEvent* event) {
    if (watched == plot_ && event->type() == QEvent::Resize) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                fitLanes();
                drawDecorations();
                if (plot_->width() != readWidth_) {
                    readWidth_ = plot_->width();
                    emit widthChanged();
                }
            },
            Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

void TracePlot::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) {
        applyColours();
        drawDecorations();
        plot_->replot(QCustomPlot::rpQueuedReplot);
    }
    QWidget::changeEvent(event);
}

// The traces too: the viewer redraws the page when its own palette changes, which can be
// before this plot's (Qt tells a parent first); black EEG traces stayed on the dark theme.
void TracePlot::applyColours() {
    applyPlotPalette(plot_, palette());
    plot_->yAxis->grid()->setVisible(false);
    for (int i = 0; i < traces_.size() && i < lanes_->count(); ++i)
        lanes_->setColour(i, colourOf(traces_[i].type));
}

QColor TracePlot::traceColour(int trace) const {
    return lanes_->colour(trace);
}

}  // namespace alfee::ui
