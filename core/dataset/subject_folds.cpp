// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataset/subject_folds.h"

#include <algorithm>

namespace alfee::core {
namespace {

int total(const ClassCounts& c) {
    int n = 0;
    for (int v : c) n += v;
    return n;
}

// What the folds hold so far, as subjects are dealt out.
struct FoldLoads {
    QVector<QVector<double>> perClass;  // [fold][class] windows
    QVector<double> windows;            // [fold] windows of every class
    QVector<int> subjects;              // [fold] subjects
    QVector<double> classTotals;        // [class] windows of all subjects

    FoldLoads(int folds, int classCount)
        : perClass(folds, QVector<double>(classCount, 0.0)),
          windows(folds, 0.0),
          subjects(folds, 0),
          classTotals(classCount, 0.0) {}
};

// How much of fold f's unmet share of each class the subject would fill (splitSubjects' score).
double fillScore(const FoldLoads& loads, const ClassCounts& c, int f) {
    const double share = 1.0 / loads.windows.size();
    double score = 0;
    for (int k = 0; k < loads.classTotals.size(); ++k)
        if (loads.classTotals[k] > 0)
            score +=
                c[k] * (share * loads.classTotals[k] - loads.perClass[f][k]) / loads.classTotals[k];
    return score;
}

// The folds that may take a subject of `size` windows. While the subjects left (this one
// included) are only just enough for the empty folds, only those; otherwise the folds that stay
// within `largest` windows of the smallest fold, which keeps every fold within the largest
// subject of every other one (the smallest fold always qualifies).
QVector<int> candidates(const FoldLoads& loads, double size, double largest, int remaining) {
    QVector<int> empty, within;
    const double smallest = *std::min_element(loads.windows.cbegin(), loads.windows.cend());
    for (int f = 0; f < loads.windows.size(); ++f) {
        if (loads.subjects[f] == 0) empty << f;
        if (loads.windows[f] + size <= smallest + largest) within << f;
    }
    return remaining <= empty.size() ? empty : within;
}

// The candidate the subject fills most; ties go to the fold with fewer windows, then fewer
// subjects, then the lower index, so equal subjects are dealt round the folds.
int bestFold(const FoldLoads& loads, const ClassCounts& c, const QVector<int>& folds) {
    const auto key = [&](int f) {
        return std::make_tuple(-fillScore(loads, c, f), loads.windows[f], loads.subjects[f], f);
    };
    return *std::min_element(folds.cbegin(), folds.cend(),
                             [&](int a, int b) { return key(a) < key(b); });
}

void addSubject(FoldLoads& loads, const ClassCounts& c, int f) {
    for (int k = 0; k < c.size(); ++k) loads.perClass[f][k] += c[k];
    loads.windows[f] += total(c);
    ++loads.subjects[f];
}

// Big subjects first, ties in seeded order: the greedy deal then evens out the small ones last.
QStringList dealingOrder(const QMap<QString, ClassCounts>& counts, quint32 seed) {
    QStringList order = counts.keys();
    seededShuffle(order, seed);
    std::stable_sort(order.begin(), order.end(), [&](const QString& a, const QString& b) {
        return total(counts[a]) > total(counts[b]);
    });
    return order;
}

}  // namespace

QMap<QString, int> assignFolds(const QMap<QString, ClassCounts>& counts, int classCount, int folds,
                               quint32 seed) {
    QMap<QString, int> assignment;
    if (folds < 1 || counts.isEmpty()) return assignment;
    FoldLoads loads(folds, classCount);
    for (const ClassCounts& c : counts)
        for (int k = 0; k < classCount; ++k) loads.classTotals[k] += c[k];
    const QStringList order = dealingOrder(counts, seed);
    const double largest = total(counts[order.first()]);
    for (int i = 0; i < order.size(); ++i) {
        const ClassCounts& c = counts[order[i]];
        const int f = bestFold(loads, c, candidates(loads, total(c), largest, order.size() - i));
        addSubject(loads, c, f);
        assignment[order[i]] = f;
    }
    return assignment;
}

QMap<QString, int> leaveSubjectsOut(const QMap<QString, ClassCounts>& counts, int classCount,
                                    quint32 seed) {
    return assignFolds(counts, classCount, static_cast<int>(counts.size()), seed);
}

int foldCount(const QMap<QString, int>& folds) {
    int n = 0;
    for (int f : folds) n = std::max(n, f + 1);
    return n;
}

QStringList foldSubjects(const QMap<QString, int>& folds, int fold) {
    QStringList subjects;
    for (auto it = folds.cbegin(); it != folds.cend(); ++it)
        if (it.value() == fold) subjects << it.key();
    return subjects;
}

QMap<QString, QString> foldAssignment(const QMap<QString, ClassCounts>& counts, int classCount,
                                      const QMap<QString, int>& folds, int fold, SplitSpec spec) {
    spec.testSubjects = foldSubjects(folds, fold);
    return splitAroundTestSubjects(counts, classCount, spec);
}

}  // namespace alfee::core
