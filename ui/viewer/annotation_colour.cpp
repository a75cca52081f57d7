// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/viewer/annotation_colour.h"

#include <QHash>

namespace alfee::ui {

bool isBadSpan(const QString& text) {
    return text.startsWith(QStringLiteral("BAD"), Qt::CaseInsensitive);
}

QColor annotationColour(const QString& text, const QPalette& palette) {
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    if (isBadSpan(text)) return dark ? QColor(255, 110, 110) : QColor(210, 40, 40);
    // Hues away from red, so that nothing else reads as bad.
    const int hue = 30 + int(qHash(text) % 300);
    return QColor::fromHsv(hue, dark ? 150 : 200, dark ? 240 : 190);
}

}  // namespace alfee::ui
