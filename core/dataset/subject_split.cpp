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

// The named test subjects, and the others split between train and validation.
QMap<QString, QString> splitAroundTestSubjects(const QMap<QString, ClassCounts>& counts,
                                               int classCount, const SplitSpec& spec) {
    QMap<QString, ClassCounts> rest;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (!spec.testSubjects.contains(it.key())) rest.insert(it.key(), it.value());
    SplitSpec shares = spec;
    shares.testSubjects.clear();
    shares.test = 0;
    QMap<QString, QString> assignment =
        rest.isEmpty() ? QMap<QString, QString>() : splitSubjects(rest, classCount, shares);
    for (const QString& subject : spec.testSubjects)
        if (counts.contains(subject)) assignment[subject] = QStringLiteral("test");
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
