// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A study's statistics. The Wilcoxon p values are scipy 1.10.1's and the percentiles numpy
// 1.24.2's (Debian 12, /usr/bin/python3), each printed by the Python line in its comment. The
// bootstrap cannot be compared with numpy draw for draw (another generator), so its properties
// are tested: the interval is the percentile of its own resample values, the same seed gives the
// same interval, it holds the point estimate and narrows with more subjects.
#include <QTest>
#include <cmath>
#include <random>

#include "core/engine/study_statistics.h"

using namespace alfee::core;

namespace {

// [f(i) for i in range(from, to)] as the Python lines below write them.
QVector<double> series(int from, int to, const std::function<double(int)>& f) {
    QVector<double> v;
    for (int i = from; i < to; ++i) v << f(i);
    return v;
}

// Synthetic out-of-fold predictions: balanced binary windows, class 1 scored higher on average,
// with noise and a per-subject offset, so balanced accuracy and AUROC land between .6 and .9.
QVector<SubjectPredictions> syntheticSubjects(int subjects, quint32 seed) {
    std::mt19937 rng(seed);
    const auto uniform = [&] { return (rng() % 10001) / 10000.0 - 0.5; };
    QVector<SubjectPredictions> out(subjects);
    for (SubjectPredictions& s : out) {
        const double offset = 0.2 * uniform();
        for (int w = 0; w < 20; ++w) {
            const int label = w % 2;
            const double p1 = std::clamp(0.5 + (label ? 0.1 : -0.1) + offset + uniform(), 0.0, 1.0);
            s.truth << label;
            s.probabilities << QVector<double>{1 - p1, p1};
        }
    }
    return out;
}

ResampleMetric balancedAccuracyOf(const QVector<SubjectPredictions>& subjects) {
    return [&subjects](const QVector<int>& drawn) {
        return pooledMetrics(subjects, drawn, 2).balancedAccuracy;
    };
}

ResampleMetric aurocOf(const QVector<SubjectPredictions>& subjects) {
    return
        [&subjects](const QVector<int>& drawn) { return pooledMetrics(subjects, drawn, 2).auroc; };
}

// The textbook linear-interpolation percentile, written out for the check (not numpy's _lerp).
double bruteForcePercentile(QVector<double> v, double q) {
    std::sort(v.begin(), v.end());
    const double h = (v.size() - 1) * q / 100;
    const int i = static_cast<int>(h);
    return i + 1 < v.size() ? v[i] + (h - i) * (v[i + 1] - v[i]) : v[i];
}

QVector<double> finite(const QVector<double>& values) {
    QVector<double> out;
    for (double v : values)
        if (!std::isnan(v)) out << v;
    return out;
}

}  // namespace

class TestStudyStatistics : public QObject {
    Q_OBJECT
  private slots:
    void wilcoxonMatchesScipy_data();
    void wilcoxonMatchesScipy();
    void wilcoxonUndefined();
    void percentileMatchesNumpy_data();
    void percentileMatchesNumpy();
    void intervalIsPercentileOfItsResamples();
    void sameSeedSameInterval();
    void intervalHoldsEstimateAndNarrowsWithSubjects();
    void undefinedResamplesLeftOut();
    void pairedComparison();
};

void TestStudyStatistics::wilcoxonMatchesScipy_data() {
    QTest::addColumn<QVector<double>>("d");
    QTest::addColumn<double>("statistic");
    QTest::addColumn<double>("p");
    QTest::addColumn<bool>("exact");
    // scipy.stats.wilcoxon([0.12, -0.03, 0.08, 0.05, 0.01])
    QTest::newRow("5, exact") << QVector<double>{0.12, -0.03, 0.08, 0.05, 0.01} << 2.0 << 0.1875
                              << true;
    // scipy.stats.wilcoxon([0.1, 0.2, 0.3, 0.4, 0.5, 0.6])
    QTest::newRow("6, all positive")
        << QVector<double>{0.1, 0.2, 0.3, 0.4, 0.5, 0.6} << 0.0 << 0.03125 << true;
    // scipy.stats.wilcoxon([0.5])
    QTest::newRow("1") << QVector<double>{0.5} << 0.0 << 1.0 << true;
    // scipy.stats.wilcoxon([1.0, 2.0, -3.0]): R+ at the distribution's centre
    QTest::newRow("3, centre") << QVector<double>{1.0, 2.0, -3.0} << 3.0 << 1.0 << true;
    // scipy.stats.wilcoxon([1.0, -2.0, 3.0, -4.0, 5.0, -6.0, -7.0, 8.0])
    QTest::newRow("8, exact") << QVector<double>{1.0, -2.0, 3.0, -4.0, 5.0, -6.0, -7.0, 8.0} << 17.0
                              << 0.9453125 << true;
    // scipy.stats.wilcoxon([0.031, -0.012, 0.054, 0.008, -0.027, 0.066, 0.019, 0.042, -0.005,
    //                       0.073, 0.011, -0.038, 0.025, 0.047, 0.002, 0.059, -0.016, 0.035])
    QTest::newRow("18, exact (6 folds x 3 seeds)")
        << QVector<double>{0.031, -0.012, 0.054,  0.008, -0.027, 0.066, 0.019, 0.042,  -0.005,
                           0.073, 0.011,  -0.038, 0.025, 0.047,  0.002, 0.059, -0.016, 0.035}
        << 34.0 << 0.02367401123046875 << true;
    // scipy.stats.wilcoxon([1.0, 1.0, -2.0, 3.0, 3.0, -3.0, 4.0, 5.0, -1.0, 6.0]): ties, whole
    // ranks
    QTest::newRow("10, ties, exact")
        << QVector<double>{1.0, 1.0, -2.0, 3.0, 3.0, -3.0, 4.0, 5.0, -1.0, 6.0} << 12.0
        << 0.130859375 << true;
    // scipy.stats.wilcoxon([1.0, -1.0, 2.0, 3.0, 4.0, 5.0, -6.0, 7.0]): R+ = 27.5, which scipy
    // 1.10 truncates to 27 for the exact distribution
    QTest::newRow("8, half ranks, exact")
        << QVector<double>{1.0, -1.0, 2.0, 3.0, 4.0, 5.0, -6.0, 7.0} << 8.5 << 0.25 << true;
    // scipy.stats.wilcoxon([0.0, 0.1, -0.2, 0.3, 0.0, 0.4, 0.5, -0.1, 0.6, 0.7, 0.2, 0.0]):
    // zeros: the normal approximation over the 9 others
    QTest::newRow("12, zeros, approximation")
        << QVector<double>{0.0, 0.1, -0.2, 0.3, 0.0, 0.4, 0.5, -0.1, 0.6, 0.7, 0.2, 0.0} << 5.0
        << 0.03781375300840646 << false;
    // scipy.stats.wilcoxon([((i * 37) % 101 * 2 - 101) / 200.0 for i in range(1, 51)])
    const auto f37 = [](int i) { return ((i * 37) % 101 * 2 - 101) / 200.0; };
    QTest::newRow("50, ties, exact") << series(1, 51, f37) << 634.0 << 0.9771032283055696 << true;
    // scipy.stats.wilcoxon([((i * 37) % 101 * 2 - 101) / 200.0 for i in range(1, 52)])
    QTest::newRow("51, ties, approximation")
        << series(1, 52, f37) << 649.5 << 0.8993025111717708 << false;
    // scipy.stats.wilcoxon([((i * 61) % 127 + 1) * (1 if i % 3 else -1) / 1000.0
    //                       for i in range(60)])
    QTest::newRow("60, approximation")
        << series(0, 60, [](int i) { return ((i * 61) % 127 + 1) * (i % 3 ? 1 : -1) / 1000.0; })
        << 594.0 << 0.01812402266513059 << false;
    // scipy.stats.wilcoxon([((i * 7) % 23 - 8) / 10.0 for i in range(60)]): 3 zeros, many ties
    QTest::newRow("60, zeros and ties, approximation")
        << series(0, 60, [](int i) { return ((i * 7) % 23 - 8) / 10.0; }) << 442.5
        << 0.0022635028781077923 << false;
    // scipy.stats.wilcoxon([((i * 53) % 199 - 90) / 1000.0 for i in range(80)])
    QTest::newRow("80, approximation")
        << series(0, 80, [](int i) { return ((i * 53) % 199 - 90) / 1000.0; }) << 1243.5
        << 0.10005748464432825 << false;
}

void TestStudyStatistics::wilcoxonMatchesScipy() {
    QFETCH(QVector<double>, d);
    QFETCH(double, statistic);
    QFETCH(double, p);
    QFETCH(bool, exact);
    const WilcoxonResult r = wilcoxonSignedRank(d);
    QCOMPARE(r.statistic, statistic);
    QCOMPARE(r.exact, exact);
    QVERIFY2(std::abs(r.p - p) <= 1e-12,
             qPrintable(QStringLiteral("%1 != %2").arg(r.p, 0, 'g', 17).arg(p, 0, 'g', 17)));
}

void TestStudyStatistics::wilcoxonUndefined() {
    QVERIFY(std::isnan(wilcoxonSignedRank({}).p));
    // scipy raises: "zero_method 'wilcox' and 'pratt' do not work if x - y is zero for all"
    QVERIFY(std::isnan(wilcoxonSignedRank({0.0, 0.0, 0.0}).p));
}

void TestStudyStatistics::percentileMatchesNumpy_data() {
    QTest::addColumn<QVector<double>>("values");
    QTest::addColumn<double>("q");
    QTest::addColumn<double>("expected");
    const QVector<double> eleven{0.71, 0.64, 0.69, 0.58, 0.75, 0.62, 0.66, 0.70, 0.61, 0.73, 0.67};
    // numpy.percentile([0.71, 0.64, 0.69, 0.58, 0.75, 0.62, 0.66, 0.70, 0.61, 0.73, 0.67], q)
    // for q = 2.5, 97.5, 50, 0, 100
    QTest::newRow("11, 2.5") << eleven << 2.5 << 0.5874999999999999;
    QTest::newRow("11, 97.5") << eleven << 97.5 << 0.745;
    QTest::newRow("11, 50") << eleven << 50.0 << 0.67;
    QTest::newRow("11, 0") << eleven << 0.0 << 0.58;
    QTest::newRow("11, 100") << eleven << 100.0 << 0.75;
    // numpy.percentile([((i * 7919) % 2003) / 2003.0 for i in range(2000)], q)
    const QVector<double> many =
        series(0, 2000, [](int i) { return ((i * 7919) % 2003) / 2003.0; });
    QTest::newRow("2000, 2.5") << many << 2.5 << 0.024950074887668497;
    QTest::newRow("2000, 97.5") << many << 97.5 << 0.9745506739890164;
    QTest::newRow("2000, 50") << many << 50.0 << 0.5004992511233151;
    QTest::newRow("2000, 0") << many << 0.0 << 0.0;
    QTest::newRow("2000, 100") << many << 100.0 << 0.9995007488766849;
    // numpy.percentile([0.5], 2.5) and numpy.percentile([0.2, 0.9], q) for q = 2.5, 97.5, 50
    QTest::newRow("1, 2.5") << QVector<double>{0.5} << 2.5 << 0.5;
    QTest::newRow("2, 2.5") << QVector<double>{0.2, 0.9} << 2.5 << 0.2175;
    QTest::newRow("2, 97.5") << QVector<double>{0.2, 0.9} << 97.5 << 0.8825000000000001;
    QTest::newRow("2, 50") << QVector<double>{0.2, 0.9} << 50.0 << 0.55;
}

void TestStudyStatistics::percentileMatchesNumpy() {
    QFETCH(QVector<double>, values);
    QFETCH(double, q);
    QFETCH(double, expected);
    const double got = percentile(values, q);
    // Bit for bit: the same operations in the same order as numpy's.
    QVERIFY2(got == expected,
             qPrintable(QStringLiteral("%1 != %2").arg(got, 0, 'g', 17).arg(expected, 0, 'g', 17)));
}

void TestStudyStatistics::intervalIsPercentileOfItsResamples() {
    const QVector<SubjectPredictions> subjects = syntheticSubjects(25, 1);
    const ResampleMetric metric = balancedAccuracyOf(subjects);
    const BootstrapInterval ci = bootstrapInterval(25, metric, 7);
    const QVector<double> values = bootstrapValues(25, metric, 7);
    QCOMPARE(values.size(), kBootstrapResamples);
    QCOMPARE(ci.resamples, kBootstrapResamples);
    QCOMPARE(ci.low, percentile(values, 2.5));
    QCOMPARE(ci.high, percentile(values, 97.5));
    QVERIFY(std::abs(ci.low - bruteForcePercentile(values, 2.5)) <= 1e-12);
    QVERIFY(std::abs(ci.high - bruteForcePercentile(values, 97.5)) <= 1e-12);
    QVERIFY(std::isnan(percentile({0.1, std::nan(""), 0.3}, 50)));  // numpy propagates NaN
}

void TestStudyStatistics::sameSeedSameInterval() {
    const QVector<SubjectPredictions> subjects = syntheticSubjects(20, 2);
    const ResampleMetric metric = aurocOf(subjects);
    QCOMPARE(bootstrapValues(20, metric, 11, 300), bootstrapValues(20, metric, 11, 300));
    QVERIFY(bootstrapValues(20, metric, 11, 300) != bootstrapValues(20, metric, 12, 300));
    const BootstrapInterval a = bootstrapInterval(20, metric, 11),
                            b = bootstrapInterval(20, metric, 11);
    QCOMPARE(a.low, b.low);
    QCOMPARE(a.high, b.high);
    QCOMPARE(a.value, b.value);
}

void TestStudyStatistics::intervalHoldsEstimateAndNarrowsWithSubjects() {
    const QVector<SubjectPredictions> few = syntheticSubjects(8, 3),
                                      many = syntheticSubjects(80, 3);
    for (const auto& metricOf : {balancedAccuracyOf, aurocOf}) {
        const BootstrapInterval small = bootstrapInterval(8, metricOf(few), 5);
        const BootstrapInterval large = bootstrapInterval(80, metricOf(many), 5);
        for (const BootstrapInterval& ci : {small, large}) {
            QVERIFY2(
                ci.low < ci.value && ci.value < ci.high,
                qPrintable(QStringLiteral("%1 [%2, %3]").arg(ci.value).arg(ci.low).arg(ci.high)));
            QVERIFY(ci.value > 0.55 && ci.value < 0.95);
        }
        QVERIFY(large.high - large.low < 0.6 * (small.high - small.low));
    }
}

void TestStudyStatistics::undefinedResamplesLeftOut() {
    // Three subjects of one class each: a resample of one subject's class has no AUROC.
    QVector<SubjectPredictions> subjects(3);
    for (int s = 0; s < 3; ++s)
        for (int w = 0; w < 10; ++w) {
            const double p1 = (s == 2 ? 0.6 : 0.4) + (w - 5) * 0.03;
            subjects[s].truth << (s == 2 ? 1 : 0);
            subjects[s].probabilities << QVector<double>{1 - p1, p1};
        }
    const ResampleMetric metric = aurocOf(subjects);
    const QVector<double> defined = finite(bootstrapValues(3, metric, 9));
    const BootstrapInterval ci = bootstrapInterval(3, metric, 9);
    QVERIFY(defined.size() < kBootstrapResamples && defined.size() > kBootstrapResamples / 2);
    QCOMPARE(ci.resamples, defined.size());
    QCOMPARE(ci.low, percentile(defined, 2.5));
    QVERIFY(!std::isnan(ci.low) && !std::isnan(ci.high));
}

void TestStudyStatistics::pairedComparison() {
    // scipy.stats.wilcoxon([0.61, 0.58, 0.66, 0.55, 0.71, 0.63, 0.59, 0.60, 0.68],
    //                      [0.57, 0.60, 0.61, 0.55, 0.64, 0.58, 0.62, 0.56, 0.60])
    // -> statistic 3.0, p 0.03546586462402558 (a zero difference: the normal approximation)
    const QVector<double> arm{0.61, 0.58, 0.66, 0.55, 0.71, 0.63, 0.59, 0.60, 0.68, 0.70};
    const QVector<double> reference{0.57, 0.60, 0.61, 0.55,        0.64, 0.58,
                                    0.62, 0.56, 0.60, std::nan("")};  // an undefined pair, left out
    const PairedComparison c = comparePaired(arm, reference, 3);
    QCOMPARE(c.differences.size(), 10);
    QVERIFY(std::isnan(c.differences.last()));
    QCOMPARE(c.wins, 6);
    QCOMPARE(c.ties, 1);
    QCOMPARE(c.losses, 2);
    QCOMPARE(c.wilcoxon.statistic, 3.0);
    QVERIFY(std::abs(c.wilcoxon.p - 0.03546586462402558) <= 1e-12);
    // numpy.mean(numpy.array(arm[:9]) - numpy.array(reference[:9])) -> 0.031111111111111114
    QVERIFY(std::abs(c.meanDifference.value - 0.031111111111111114) <= 1e-15);
    QVERIFY(c.meanDifference.low < c.meanDifference.value &&
            c.meanDifference.value < c.meanDifference.high);
    QCOMPARE(comparePaired(arm, reference, 3).meanDifference.low, c.meanDifference.low);
}

QTEST_GUILESS_MAIN(TestStudyStatistics)
#include "test_study_statistics.moc"
