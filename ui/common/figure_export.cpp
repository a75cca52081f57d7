// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/figure_export.h"

#include <qcustomplot.h>
#include <QFileInfo>
#include <QLabel>
#include <QPainter>
#include <QSvgGenerator>

namespace alfee::ui {
namespace {

// Vector drawing of what a figure shows: its QCustomPlots through their own painter (paths and
// text), its labels and the widgets marked as figure parts; controls (buttons, lists) are not
// part of a figure.
void paintVector(QWidget* figure, QCPPainter& painter) {
    for (QCustomPlot* plot : figure->findChildren<QCustomPlot*>()) {
        if (!plot->isVisibleTo(figure)) continue;
        painter.save();
        painter.translate(plot->mapTo(figure, QPoint(0, 0)));
        plot->toPainter(&painter, plot->width(), plot->height());
        painter.restore();
    }
    for (QWidget* part : figure->findChildren<QWidget*>()) {
        const bool drawn = qobject_cast<QLabel*>(part) || part->property(kFigurePart).toBool();
        if (!drawn || !part->isVisibleTo(figure)) continue;
        painter.save();
        painter.translate(part->mapTo(figure, QPoint(0, 0)));
        part->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter.restore();
    }
}

bool exportSvg(QWidget* figure, const QString& path) {
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(figure->size());
    svg.setViewBox(figure->rect());
    svg.setTitle(figure->windowTitle());
    QCPPainter painter;
    if (!painter.begin(&svg)) return false;
    painter.fillRect(figure->rect(), figure->palette().window());
    paintVector(figure, painter);
    return painter.end();
}

// The same parts as the SVG, as pixels at twice the screen's resolution: rendering the whole
// widget put its combo boxes, sliders and text fields into the figure.
bool exportPng(QWidget* figure, const QString& path) {
    const qreal scale = 2.0;
    QPixmap pixels(figure->size() * scale);
    pixels.setDevicePixelRatio(scale);
    pixels.fill(figure->palette().color(QPalette::Window));
    QCPPainter painter;
    if (!painter.begin(&pixels)) return false;
    paintVector(figure, painter);
    painter.end();
    return pixels.save(path, "PNG");
}

}  // namespace

bool exportFigure(QWidget* figure, const QString& path, QString* error) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = false;
    if (suffix == "svg") {
        ok = exportSvg(figure, path);
    } else if (suffix == "png") {
        ok = exportPng(figure, path);
    } else {
        *error = QObject::tr("%1: save the figure as .png or .svg").arg(path);
        return false;
    }
    if (!ok) *error = QObject::tr("%1: could not be written").arg(path);
    return ok;
}

}  // namespace alfee::ui
