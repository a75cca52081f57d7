#include "core/export/run_predictions.h"

#include <QJsonArray>
#include <algorithm>

namespace alfee::core {

QStringList classNamesOfRun(RunRegistry& registry, qint64 run, int count) {
    QString ignored;  // without results the classes get generic names
    for (const QJsonValue& r : registry.results(run, &ignored)) {
        const QJsonArray names = r["classes"].toArray();
        if (names.size() == count) {
            QStringList out;
            for (const QJsonValue& n : names) out << n.toString();
            return out;
        }
    }
    QStringList out;
    for (int k = 0; k < count; ++k) out << QStringLiteral("class_%1").arg(k);
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
    RunPredictions out;
    out.rows = registry.predictions(run, error);
    if (out.rows.isEmpty()) {
        if (error->isEmpty()) *error = QStringLiteral("run %1 has no predictions").arg(run);
        return std::nullopt;
    }
    out.classes = classNamesOfRun(registry, run, int(out.rows.front().probabilities.size()));
    return out;
}

int predictedClass(const PredictionRecord& p) {
    return int(std::max_element(p.probabilities.begin(), p.probabilities.end()) -
               p.probabilities.begin());
}

}  // namespace alfee::core
