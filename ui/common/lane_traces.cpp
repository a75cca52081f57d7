// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/lane_traces.h"

#include <cmath>

namespace alfee::ui {

LaneTraces::LaneTraces(QCustomPlot* plot) : QCPLayerable(plot) {
    setLayer(QStringLiteral("main"));
}

void LaneTraces::resize(int count) {
    lines_.resize(count);
    colours_.resize(count);
    lanes_.resize(count);
    for (int i = 0; i < count; ++i) lanes_[i] = i;
}

void LaneTraces::applyDefaultAntialiasingHint(QCPPainter* painter) const {
    applyAntialiasingHint(painter, false, QCP::aePlottables);
}

QRect LaneTraces::clipRect() const {
    return parentPlot()->axisRect()->rect();
}

void LaneTraces::draw(QCPPainter* painter) {
    const QCPAxis* x = parentPlot()->xAxis;
    const QCPAxis* y = parentPlot()->yAxis;
    const double sx = (x->coordToPixel(1) - x->coordToPixel(0)), ox = x->coordToPixel(0);
    const double sy = (y->coordToPixel(1) - y->coordToPixel(0)), oy = y->coordToPixel(0);
    const QTransform map(sx, 0, 0, sy, ox, oy);  // a scale and a shift: no rotation
    const double top = y->range().upper + 1, bottom = y->range().lower - 1;
    for (int i = 0; i < lines_.size(); ++i) {
        if (-lanes_[i] > top || -lanes_[i] < bottom) continue;  // the lane is scrolled out of view
        painter->setPen(QPen(colours_.value(i), 0));
        drawLine(painter, lines_[i], map);
    }
}

void LaneTraces::drawLine(QCPPainter* painter, const QVector<QPointF>& line,
                          const QTransform& map) const {
    pixels_.resize(0);
    for (const QPointF& p : line) {
        if (std::isnan(p.y())) {  // a segment ends: draw what we have
            if (pixels_.size() > 1) painter->drawPolyline(pixels_.data(), pixels_.size());
            pixels_.resize(0);
            continue;
        }
        pixels_.push_back({map.m11() * p.x() + map.dx(), map.m22() * p.y() + map.dy()});
    }
    if (pixels_.size() > 1) painter->drawPolyline(pixels_.data(), pixels_.size());
}

}  // namespace alfee::ui
