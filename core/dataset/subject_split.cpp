// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataset/subject_split.h"

#include <algorithm>
#include <random>

namespace alfee::core {

// Raw draws, not std::uniform_int_distribution, whose algorithm each library chooses.
void seededShuffle(QStringList& items, quint32 seed) {
    std::mt19937 rng(seed);
    for (int i = items.size() - 1; i > 0; --i)
        items.swapItemsAt(i, static_cast<int>(rng() % (i + 1)));
}

namespace {

int total(const ClassCounts& c) {
    int n = 0;
    for (int v : c) n += v;
    return n;
}

}  // namespace

namespace {

// Moves the last subject (in seeded order) that train can spare to validation, so a split that
// asked for validation keeps one when the user named every validation subject for test.
void keepOneValidationSubject(QMap<QString, QString>& assignment, quint32 seed) {
    QStringList train;
    for (auto it = assignment.cbegin(); it != assignment.cend(); ++it) {
        if (it.value() == QLatin1String("validation")) return;
        if (it.value() == QLatin1String("train")) train << it.key();
    }
    if (train.size() < 2) return;
    seededShuffle(train, seed);
    assignment[train.last()] = QStringLiteral("validation");
}

}  // namespace

// The named test subjects; the others keep the validation subjects of the split without named
// test subjects (so ticking one more test subject never reshuffles validation) and train on
// the rest.
QMap<QString, QString> splitAroundTestSubjects(const QMap<QString, ClassCounts>& counts,
                                               int classCount, const SplitSpec& spec) {
    SplitSpec untouched = spec;
    untouched.testSubjects.clear();
    const QMap<QString, QString> before = splitSubjects(counts, classCount, untouched);
    QMap<QString, QString> assignment;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const bool validation = it.value() == QLatin1String("validation");
        assignment[it.key()] = spec.testSubjects.contains(it.key()) ? QStringLiteral("test")
                               : validation                         ? QStringLiteral("validation")
                                                                    : QStringLiteral("train");
    }
    if (spec.validation > 0) keepOneValidationSubject(assignment, spec.seed);
    return assignment;
}

QMap<QString, QString> splitSubjects(const QMap<QString, ClassCounts>& counts, int classCount,
                                     const SplitSpec& spec) {
    if (!spec.testSubjects.isEmpty()) return splitAroundTestSubjects(counts, classCount, spec);
    const QStringList splits = {"train", "validation", "test"};
    const double fractions[3] = {spec.train, spec.validation, spec.test};
    QVector<double> classTotals(classCount, 0.0);
    for (const ClassCounts& c : counts)
        for (int k = 0; k < classCount; ++k) classTotals[k] += c[k];

    QStringList order = counts.keys();
    seededShuffle(order, spec.seed);
    std::stable_sort(order.begin(), order.end(), [&](const QString& a, const QString& b) {
        return total(counts[a]) > total(counts[b]);  // big subjects first, ties in seeded order
    });

    QVector<QVector<double>> current(3, QVector<double>(classCount, 0.0));
    QMap<QString, QString> assignment;
    for (const QString& subject : order) {
        const ClassCounts& c = counts[subject];
        int best = -1;
        double bestScore = -1e300;
        for (int s = 0; s < 3; ++s) {
            if (fractions[s] <= 0) continue;
            // How much of this split's unmet target per class the subject would fill.
            double score = 0;
            for (int k = 0; k < classCount; ++k)
                if (classTotals[k] > 0)
                    score +=
                        c[k] * (fractions[s] * classTotals[k] - current[s][k]) / classTotals[k];
            if (score > bestScore) bestScore = score, best = s;
        }
        for (int k = 0; k < classCount; ++k) current[best][k] += c[k];
        assignment[subject] = splits[best];
    }
    // Every split that asked for a share gets at least one subject where there are enough.
    for (int s = 0; s < 3; ++s) {
        if (fractions[s] <= 0 || assignment.values().contains(splits[s])) continue;
        for (auto it = order.crbegin(); it != order.crend(); ++it) {
            const QString from = assignment[*it];
            if (assignment.values().count(from) > 1) {
                assignment[*it] = splits[s];
                break;
            }
        }
    }
    return assignment;
}

}  // namespace alfee::core
