// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Scalp maps as MNE draws its topomaps: values at electrodes interpolated by spherical splines
// over the top view of the head, a head outline with nose and ears, electrode dots and a colour
// bar. Painting only (QtGui): the attention viewer and the reports draw the same picture.

#include <QColor>
#include <QImage>
#include <QPainter>
#include <QStringList>
#include <QVector>

namespace alfee::core {

// The interpolation of one electrode set on a square grid, factorised once so that a new set
// of values (a slider moving through seconds) costs one matrix-vector product.
class ScalpMap {
  public:
    // Electrodes by canonical name; those without a 10-10 position are left out of the map.
    explicit ScalpMap(const QStringList& electrodes, int grid = 121);
    const QStringList& mapped() const { return mapped_; }

    // `values` (one per electrode given to the constructor) coloured over [lo, hi], a grid x grid
    // image, transparent outside the head.
    QImage image(const QVector<double>& values, double lo, double hi) const;
    // The map in the largest head that fits `area`, with outline, nose, ears and dots (names
    // too when `names`). `ink` draws the outline and the dots.
    void paint(QPainter& p, const QRectF& area, const QVector<double>& values, double lo, double hi,
               const QColor& ink, bool names = false) const;

  private:
    QStringList mapped_;
    QVector<int> columns_;       // which given value each mapped electrode takes
    QVector<double> solveRows_;  // (n+1) x n: spline weights and constant from the values
    QVector<double> basis_;      // pixels x (n+1): Green's functions at each pixel, then 1
    QVector<int> pixels_;        // grid indices inside the head
    int grid_;
    double extent_ = 1.0;  // the head's radius in projected units
};

// Head outline (circle of `radius`), nose and ears, in the pen set on `p`.
void drawHeadOutline(QPainter& p, const QPointF& centre, double radius);
// The sequential map for non-negative values (white to dark red, as matplotlib's Reds).
QColor sequentialColour(double fraction);
// A vertical colour bar with its range and a label, in `area`.
void drawColourBar(QPainter& p, const QRectF& area, double lo, double hi, const QString& label,
                   const QColor& ink);

}  // namespace alfee::core
