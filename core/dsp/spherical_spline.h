// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Spherical-spline interpolation of values at electrodes over the whole scalp (Perrin et al.
// 1989, as MNE interpolates bad channels: stiffness m = 4, 50 Legendre terms), the smooth
// surface that scalp maps are drawn from.

#include <QPointF>
#include <QStringList>
#include <QVector>

#include "core/electrodes/electrode_vocabulary.h"

namespace alfee::core::dsp {

// The spline through fixed electrode positions; new values reuse the factorised system.
class SphericalSpline {
  public:
    // Positions on the sphere as unit vectors (x right, y front, z up).
    explicit SphericalSpline(const QVector<Position3D>& unitPositions);
    // The electrodes' vocabulary positions projected on the unit sphere; names that are not in
    // the vocabulary are skipped (*skipped lists them).
    static QVector<Position3D> unitPositionsOf(const QStringList& canonicalNames,
                                               QStringList* skipped = nullptr);

    // Fits the spline to one value per position (same order as the constructor's).
    void fit(const QVector<double>& values) { weights_ = weightsOf(values); }
    // The fitted surface at a unit vector.
    double valueAt(const Position3D& unit) const;

    // The n spline weights and the constant that fit `values`.
    QVector<double> weightsOf(const QVector<double>& values) const;
    // What each weight is multiplied by at a unit vector: the n Green's functions, then 1.
    QVector<double> basisAt(const Position3D& unit) const;

  private:
    QVector<Position3D> positions_;
    QVector<double> lu_;  // (n+1) x (n+1) LU factors of [G 1; 1' 0]
    QVector<int> pivots_;
    QVector<double> weights_;  // n spline weights, then the constant
};

// Where a position falls in the unit disk of a top view of the head: azimuthal equidistant
// from the vertex, the 90 degree line at radius 1 (lower electrodes fall outside), nose up
// (towards -y, as screen y grows down).
QPointF projectToDisk(const Position3D& position);
// The inverse: the point of the unit sphere that projectToDisk puts at (u, v).
Position3D unprojectFromDisk(double u, double v);

}  // namespace alfee::core::dsp
