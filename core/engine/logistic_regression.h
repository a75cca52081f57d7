// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// L2-regularised logistic regression as scikit-learn's LogisticRegression defines it (C
// weighting the data term, intercepts not penalised; binary: one weight vector, more classes:
// multinomial), solved to its unique optimum by Newton's method. Small dense problems only:
// the band-power baseline has a hundred features or so.

#include <QString>
#include <QVector>

namespace alfee::core {

// A fitted model: one row of weights and an intercept per class (one row for two classes).
struct LogisticModel {
    int classes = 2;
    QVector<QVector<double>> weights;
    QVector<double> intercepts;
    int iterations = 0;

    // Class probabilities of one feature vector.
    QVector<double> probabilities(const QVector<double>& x) const;
};

// Minimises sum_i s_i CE_i + ||W||^2 / (2C). `sampleWeights` empty: all 1. False with *error
// when the data cannot be fitted (no rows, a label out of range, ragged rows).
bool fitLogistic(const QVector<QVector<double>>& x, const QVector<int>& y, int classes,
                 const QVector<double>& sampleWeights, double c, LogisticModel* out,
                 QString* error);

// scikit-learn's class_weight='balanced': n / (classes * count of the row's class).
QVector<double> balancedSampleWeights(const QVector<int>& y, int classes);

}  // namespace alfee::core
