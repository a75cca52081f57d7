// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/metrics.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace alfee::core {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

qint64 rowSum(const ConfusionMatrix& m, int i) {
    return std::accumulate(m[i].begin(), m[i].end(), qint64(0));
}

qint64 columnSum(const ConfusionMatrix& m, int j) {
    qint64 s = 0;
    for (const auto& row : m) s += row[j];
    return s;
}

qint64 total(const ConfusionMatrix& m) {
    qint64 s = 0;
    for (int i = 0; i < m.size(); ++i) s += rowSum(m, i);
    return s;
}

// Indices sorted by decreasing score; stable so that equal scores keep their order.
QVector<int> byDecreasingScore(const QVector<double>& score) {
    QVector<int> order(score.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return score[a] > score[b]; });
    return order;
}

QJsonValue number(double v) {
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

}  // namespace

ConfusionMatrix confusionMatrix(const QVector<int>& truth, const QVector<int>& predicted,
                                int classes) {
    ConfusionMatrix m(classes, QVector<qint64>(classes, 0));
    for (int i = 0; i < truth.size(); ++i) ++m[truth[i]][predicted[i]];
    return m;
}

double accuracy(const ConfusionMatrix& m) {
    qint64 hits = 0;
    for (int i = 0; i < m.size(); ++i) hits += m[i][i];
    const qint64 n = total(m);
    return n ? double(hits) / n : kNaN;
}

double balancedAccuracy(const ConfusionMatrix& m) {
    double sum = 0;
    int present = 0;
    for (int i = 0; i < m.size(); ++i) {
        const qint64 support = rowSum(m, i);
        if (support == 0) continue;  // sklearn warns and leaves such classes out
        sum += double(m[i][i]) / support;
        ++present;
    }
    return present ? sum / present : kNaN;
}

double cohenKappa(const ConfusionMatrix& m) {
    const double n = total(m);
    if (n == 0) return kNaN;
    double observed = 0, expected = 0;
    for (int i = 0; i < m.size(); ++i) {
        observed += m[i][i] / n;
        expected += (rowSum(m, i) / n) * (columnSum(m, i) / n);
    }
    return 1.0 - expected == 0 ? kNaN : (observed - expected) / (1.0 - expected);
}

double weightedF1(const ConfusionMatrix& m) {
    const double n = total(m);
    if (n == 0) return kNaN;
    double sum = 0;
    for (int i = 0; i < m.size(); ++i) {
        const double tp = m[i][i], support = rowSum(m, i), predicted = columnSum(m, i);
        const double denominator = support + predicted;  // 2tp + fp + fn
        if (denominator > 0) sum += support * (2 * tp / denominator);
    }
    return sum / n;
}

double rocAuc(const QVector<int>& positive, const QVector<double>& score) {
    const QVector<int> order = byDecreasingScore(score);
    double tp = 0, fp = 0, area = 0, prevTp = 0, prevFp = 0;
    for (int k = 0; k < order.size(); ++k) {
        (positive[order[k]] ? tp : fp) += 1;
        const bool thresholdEnds = k + 1 == order.size() || score[order[k + 1]] != score[order[k]];
        if (!thresholdEnds) continue;
        area += (fp - prevFp) * (tp + prevTp) / 2;  // trapezoid: ties count one half
        prevTp = tp, prevFp = fp;
    }
    return tp == 0 || fp == 0 ? kNaN : area / (tp * fp);
}

double averagePrecision(const QVector<int>& positive, const QVector<double>& score) {
    const QVector<int> order = byDecreasingScore(score);
    const double positives = std::count(positive.begin(), positive.end(), 1);
    if (positives == 0) return 0.0;  // sklearn: recall is one for every threshold
    double tp = 0, seen = 0, ap = 0, prevRecall = 0;
    for (int k = 0; k < order.size(); ++k) {
        tp += positive[order[k]] ? 1 : 0;
        seen += 1;
        if (k + 1 < order.size() && score[order[k + 1]] == score[order[k]]) continue;
        const double recall = tp / positives;
        ap += (recall - prevRecall) * (tp / seen);
        prevRecall = recall;
    }
    return ap;
}

QVector<int> predictedClasses(const QVector<QVector<double>>& probabilities) {
    QVector<int> out;
    out.reserve(probabilities.size());
    for (const auto& row : probabilities)
        out << int(std::max_element(row.begin(), row.end()) - row.begin());
    return out;
}

ClassificationMetrics classificationMetrics(const QVector<int>& truth,
                                            const QVector<QVector<double>>& probabilities,
                                            int classes) {
    ClassificationMetrics r;
    r.classes = classes;
    r.windows = truth.size();
    r.confusion = confusionMatrix(truth, predictedClasses(probabilities), classes);
    r.accuracy = accuracy(r.confusion);
    r.balancedAccuracy = balancedAccuracy(r.confusion);
    r.cohenKappa = cohenKappa(r.confusion);
    r.weightedF1 = weightedF1(r.confusion);
    double aucSum = 0, apSum = 0;
    const int first = classes == 2 ? 1 : 0;  // binary: the positive class alone
    for (int k = first; k < classes; ++k) {
        QVector<int> positive;
        QVector<double> score;
        for (int i = 0; i < truth.size(); ++i) {
            positive << (truth[i] == k ? 1 : 0);
            score << probabilities[i][k];
        }
        aucSum += rocAuc(positive, score);
        apSum += averagePrecision(positive, score);
    }
    r.auroc = aucSum / (classes - first);
    r.aucPr = apSum / (classes - first);
    return r;
}

QJsonObject ClassificationMetrics::toJson() const {
    QJsonArray rows;
    for (const auto& row : confusion) {
        QJsonArray r;
        for (qint64 v : row) r.append(v);
        rows.append(r);
    }
    return {{"balanced_accuracy", number(balancedAccuracy)},
            {"auroc", number(auroc)},
            {"auc_pr", number(aucPr)},
            {"cohen_kappa", number(cohenKappa)},
            {"weighted_f1", number(weightedF1)},
            {"accuracy", number(accuracy)},
            {"confusion_matrix", rows},
            {"n_windows", windows}};
}

}  // namespace alfee::core
