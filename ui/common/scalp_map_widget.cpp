// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/scalp_map_widget.h"

#include <QPaintEngine>
#include <QPainter>
#include <algorithm>

#include "ui/common/figure_export.h"

namespace alfee::ui {

ScalpMapWidget::ScalpMapWidget(QWidget* parent) : QWidget(parent) {
    setMinimumSize(220, 200);
    setProperty(kFigurePart, true);  // exported with the figure it is in
}

void ScalpMapWidget::setValues(const QStringList& electrodes, const QVector<double>& values,
                               double lo, double hi, const QString& title, const QString& unit) {
    if (!map_ || electrodes != electrodes_)
        map_ = std::make_unique<core::ScalpMap>(electrodes), fine_.reset();
    electrodes_ = electrodes, values_ = values, lo_ = lo, hi_ = hi, title_ = title, unit_ = unit;
    update();
}

void ScalpMapWidget::clear() {
    map_.reset(), fine_.reset(), electrodes_.clear(), values_.clear();
    update();
}

// An SVG export draws the surface at 361 x 361 (it was the screen's 121 x 121 bitmap, blocks
// when the drawing is enlarged); built on the first export of these electrodes.
const core::ScalpMap& ScalpMapWidget::mapFor(const QPainter& p) {
    const bool vector = p.paintEngine() && p.paintEngine()->type() == QPaintEngine::SVG;
    if (!vector) return *map_;
    if (!fine_) fine_ = std::make_unique<core::ScalpMap>(electrodes_, kExportGrid);
    return *fine_;
}

void ScalpMapWidget::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    p.setPen(pal.color(QPalette::Text));
    const QFontMetrics fm(font());
    const QRect titleArea(6, 4, width() - 12, fm.height());
    p.drawText(titleArea, Qt::AlignLeft | Qt::AlignVCenter, title_);
    if (!map_) return;
    // Room for the colour bar, its numbers and its label, whichever is widest.
    const int barWidth = std::max(fm.horizontalAdvance(QString::number(hi_, 'g', 3)) + 26,
                                  fm.horizontalAdvance(unit_) + 6);
    const QRectF head(4, titleArea.bottom() + 4, width() - barWidth - 12,
                      height() - titleArea.bottom() - 8);
    mapFor(p).paint(p, head, values_, lo_, hi_, pal.color(QPalette::Text), width() > 320);
    core::drawColourBar(p,
                        QRectF(width() - barWidth - 4, head.top() + head.height() * 0.12, barWidth,
                               head.height() * 0.76),
                        lo_, hi_, unit_, pal.color(QPalette::Text));
}

}  // namespace alfee::ui
