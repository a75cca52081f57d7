// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The project's QCustomPlot: one that a layout can squeeze to nothing without logging.

#include <qcustomplot.h>

namespace alfee::ui {

// A QCustomPlot that keeps its last size while a layout gives it none (a splitter closed, a
// page still being laid out): at an empty size its paint buffers are null pixmaps, and every
// replot logged "QPainter::begin: Paint device returned engine == 0" (hundreds a session).
class PlotWidget : public QCustomPlot {
  public:
    using QCustomPlot::QCustomPlot;

  protected:
    void resizeEvent(QResizeEvent* event) override;
};

}  // namespace alfee::ui
