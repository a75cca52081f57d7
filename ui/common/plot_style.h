// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One look for every QCustomPlot of the application, following the palette (light or dark).

class QCustomPlot;
class QPalette;

namespace alfee::ui {

// Background, axes, ticks, labels and grid of `plot` (all its axis rects) in `palette`'s
// colours; call again on QEvent::PaletteChange.
void applyPlotPalette(QCustomPlot* plot, const QPalette& palette);

}  // namespace alfee::ui
