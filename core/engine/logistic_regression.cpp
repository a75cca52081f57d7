// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/logistic_regression.h"

#include <algorithm>
#include <cmath>

namespace alfee::core {
namespace {

using Matrix = std::vector<double>;  // row-major, square

// The problem in Newton's terms: parameters are K' rows of [w (d), b].
struct Problem {
    const QVector<QVector<double>>& x;
    const QVector<int>& y;
    QVector<double> s;
    int classes, rows, dim;  // rows = K' (1 for binary), dim = d + 1
    double c;

    int size() const { return rows * dim; }
    double feature(int i, int j) const { return j < dim - 1 ? x[i][j] : 1.0; }

    // Class probabilities of row i under theta.
    QVector<double> probs(const Matrix& theta, int i) const {
        QVector<double> z(rows);
        for (int k = 0; k < rows; ++k) {
            double v = 0;
            for (int j = 0; j < dim; ++j) v += theta[size_t(k * dim + j)] * feature(i, j);
            z[k] = v;
        }
        if (rows == 1) return {1.0 / (1.0 + std::exp(z[0]))};  // P(class 0) = 1 - sigma
        const double top = *std::max_element(z.begin(), z.end());
        double sum = 0;
        for (double& v : z) sum += (v = std::exp(v - top));
        for (double& v : z) v /= sum;
        return z;
    }

    // Probability of class k among the K' rows' outputs (binary: row 0 is class 1).
    double target(int i, int k) const { return rows == 1 ? (y[i] == 1) : (y[i] == k); }
    double p(const QVector<double>& pr, int k) const { return rows == 1 ? 1.0 - pr[0] : pr[k]; }

    double objective(const Matrix& theta) const {
        double f = 0;
        for (int i = 0; i < x.size(); ++i) {
            const QVector<double> pr = probs(theta, i);
            const double py = rows == 1 ? (y[i] == 1 ? 1.0 - pr[0] : pr[0]) : pr[y[i]];
            f -= s[i] * std::log(std::max(py, 1e-300));
        }
        for (int k = 0; k < rows; ++k)
            for (int j = 0; j < dim - 1; ++j)
                f += theta[size_t(k * dim + j)] * theta[size_t(k * dim + j)] / (2 * c);
        return f;
    }

    void gradientAndHessian(const Matrix& theta, Matrix* g, Matrix* h) const {
        const int n = size();
        g->assign(size_t(n), 0.0);
        h->assign(size_t(n) * size_t(n), 0.0);
        for (int i = 0; i < x.size(); ++i) {
            const QVector<double> pr = probs(theta, i);
            for (int k = 0; k < rows; ++k) {
                const double r = s[i] * (p(pr, k) - target(i, k));
                for (int a = 0; a < dim; ++a) (*g)[size_t(k * dim + a)] += r * feature(i, a);
                for (int l = 0; l < rows; ++l) {
                    const double w =
                        s[i] * (rows == 1 ? pr[0] * (1 - pr[0]) : pr[k] * ((k == l) - pr[l]));
                    for (int a = 0; a < dim; ++a) {
                        const double wa = w * feature(i, a);
                        double* row = h->data() + size_t(k * dim + a) * size_t(n) + l * dim;
                        for (int b = 0; b < dim; ++b) row[b] += wa * feature(i, b);
                    }
                }
            }
        }
        for (int k = 0; k < rows; ++k)
            for (int j = 0; j < dim - 1; ++j) {
                const size_t at = size_t(k * dim + j);
                (*g)[at] += theta[at] / c;
                (*h)[at * size_t(n) + at] += 1 / c;
            }
    }
};

// Solves H d = g in place by Cholesky, with a small ridge where H is only semi-definite (the
// multinomial intercepts can all move together).
bool solve(Matrix h, Matrix* g) {
    const int n = int(g->size());
    double ridge = 0;
    for (int i = 0; i < n; ++i) ridge = std::max(ridge, h[size_t(i * n + i)]);
    ridge *= 1e-12;
    for (int i = 0; i < n; ++i) h[size_t(i * n + i)] += ridge;
    for (int j = 0; j < n; ++j) {
        double d = h[size_t(j * n + j)];
        for (int k = 0; k < j; ++k) d -= h[size_t(j * n + k)] * h[size_t(j * n + k)];
        if (d <= 0) return false;
        h[size_t(j * n + j)] = std::sqrt(d);
        for (int i = j + 1; i < n; ++i) {
            double v = h[size_t(i * n + j)];
            for (int k = 0; k < j; ++k) v -= h[size_t(i * n + k)] * h[size_t(j * n + k)];
            h[size_t(i * n + j)] = v / h[size_t(j * n + j)];
        }
    }
    Matrix& b = *g;
    for (int i = 0; i < n; ++i) {
        for (int k = 0; k < i; ++k) b[size_t(i)] -= h[size_t(i * n + k)] * b[size_t(k)];
        b[size_t(i)] /= h[size_t(i * n + i)];
    }
    for (int i = n - 1; i >= 0; --i) {
        for (int k = i + 1; k < n; ++k) b[size_t(i)] -= h[size_t(k * n + i)] * b[size_t(k)];
        b[size_t(i)] /= h[size_t(i * n + i)];
    }
    return true;
}

bool checkInput(const QVector<QVector<double>>& x, const QVector<int>& y, int classes,
                const QVector<double>& s, QString* error) {
    if (x.isEmpty() || x.size() != y.size() || (!s.isEmpty() && s.size() != y.size())) {
        *error = QStringLiteral("logistic regression: no rows, or rows and labels differ");
        return false;
    }
    for (int i = 0; i < x.size(); ++i)
        if (x[i].size() != x[0].size() || y[i] < 0 || y[i] >= classes) {
            *error = QStringLiteral(
                         "logistic regression: row %1 is ragged or its label "
                         "is not one of the %2 classes")
                         .arg(i)
                         .arg(classes);
            return false;
        }
    return true;
}

// Newton steps with backtracking until the Newton decrement is negligible.
int newton(const Problem& problem, Matrix* theta) {
    double f = problem.objective(*theta);
    for (int iteration = 1; iteration <= 100; ++iteration) {
        Matrix g, h;
        problem.gradientAndHessian(*theta, &g, &h);
        Matrix step = g;
        if (!solve(h, &step)) return iteration;
        double decrement = 0;
        for (size_t i = 0; i < g.size(); ++i) decrement += g[i] * step[i];
        if (decrement / 2 < 1e-12 * std::max(1.0, std::abs(f))) return iteration;
        for (double t = 1; t > 1e-10; t /= 2) {
            Matrix next = *theta;
            for (size_t i = 0; i < next.size(); ++i) next[i] -= t * step[i];
            const double fn = problem.objective(next);
            if (fn <= f - 1e-4 * t * decrement) {
                *theta = next, f = fn;
                break;
            }
        }
    }
    return 100;
}

}  // namespace

QVector<double> LogisticModel::probabilities(const QVector<double>& x) const {
    QVector<double> z;
    for (int k = 0; k < weights.size(); ++k) {
        double v = intercepts[k];
        for (int j = 0; j < x.size(); ++j) v += weights[k][j] * x[j];
        z << v;
    }
    if (weights.size() == 1) {
        const double p1 = 1.0 / (1.0 + std::exp(-z[0]));
        return {1.0 - p1, p1};
    }
    const double top = *std::max_element(z.begin(), z.end());
    double sum = 0;
    for (double& v : z) sum += (v = std::exp(v - top));
    for (double& v : z) v /= sum;
    return z;
}

QVector<double> balancedSampleWeights(const QVector<int>& y, int classes) {
    QVector<int> counts(classes, 0);
    for (int label : y) ++counts[label];
    QVector<double> w;
    for (int label : y) w << double(y.size()) / (classes * counts[label]);
    return w;
}

bool fitLogistic(const QVector<QVector<double>>& x, const QVector<int>& y, int classes,
                 const QVector<double>& sampleWeights, double c, LogisticModel* out,
                 QString* error) {
    if (!checkInput(x, y, classes, sampleWeights, error)) return false;
    const int rows = classes == 2 ? 1 : classes, dim = int(x[0].size()) + 1;
    Problem problem{
        x,       y,    sampleWeights.isEmpty() ? QVector<double>(y.size(), 1.0) : sampleWeights,
        classes, rows, dim,
        c};
    Matrix theta(size_t(rows * dim), 0.0);
    out->iterations = newton(problem, &theta);
    out->classes = classes;
    out->weights.clear(), out->intercepts.clear();
    for (int k = 0; k < rows; ++k) {
        out->weights << QVector<double>(theta.begin() + k * dim, theta.begin() + k * dim + dim - 1);
        out->intercepts << theta[size_t(k * dim + dim - 1)];
    }
    return true;
}

}  // namespace alfee::core
