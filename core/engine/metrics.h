// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Classification metrics as scikit-learn computes them (balanced accuracy, Cohen's kappa,
// weighted F1, AUROC, average precision, accuracy, confusion matrix). Undefined values are NaN.

#include <QJsonObject>
#include <QVector>

namespace alfee::core {

// Square matrix, rows = true class, columns = predicted class.
using ConfusionMatrix = QVector<QVector<qint64>>;

ConfusionMatrix confusionMatrix(const QVector<int>& truth, const QVector<int>& predicted,
                                int classes);
double accuracy(const ConfusionMatrix& m);
// Mean recall over the classes present in truth or prediction (sklearn drops the others).
double balancedAccuracy(const ConfusionMatrix& m);
double cohenKappa(const ConfusionMatrix& m);
double weightedF1(const ConfusionMatrix& m);
// Binary ROC AUC of scores for the positive class; ties count one half.
double rocAuc(const QVector<int>& positive, const QVector<double>& score);
// Step-wise average precision over distinct thresholds (sklearn's average_precision_score).
double averagePrecision(const QVector<int>& positive, const QVector<double>& score);

// Every metric of a classification, from class probabilities (one row per window).
struct ClassificationMetrics {
    int classes = 0;
    qint64 windows = 0;
    double accuracy = 0, balancedAccuracy = 0, cohenKappa = 0, weightedF1 = 0;
    double auroc = 0, aucPr = 0;  // binary: of class 1; more classes: one-vs-rest macro mean
    ConfusionMatrix confusion;

    QJsonObject toJson() const;  // NaN becomes null
};

ClassificationMetrics classificationMetrics(const QVector<int>& truth,
                                            const QVector<QVector<double>>& probabilities,
                                            int classes);

// argmax of each row (first on ties).
QVector<int> predictedClasses(const QVector<QVector<double>>& probabilities);

}  // namespace alfee::core
