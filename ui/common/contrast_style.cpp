// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/contrast_style.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace alfee::ui {

ContrastStyle::ContrastStyle() : QProxyStyle(QStyleFactory::create("Fusion")) {}

void ContrastStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option,
                                  QPainter* painter, const QWidget* widget) const {
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool dark = option->palette.color(QPalette::Base).lightness() < 128;
    const bool box = element == PE_IndicatorCheckBox;
    if (!dark || (!box && element != PE_IndicatorRadioButton)) return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, !box);
    const QColor outline = option->palette.color(
        option->state & State_Enabled ? QPalette::Active : QPalette::Disabled, QPalette::Dark);
    painter->setPen(QPen(outline, 1));
    painter->setBrush(Qt::NoBrush);
    const QRectF r = QRectF(option->rect).adjusted(0.5, 0.5, -1.5, -1.5);
    if (box)
        painter->drawRect(r);
    else
        painter->drawEllipse(r);
    painter->restore();
}

}  // namespace alfee::ui
