// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// All traces of a page as one QCustomPlot layerable: each trace a polyline in lane coordinates,
// transformed to pixels with one affine map and drawn with QPainter directly. Per-point work of
// QCPGraph (a virtual coordinate transform, line optimisation, NaN checks) took two thirds of
// a page turn on 64 x 1600 points.

#include <qcustomplot.h>

namespace alfee::ui {

// Polylines (x seconds, y lanes; NaN y breaks a line) drawn inside one axis rect.
class LaneTraces : public QCPLayerable {
  public:
    explicit LaneTraces(QCustomPlot* plot);
    // Sized for `count` traces; the lines keep their storage from page to page, as fresh
    // buffers of 100k points cost more in page faults than in filling.
    void resize(int count);
    QVector<QPointF>& line(int trace) { return lines_[trace]; }
    void setColour(int trace, const QColor& colour) { colours_[trace] = colour; }
    QColor colour(int trace) const { return colours_.value(trace); }
    // The lane a trace is drawn in (by default its index; several traces may share a lane).
    void setLane(int trace, int lane) { lanes_[trace] = lane; }
    const QVector<QPointF>& points(int trace) const { return lines_[trace]; }
    int count() const { return lines_.size(); }

  protected:
    void applyDefaultAntialiasingHint(QCPPainter* painter) const override;
    void draw(QCPPainter* painter) override;
    QRect clipRect() const override;

  private:
    void drawLine(QCPPainter* painter, const QVector<QPointF>& line, const QTransform& map) const;

    QVector<QVector<QPointF>> lines_;
    QVector<QColor> colours_;
    QVector<int> lanes_;
    mutable QVector<QPointF> pixels_;  // reused between traces and pages
};

}  // namespace alfee::ui
