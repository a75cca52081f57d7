#pragma once
// Spherical-spline interpolation of values at electrodes over the whole scalp (Perrin et al.
// 1989, as MNE interpolates bad channels: stiffness m = 4, 50 Legendre terms), the smooth
// surface that scalp maps are drawn from.

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
    void fit(const QVector<double>& values);
    // The fitted surface at a unit vector.
    double valueAt(const Position3D& unit) const;

  private:
    QVector<Position3D> positions_;
    QVector<double> lu_;       // (n+1) x (n+1) LU factors of [G 1; 1' 0]
    QVector<int> pivots_;
    QVector<double> weights_;  // n spline weights, then the constant
};

// The point of the unit sphere that the azimuthal equidistant projection (vertex at the
// centre, the 90 degree line at radius 1, nose towards -v) puts at (u, v).
Position3D unprojectFromDisk(double u, double v);

}  // namespace alfee::core::dsp
