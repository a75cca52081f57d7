// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/window_evaluation.h"

#include <QMap>
#include <QPair>

#include "core/engine/metrics.h"

namespace alfee::core {

WindowEvaluation evaluateWindows(const TrainingData& data, const QVector<int>& indices,
                                 const QVector<QVector<double>>& probabilities, int classes,
                                 const QString& split, const QVector<int>& toModel) {
    WindowEvaluation e;
    QVector<int> truth;
    QMap<QString, QPair<QVector<int>, QVector<QVector<double>>>> bySubject;
    for (int i = 0; i < indices.size(); ++i) {
        const WindowRef& w = data.windows[indices[i]];
        const int label = toModel.isEmpty() ? w.label : toModel[w.label];
        truth << label;
        bySubject[w.subject].first << label;
        bySubject[w.subject].second << probabilities[i];
        e.predictions.push_back({data.recordings[w.recording].path, w.subject, split,
                                 w.onsetSeconds, label, probabilities[i]});
    }
    e.metrics = classificationMetrics(truth, probabilities, classes).toJson();
    e.results.push_back({split, {}, e.metrics});
    for (auto it = bySubject.cbegin(); it != bySubject.cend(); ++it) {
        const QJsonObject m =
            classificationMetrics(it.value().first, it.value().second, classes).toJson();
        e.results.push_back({split, it.key(), m});
        e.perSubject[it.key()] = m;
    }
    return e;
}

}  // namespace alfee::core
