// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/plot_widget.h"

#include <QResizeEvent>

namespace alfee::ui {

void PlotWidget::resizeEvent(QResizeEvent* event) {
    if (event->size().isEmpty()) return;  // drawn again at its next real size
    QCustomPlot::resizeEvent(event);
}

}  // namespace alfee::ui
