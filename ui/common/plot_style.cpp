// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/plot_style.h"

#include <qcustomplot.h>
#include <QPalette>

namespace alfee::ui {

void applyPlotPalette(QCustomPlot* plot, const QPalette& p) {
    const QColor text = p.color(QPalette::Text);
    plot->setBackground(p.color(QPalette::Base));
    for (QCPAxisRect* rect : plot->axisRects())
        for (QCPAxis* axis : rect->axes()) {
            axis->setBasePen(QPen(text));
            axis->setTickPen(QPen(text));
            axis->setSubTickPen(QPen(text));
            axis->setTickLabelColor(text);
            axis->setLabelColor(text);
            axis->grid()->setPen(QPen(p.color(QPalette::Mid), 0, Qt::DotLine));
            axis->grid()->setZeroLinePen(Qt::NoPen);
        }
    if (plot->legend) {
        plot->legend->setBrush(p.color(QPalette::Base));
        plot->legend->setTextColor(text);
        plot->legend->setBorderPen(QPen(p.color(QPalette::Mid)));
    }
}

}  // namespace alfee::ui
