// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The colour of an annotation, the same in the trace plot and the overview strip: one hue per
// text (from its hash), and MNE's red for BAD_ spans, the ones left out of epochs.

#include <QColor>
#include <QPalette>
#include <QString>

namespace alfee::ui {

bool isBadSpan(const QString& text);
QColor annotationColour(const QString& text, const QPalette& palette);

}  // namespace alfee::ui
