// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/study_statistics.h"

#include <algorithm>
#include <numeric>
#include <random>

namespace alfee::core {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// One resample: `count` units drawn with replacement.
QVector<int> drawUnits(std::mt19937& rng, int count) {
    QVector<int> units(count);
    for (int& u : units) u = static_cast<int>(rng() % static_cast<quint32>(count));
    return units;
}

QVector<double> withoutNaN(const QVector<double>& values) {
    QVector<double> kept;
    for (double v : values)
        if (!std::isnan(v)) kept << v;
    return kept;
}

// numpy's _lerp: the second form where t >= 0.5 keeps the result exact at t == 1.
double lerp(double a, double b, double t) {
    const double diff = b - a;
    return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

// scipy.stats.rankdata(method='average') of the absolute values: ties share their mean rank.
QVector<double> absoluteRanks(const QVector<double>& d) {
    QVector<int> order(d.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return std::abs(d[a]) < std::abs(d[b]); });
    QVector<double> ranks(d.size());
    for (int i = 0, j = 0; i < order.size(); i = j) {
        while (j < order.size() && std::abs(d[order[j]]) == std::abs(d[order[i]])) ++j;
        for (int k = i; k < j; ++k) ranks[order[k]] = (i + 1 + j) / 2.0;
    }
    return ranks;
}

// sum over tie groups of t (t^2 - 1), for the variance's tie correction.
double tieTerm(const QVector<double>& d) {
    QVector<double> magnitudes;
    for (double v : d) magnitudes << std::abs(v);
    std::sort(magnitudes.begin(), magnitudes.end());
    double term = 0;
    for (int i = 0, j = 0; i < magnitudes.size(); i = j) {
        while (j < magnitudes.size() && magnitudes[j] == magnitudes[i]) ++j;
        const double t = j - i;
        term += t * (t * t - 1);
    }
    return term;
}

// scipy's _get_wilcoxon_distr: the null distribution of R+ for n differences, built the same way.
QVector<double> wilcoxonDistribution(int n) {
    QVector<double> c{1.0};
    for (int k = 1; k <= n; ++k) {
        const QVector<double> prev = c;
        c = QVector<double>(k * (k + 1) / 2 + 1, 0.0);
        const int m = prev.size();
        for (int i = 0; i < m; ++i) c[i] = prev[i] * 0.5;
        for (int i = 0; i < m; ++i) c[c.size() - m + i] += prev[i] * 0.5;
    }
    return c;
}

// Two-sided exact p of R+ (truncated to an integer as scipy does), clipped to 1.
double exactP(double rPlus, int n) {
    const QVector<double> pmf = wilcoxonDistribution(n);
    const int r = static_cast<int>(rPlus);
    if (r == (pmf.size() - 1) / 2) return 1.0;
    const double less = std::accumulate(pmf.cbegin(), pmf.cbegin() + r + 1, 0.0);
    const double greater = std::accumulate(pmf.cbegin() + r, pmf.cend(), 0.0);
    return std::clamp(2 * std::min(less, greater), 0.0, 1.0);
}

// 2 * scipy.stats.norm.sf(|z|), with cephes ndtr's choice between erf and erfc.
double twoSidedNormalP(double z) {
    const double x = std::abs(z) * M_SQRT1_2;
    const double tail = x < M_SQRT1_2 ? 0.5 - 0.5 * std::erf(x) : 0.5 * std::erfc(x);
    return 2 * tail;
}

// Normal approximation: mean n(n+1)/4, variance (n(n+1)(2n+1) - tie term / 2) / 24, no
// continuity correction.
double approximateP(double t, const QVector<double>& d) {
    const double n = d.size();
    const double mn = n * (n + 1) * 0.25;
    const double se = std::sqrt((n * (n + 1) * (2 * n + 1) - 0.5 * tieTerm(d)) / 24);
    return twoSidedNormalP((t - mn) / se);
}

QVector<double> nonZero(const QVector<double>& differences) {
    QVector<double> kept;
    for (double v : differences)
        if (v != 0) kept << v;
    return kept;
}

void countOutcomes(PairedComparison& c, const QVector<double>& defined) {
    for (double d : defined) {
        if (d > 0)
            ++c.wins;
        else if (d < 0)
            ++c.losses;
        else
            ++c.ties;
    }
}

}  // namespace

QVector<double> bootstrapValues(int count, const ResampleMetric& metric, quint32 seed,
                                int resamples) {
    QVector<double> values;
    if (count < 1) return values;
    std::mt19937 rng(seed);
    values.reserve(resamples);
    for (int i = 0; i < resamples; ++i) values << metric(drawUnits(rng, count));
    return values;
}

double percentile(QVector<double> values, double q) {
    if (values.isEmpty() ||
        std::any_of(values.cbegin(), values.cend(), [](double v) { return std::isnan(v); }))
        return kNaN;
    std::sort(values.begin(), values.end());
    const double h = (values.size() - 1) * (q / 100);
    if (h >= values.size() - 1) return values.last();
    const int i = static_cast<int>(std::floor(h));
    return lerp(values[i], values[i + 1], h - i);
}

BootstrapInterval bootstrapInterval(int count, const ResampleMetric& metric, quint32 seed,
                                    int resamples) {
    BootstrapInterval interval;
    if (count < 1) return interval;
    QVector<int> all(count);
    std::iota(all.begin(), all.end(), 0);
    interval.value = metric(all);
    const QVector<double> values = withoutNaN(bootstrapValues(count, metric, seed, resamples));
    interval.resamples = static_cast<int>(values.size());
    interval.low = percentile(values, 2.5);
    interval.high = percentile(values, 97.5);
    return interval;
}

ClassificationMetrics pooledMetrics(const QVector<SubjectPredictions>& subjects,
                                    const QVector<int>& drawn, int classes) {
    QVector<int> truth;
    QVector<QVector<double>> probabilities;
    for (int s : drawn) {
        truth += subjects[s].truth;
        probabilities += subjects[s].probabilities;
    }
    return classificationMetrics(truth, probabilities, classes);
}

WilcoxonResult wilcoxonSignedRank(const QVector<double>& differences) {
    WilcoxonResult result;
    const QVector<double> d = nonZero(differences);
    if (d.isEmpty()) return result;
    const QVector<double> ranks = absoluteRanks(d);
    double rPlus = 0, rMinus = 0;
    for (int i = 0; i < d.size(); ++i) (d[i] > 0 ? rPlus : rMinus) += ranks[i];
    result.statistic = std::min(rPlus, rMinus);
    // scipy 1.10's method='auto': exact up to 50 differences, zeros counted, unless any is zero.
    result.exact = differences.size() <= 50 && d.size() == differences.size();
    result.p = result.exact ? exactP(rPlus, static_cast<int>(d.size()))
                            : approximateP(result.statistic, d);
    return result;
}

PairedComparison comparePaired(const QVector<double>& arm, const QVector<double>& reference,
                               quint32 seed, int resamples) {
    PairedComparison c;
    for (int i = 0; i < std::min(arm.size(), reference.size()); ++i)
        c.differences << arm[i] - reference[i];
    const QVector<double> defined = withoutNaN(c.differences);  // both sides defined
    countOutcomes(c, defined);
    c.wilcoxon = wilcoxonSignedRank(defined);
    const ResampleMetric meanOf = [&](const QVector<int>& pairs) {
        double sum = 0;
        for (int p : pairs) sum += defined[p];
        return sum / pairs.size();
    };
    c.meanDifference = bootstrapInterval(static_cast<int>(defined.size()), meanOf, seed, resamples);
    return c;
}

}  // namespace alfee::core
