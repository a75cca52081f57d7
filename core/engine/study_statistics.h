// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The statistics of a study, as a reviewer expects them: a metric of pooled out-of-fold
// predictions with a percentile bootstrap interval over test subjects; paired differences against
// a reference arm with a bootstrap interval of their mean, the Wilcoxon signed-rank p value
// (scipy.stats.wilcoxon's defaults, scipy 1.10) and wins/ties/losses. Every draw is seeded.

#include <QVector>
#include <cmath>
#include <functional>
#include <limits>

#include "core/engine/metrics.h"

namespace alfee::core {

// The study's default number of bootstrap resamples.
inline constexpr int kBootstrapResamples = 2000;

// A metric of the units listed (indices 0..n-1 of the study's test subjects, or of its pairs);
// a unit drawn twice counts twice. NaN where the metric is undefined on them.
using ResampleMetric = std::function<double(const QVector<int>& units)>;

// A figure with its 95% percentile bootstrap interval.
struct BootstrapInterval {
    double value = std::numeric_limits<double>::quiet_NaN();  // the metric of all units
    double low = std::numeric_limits<double>::quiet_NaN();    // 2.5th percentile of resamples
    double high = std::numeric_limits<double>::quiet_NaN();   // 97.5th percentile of resamples
    int resamples = 0;  // resamples whose metric was defined: the interval's
};

// The metric of each of `resamples` resamples of `count` units drawn with replacement: unit =
// rng() % count on a std::mt19937 seeded with `seed` (raw draws, the same on every platform;
// the modulo bias is below count / 2^32). Index i is resample i; undefined ones stay NaN.
QVector<double> bootstrapValues(int count, const ResampleMetric& metric, quint32 seed,
                                int resamples = kBootstrapResamples);

// numpy.percentile(values, q) with numpy's default method 'linear' (numpy 1.24): of the sorted
// values v, h = (n - 1) * (q / 100), i = floor(h), g = h - i, the value is v[i] + g * (v[i+1] -
// v[i]) (as numpy evaluates it: v[i+1] - (v[i+1] - v[i]) * (1 - g) when g >= 0.5), v[n-1] when
// h >= n - 1. NaN when values is empty or holds a NaN (numpy's NaN propagation).
double percentile(QVector<double> values, double q);

// The metric of all `count` units, and the 2.5th and 97.5th percentiles (as percentile()) of
// its bootstrap values whose metric is defined: resamples where it is undefined (a one-class
// resample's AUROC) are left out, and `resamples` says how many counted.
BootstrapInterval bootstrapInterval(int count, const ResampleMetric& metric, quint32 seed,
                                    int resamples = kBootstrapResamples);

// The windows of one test subject: true classes and class probabilities (seeds averaged).
struct SubjectPredictions {
    QVector<int> truth;
    QVector<QVector<double>> probabilities;
};

// classificationMetrics of the pooled windows of the subjects listed (a subject drawn twice
// brings its windows twice): the ResampleMetric behind the pooled out-of-fold figures.
ClassificationMetrics pooledMetrics(const QVector<SubjectPredictions>& subjects,
                                    const QVector<int>& drawn, int classes);

// A Wilcoxon signed-rank test: its statistic and two-sided p value.
struct WilcoxonResult {
    double statistic = std::numeric_limits<double>::quiet_NaN();  // min(R+, R-)
    double p = std::numeric_limits<double>::quiet_NaN();
    bool exact = false;  // the exact null distribution, not the normal approximation
};

// scipy.stats.wilcoxon(differences) with its defaults as scipy 1.10.1 computes them
// (zero_method='wilcox', correction=False, alternative='two-sided', method='auto'): exact when
// there are at most 50 differences and none is zero (ties included: scipy then truncates R+ to
// an integer, and so does this); otherwise the normal approximation over the non-zero
// differences with the tie correction of the variance. NaN when no difference is non-zero
// (scipy raises). NaN differences must be left out by the caller.
WilcoxonResult wilcoxonSignedRank(const QVector<double>& differences);

// An arm against the reference arm over paired runs (the same fold and seed).
struct PairedComparison {
    QVector<double> differences;         // arm - reference per pair; NaN where either is undefined
    BootstrapInterval meanDifference;    // mean of the defined differences, bootstrap over pairs
    WilcoxonResult wilcoxon;             // on the defined differences
    int wins = 0, ties = 0, losses = 0;  // differences > 0, == 0 and < 0
};

// Compares `arm` with `reference` pair by pair (equal lengths); the pairs with a NaN on either
// side are left out of every figure but `differences`.
PairedComparison comparePaired(const QVector<double>& arm, const QVector<double>& reference,
                               quint32 seed, int resamples = kBootstrapResamples);

}  // namespace alfee::core
