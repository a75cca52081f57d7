// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Subject-wise folds: a property test over random recordings (file names under the known naming
// schemes, subjects found by subjectOfFile, random labels per window), a case whose balance is
// known, leave-subjects-out, and a fixed seed's folds written down so that another platform or
// standard library that deals differently fails here.
#include <QSet>
#include <QTest>
#include <algorithm>
#include <random>

#include "core/dataset/subject_folds.h"
#include "core/dataset/subject_identity.h"

using namespace alfee::core;

namespace {

// A random draw in [lo, hi], from raw draws so the cases are the same everywhere.
int draw(std::mt19937& rng, int lo, int hi) {
    return lo + static_cast<int>(rng() % static_cast<quint32>(hi - lo + 1));
}

// A recording's file name of subject number `s` under one of the known schemes.
QString fileName(std::mt19937& rng, int scheme, int s) {
    const int r = draw(rng, 1, 14);
    switch (scheme) {
        case 0:
            return QStringLiteral("sub-%1_ses-%2_task-x_eeg.edf").arg(s, 3, 10, QChar('0')).arg(r);
        case 1:
            return QStringLiteral("S%1R%2.edf").arg(s, 3, 10, QChar('0')).arg(r, 2, 10, QChar('0'));
        case 2:
            return QStringLiteral("Subject%1_%2.edf").arg(s, 2, 10, QChar('0')).arg(r % 2 + 1);
        default:
            return QStringLiteral("chb%1_%2.edf")
                .arg(s, 2, 10, QChar('0'))
                .arg(r, 2, 10, QChar('0'));
    }
}

// Windows per class of each subject of random recordings: some subjects have one class only.
QMap<QString, ClassCounts> randomCounts(std::mt19937& rng, int classCount) {
    const int scheme = draw(rng, 0, 3), subjects = draw(rng, 2, 40);
    QMap<QString, ClassCounts> counts;
    for (int s = 0; s < subjects; ++s) {
        const int onlyClass = draw(rng, 0, 3) == 0 ? draw(rng, 0, classCount - 1) : -1;
        for (int rec = draw(rng, 1, 3); rec > 0; --rec) {
            const QString subject = subjectOfFile(fileName(rng, scheme, s), kAutoSubjects).subject;
            ClassCounts& c = counts[subject];
            c.resize(classCount);
            for (int w = draw(rng, 0, 30); w > 0; --w)
                ++c[onlyClass >= 0 ? onlyClass : draw(rng, 0, classCount - 1)];
        }
    }
    return counts;
}

int total(const ClassCounts& c) {
    int n = 0;
    for (int v : c) n += v;
    return n;
}

// Each fold's windows of every class.
QVector<int> foldWindows(const QMap<QString, ClassCounts>& counts, const QMap<QString, int>& folds,
                         int k) {
    QVector<int> windows(k, 0);
    for (auto it = folds.cbegin(); it != folds.cend(); ++it)
        windows[it.value()] += total(counts[it.key()]);
    return windows;
}

// Every subject has a fold in range; each fold has a subject; the folds' window totals differ by
// at most the largest subject's (what dealing whole subjects can force).
void checkFolds(const QMap<QString, ClassCounts>& counts, const QMap<QString, int>& folds, int k) {
    QCOMPARE(folds.keys(), counts.keys());
    QSet<int> used;
    for (int f : folds) {
        QVERIFY(f >= 0 && f < k);
        used.insert(f);
    }
    QCOMPARE(used.size(), std::min<int>(k, counts.size()));
    int largest = 0;
    for (const ClassCounts& c : counts) largest = std::max(largest, total(c));
    const QVector<int> windows = foldWindows(counts, folds, k);
    const auto [lo, hi] = std::minmax_element(windows.cbegin(), windows.cend());
    QVERIFY2(*hi - *lo <= largest,
             qPrintable(QStringLiteral("%1 - %2 > %3").arg(*hi).arg(*lo).arg(largest)));
}

// Fold by fold: the test split is exactly the fold's subjects, every subject is in one split, and
// over all folds every subject is tested once.
void checkAssignments(const QMap<QString, ClassCounts>& counts, const QMap<QString, int>& folds,
                      int classCount, int k, quint32 seed) {
    QMap<QString, int> timesTested;
    for (int f = 0; f < k; ++f) {
        SplitSpec spec;
        spec.seed = seed;
        const QMap<QString, QString> split = foldAssignment(counts, classCount, folds, f, spec);
        QCOMPARE(split.keys(), counts.keys());
        for (auto it = split.cbegin(); it != split.cend(); ++it) {
            QCOMPARE(it.value() == "test", folds[it.key()] == f);
            if (it.value() == "test") ++timesTested[it.key()];
        }
    }
    QCOMPARE(timesTested.keys(), counts.keys());
    for (int n : timesTested) QCOMPARE(n, 1);
}

}  // namespace

class TestSubjectFolds : public QObject {
    Q_OBJECT
  private slots:
    void randomRecordings();
    void pureClassSubjectsBalanceExactly();
    void leaveSubjectsOutHasOneSubjectAFold();
    void fixedSeedFolds();
    void tickingTestSubjectsKeepsValidation();
};

void TestSubjectFolds::randomRecordings() {
    std::mt19937 rng(20261207);
    for (int run = 0; run < 300; ++run) {
        const int classCount = draw(rng, 2, 4);
        const QMap<QString, ClassCounts> counts = randomCounts(rng, classCount);
        const int k = draw(rng, 2, 12);
        const quint32 seed = rng();
        const QMap<QString, int> folds = assignFolds(counts, classCount, k, seed);
        checkFolds(counts, folds, k);
        checkAssignments(counts, folds, classCount, k, seed);
        QCOMPARE(assignFolds(counts, classCount, k, seed), folds);
        QCOMPARE(foldCount(folds), std::min<int>(k, counts.size()));
    }
}

void TestSubjectFolds::pureClassSubjectsBalanceExactly() {
    // 6 subjects of class 0 and 6 of class 1, 10 windows each: 3 folds of 20 + 20 whatever the
    // seed.
    QMap<QString, ClassCounts> counts;
    for (int s = 0; s < 12; ++s)
        counts[QStringLiteral("s%1").arg(s)] = s % 2 ? ClassCounts{0, 10} : ClassCounts{10, 0};
    for (quint32 seed = 0; seed < 50; ++seed) {
        const QMap<QString, int> folds = assignFolds(counts, 2, 3, seed);
        QVector<ClassCounts> perFold(3, ClassCounts{0, 0});
        for (auto it = folds.cbegin(); it != folds.cend(); ++it)
            for (int k = 0; k < 2; ++k) perFold[it.value()][k] += counts[it.key()][k];
        for (const ClassCounts& c : perFold) QCOMPARE(c, (ClassCounts{20, 20}));
    }
}

void TestSubjectFolds::leaveSubjectsOutHasOneSubjectAFold() {
    std::mt19937 rng(7);
    for (int run = 0; run < 50; ++run) {
        const QMap<QString, ClassCounts> counts = randomCounts(rng, 2);
        const QMap<QString, int> folds = leaveSubjectsOut(counts, 2, rng());
        QCOMPARE(foldCount(folds), counts.size());
        for (int f = 0; f < foldCount(folds); ++f) QCOMPARE(foldSubjects(folds, f).size(), 1);
    }
}

void TestSubjectFolds::fixedSeedFolds() {
    // Written down from this implementation: seeded Fisher-Yates on raw mt19937 draws.
    QMap<QString, ClassCounts> counts;
    for (int s = 0; s < 10; ++s)
        counts[QStringLiteral("Subject%1").arg(s, 2, 10, QChar('0'))] = {10 + s % 3, 12 - s % 4};
    const QMap<QString, int> folds = assignFolds(counts, 2, 4, 42);
    QStringList got;
    for (auto it = folds.cbegin(); it != folds.cend(); ++it) got << QString::number(it.value());
    QCOMPARE(got.join(','), QStringLiteral("3,3,1,3,1,2,0,0,0,2"));
}

// The wizard's bullet of issue 26: naming test subjects moves them to test and changes nothing
// else; the others keep the validation of the split without named test subjects, with one
// stand-in from train only once every one of its validation subjects is named.
void TestSubjectFolds::tickingTestSubjectsKeepsValidation() {
    std::mt19937 rng(7);
    for (int run = 0; run < 200; ++run) {
        const int classCount = draw(rng, 2, 3);
        const QMap<QString, ClassCounts> counts = randomCounts(rng, classCount);
        SplitSpec spec;
        spec.seed = rng();
        const QMap<QString, QString> none = splitSubjects(counts, classCount, spec);
        const QStringList validation = none.keys("validation");
        QStringList order = counts.keys();
        seededShuffle(order, rng());
        for (const QString& subject : order.mid(0, (counts.size() + 1) / 2)) {
            spec.testSubjects << subject;
            const QMap<QString, QString> after = splitSubjects(counts, classCount, spec);
            bool allValidationNamed = true;
            for (const QString& v : validation)
                allValidationNamed = allValidationNamed && spec.testSubjects.contains(v);
            int standIns = 0;
            for (auto it = after.cbegin(); it != after.cend(); ++it) {
                if (spec.testSubjects.contains(it.key())) {
                    QCOMPARE(it.value(), QStringLiteral("test"));
                } else if (validation.contains(it.key())) {
                    QCOMPARE(it.value(), QStringLiteral("validation"));
                } else if (it.value() == "validation") {
                    QVERIFY(allValidationNamed);
                    ++standIns;
                } else {
                    QCOMPARE(it.value(), QStringLiteral("train"));
                }
            }
            QVERIFY(standIns <= 1);
            if (allValidationNamed && after.keys("train").size() + standIns >= 2)
                QCOMPARE(standIns, 1);
        }
    }
}

QTEST_GUILESS_MAIN(TestSubjectFolds)
#include "test_subject_folds.moc"
