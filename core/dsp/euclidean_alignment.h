// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Euclidean alignment (He & Wu, IEEE TBME 2020): a subject's windows x are whitened as
// R^{-1/2} x, where R is the mean spatial covariance of that subject's windows. It needs no
// labels, so a new subject is aligned with its own unlabelled windows. Matrices are row-major
// n x n, windows row-major channels x samples, in double precision.

#include <vector>

namespace alfee::core::dsp {

// Eigenvalues below this fraction of the largest are raised to it before R^{-1/2}: a flat or
// linearly dependent channel (average reference) makes R singular, and its near-zero direction
// would otherwise be amplified without bound. 1e-6 caps the gain of any direction at 1000 times
// that of the strongest.
inline constexpr double kEigenvalueFloor = 1e-6;

// X0 X0^T / samples, X0 being `window` with each row's mean removed.
std::vector<double> spatialCovariance(const std::vector<double>& window, int channels, int samples);

// Eigenvalues and eigenvectors of the symmetric `matrix` (cyclic Jacobi rotations): *vectors
// holds eigenvector k in column k.
void symmetricEigen(const std::vector<double>& matrix, int n, std::vector<double>* values,
                    std::vector<double>* vectors);

// R^{-1/2} of the symmetric positive semi-definite `matrix`, eigenvalues floored at
// kEigenvalueFloor times the largest; the identity for a zero matrix.
std::vector<double> inverseSquareRoot(const std::vector<double>& matrix, int n);

// a (n x n) times b (n x columns).
std::vector<double> multiply(const std::vector<double>& a, const std::vector<double>& b, int n,
                             int columns);

}  // namespace alfee::core::dsp
