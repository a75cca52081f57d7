// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/run_predictions.h"

#include <QJsonArray>
#include <algorithm>

namespace alfee::core {
namespace {

// The class names the results of `source` carry, or class_0, class_1... when they say none.
QStringList classNamesOf(const QJsonArray& results, const QString& source, int count) {
    for (const QJsonValue& r : results) {
        const QJsonArray names = r["classes"].toArray();
        if (r["source"].toString() != source || names.size() != count) continue;
        QStringList out;
        for (const QJsonValue& n : names) out << n.toString();
        return out;
    }
    QStringList out;
    for (int k = 0; k < count; ++k) out << QStringLiteral("class_%1").arg(k);
    return out;
}

// Whether a run made the predictions of `source` itself: an evaluation recorded into a
// fine-tuning run (as older versions did) is not the run's.
bool ownSource(const RunRecord& run, const QString& source) {
    return source.startsWith("evaluate:") == (run.kind == "evaluate");
}

// "finetune:rest" -> "rest"; a baseline's task is its dataset.
QString taskName(const RunRecord& run, const QString& source) {
    if (source.startsWith("baseline:")) return run.dataset;
    return source.contains(':') ? source.section(':', 1) : source;
}

}  // namespace

const TaskPredictions& RunPredictions::taskOf(const PredictionRecord& row) const {
    for (const TaskPredictions& t : tasks)
        if (t.source == row.source) return t;
    return tasks.front();
}

QStringList RunPredictions::allClasses() const {
    QStringList out;
    for (const TaskPredictions& t : tasks)
        for (const QString& c : t.classes)
            if (!out.contains(c)) out << c;
    return out;
}

double windowSecondsOfRun(const RunRecord& run) {
    const double fromSpec = run.config["spec"].toObject()["window_s"].toDouble();
    if (fromSpec > 0) return fromSpec;
    for (const QJsonValue& s : run.config["data_summary"].toArray())
        if (s["window_s"].toDouble() > 0) return s["window_s"].toDouble();
    return 0;
}

std::optional<RunPredictions> predictionsOfRun(RunRegistry& registry, qint64 run, QString* error) {
    const auto record = registry.find(QString::number(run), error);
    if (!record) return std::nullopt;
    const QJsonArray results = registry.results(run, error);
    RunPredictions out;
    for (const PredictionRecord& p : registry.predictions(run, error)) {
        if (!ownSource(*record, p.source)) continue;
        out.rows << p;
        if (std::none_of(out.tasks.begin(), out.tasks.end(),
                         [&](const TaskPredictions& t) { return t.source == p.source; }))
            out.tasks.push_back({p.source, taskName(*record, p.source),
                                 classNamesOf(results, p.source, int(p.probabilities.size()))});
    }
    if (out.rows.isEmpty()) {
        if (error->isEmpty()) *error = QStringLiteral("run %1 has no predictions").arg(run);
        return std::nullopt;
    }
    return out;
}

int predictedClass(const PredictionRecord& p) {
    return int(std::max_element(p.probabilities.begin(), p.probabilities.end()) -
               p.probabilities.begin());
}

}  // namespace alfee::core
