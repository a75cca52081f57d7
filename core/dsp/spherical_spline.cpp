// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dsp/spherical_spline.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <utility>

namespace alfee::core::dsp {
namespace {

constexpr int kLegendreTerms = 50;
constexpr double kStiffness = 4;
constexpr double kRegularisation = 1e-5;  // on the diagonal, as MNE

// Perrin's g(cos angle) = 1/(4 pi) sum (2n+1) / (n(n+1))^m P_n(cos angle).
double greens(double cosAngle) {
    double previous = 1, current = cosAngle, sum = 0;  // P_0, P_1
    for (int n = 1; n <= kLegendreTerms; ++n) {
        sum += (2 * n + 1) / std::pow(double(n) * (n + 1), kStiffness) * current;
        const double next = ((2 * n + 1) * cosAngle * current - n * previous) / (n + 1);
        previous = current, current = next;
    }
    return sum / (4 * M_PI);
}

double dot(const Position3D& a, const Position3D& b) {
    return std::clamp(a.x * b.x + a.y * b.y + a.z * b.z, -1.0, 1.0);
}

// In-place LU with partial pivoting of an n x n matrix.
void factorise(QVector<double>& a, QVector<int>& pivots, int n) {
    pivots.resize(n);
    for (int k = 0; k < n; ++k) {
        int p = k;
        for (int i = k + 1; i < n; ++i)
            if (std::abs(a[i * n + k]) > std::abs(a[p * n + k])) p = i;
        if (std::abs(a[p * n + k]) < 1e-300)
            throw std::runtime_error("electrode positions coincide: no spline through them");
        pivots[k] = p;
        for (int j = 0; j < n; ++j) std::swap(a[k * n + j], a[p * n + j]);
        for (int i = k + 1; i < n; ++i) {
            a[i * n + k] /= a[k * n + k];
            for (int j = k + 1; j < n; ++j) a[i * n + j] -= a[i * n + k] * a[k * n + j];
        }
    }
}

QVector<double> solve(const QVector<double>& lu, const QVector<int>& pivots, QVector<double> b) {
    const int n = pivots.size();
    for (int k = 0; k < n; ++k) std::swap(b[k], b[pivots[k]]);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < i; ++j) b[i] -= lu[i * n + j] * b[j];
    for (int i = n - 1; i >= 0; --i) {
        for (int j = i + 1; j < n; ++j) b[i] -= lu[i * n + j] * b[j];
        b[i] /= lu[i * n + i];
    }
    return b;
}

}  // namespace

SphericalSpline::SphericalSpline(const QVector<Position3D>& unitPositions)
    : positions_(unitPositions) {
    const int n = positions_.size(), m = n + 1;
    lu_.fill(0, m * m);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) lu_[i * m + j] = greens(dot(positions_[i], positions_[j]));
        lu_[i * m + i] += kRegularisation;
        lu_[i * m + n] = lu_[n * m + i] = 1;
    }
    factorise(lu_, pivots_, m);
}

QVector<Position3D> SphericalSpline::unitPositionsOf(const QStringList& names,
                                                     QStringList* skipped) {
    const ElectrodeVocabulary& vocabulary = ElectrodeVocabulary::instance();
    QVector<Position3D> out;
    for (const QString& name : names) {
        const int i = vocabulary.indexOf(name);
        if (i < 0) {
            if (skipped) *skipped << name;
            continue;
        }
        const Position3D p = vocabulary.at(i).positionMm;
        const double r = std::sqrt(p.x * p.x + p.y * p.y + p.z * p.z);
        out.push_back({p.x / r, p.y / r, p.z / r});
    }
    return out;
}

QVector<double> SphericalSpline::weightsOf(const QVector<double>& values) const {
    QVector<double> b = values;
    b.resize(positions_.size());
    b.push_back(0);  // the weights sum to zero
    return solve(lu_, pivots_, b);
}

QVector<double> SphericalSpline::basisAt(const Position3D& unit) const {
    QVector<double> basis;
    basis.reserve(positions_.size() + 1);
    for (const Position3D& p : positions_) basis << greens(dot(unit, p));
    return basis << 1.0;
}

double SphericalSpline::valueAt(const Position3D& unit) const {
    const QVector<double> basis = basisAt(unit);
    double v = 0;
    for (int i = 0; i < basis.size(); ++i) v += weights_.value(i) * basis[i];
    return v;
}

QPointF projectToDisk(const Position3D& p) {
    const double r = std::sqrt(p.x * p.x + p.y * p.y + p.z * p.z);
    const double fromVertex = std::acos(std::clamp(p.z / r, -1.0, 1.0)) / (M_PI / 2);
    const double azimuth = std::atan2(p.y, p.x);
    return {fromVertex * std::cos(azimuth), -fromVertex * std::sin(azimuth)};
}

Position3D unprojectFromDisk(double u, double v) {
    const double polar = std::hypot(u, v) * M_PI / 2, azimuth = std::atan2(-v, u);
    return {std::sin(polar) * std::cos(azimuth), std::sin(polar) * std::sin(azimuth),
            std::cos(polar)};
}

}  // namespace alfee::core::dsp
