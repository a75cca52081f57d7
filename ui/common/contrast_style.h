// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Fusion with visible check box and radio button outlines on a dark palette: Fusion draws them
// from the window colour made darker, which on a dark window is black on near-black.

#include <QProxyStyle>

namespace alfee::ui {

// Draws Fusion's indicators, then, on dark palettes, their outline in the palette's Dark role.
class ContrastStyle : public QProxyStyle {
  public:
    ContrastStyle();
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
};

}  // namespace alfee::ui
