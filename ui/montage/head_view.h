// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A top view of the head with the 90 electrode positions; those a recording covers are filled.

#include <QStringList>
#include <QWidget>

#include "core/montage/montage.h"

namespace alfee::ui {

// Azimuthal projection of the vocabulary's 3-D positions, nose up.
class HeadView : public QWidget {
    Q_OBJECT
  public:
    explicit HeadView(QWidget* parent = nullptr);
    void setCovered(const QStringList& electrodes);
    const QStringList& covered() const { return covered_; }
    // The reference scheme drawn on the head: bipolar pairs as lines, linked ears as the two
    // ears ringed, average as a note.
    void setReference(const core::Montage& montage);
    const core::Montage& reference() const { return reference_; }
    QString referenceName() const;  // in the user's language for the built-in schemes
    QSize sizeHint() const override { return {360, 380}; }
    // Where the last painting put electrode names (none over another).
    const QVector<QRectF>& labelBoxes() const { return labels_; }

  protected:
    void paintEvent(QPaintEvent* event) override;

  private:
    void drawReference(QPainter& p, const QPointF& centre, double radius) const;
    void drawLabels(QPainter& p, const QPointF& centre, double radius, double dot);
    QPointF positionOf(const QString& electrode, const QPointF& centre, double radius) const;

    QStringList covered_;
    core::Montage reference_;
    QVector<QRectF> labels_;
};

}  // namespace alfee::ui
