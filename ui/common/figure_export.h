// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Saving a figure made of QCustomPlots and plain widgets as PNG (pixels, at the screen's
// resolution times two) or SVG (vector: each QCustomPlot drawn as paths and text).

#include <QString>

class QWidget;

namespace alfee::ui {

// The property that marks a custom-painted widget as part of a figure (a scalp map).
inline constexpr char kFigurePart[] = "alfeeFigurePart";

// Saves `figure` (and every widget inside it) to `path`; the suffix (.png or .svg) picks the
// format. False with *error naming the file when it cannot be written.
bool exportFigure(QWidget* figure, const QString& path, QString* error);

}  // namespace alfee::ui
