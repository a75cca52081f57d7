// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/baseline_comparison.h"

#include <QCoreApplication>
#include <QMap>

namespace alfee::core {
namespace {

// The whole-split metrics of one result source (empty: a run's only one): split -> metrics.
QJsonObject splitsOf(const QJsonArray& results, const QString& source) {
    QJsonObject out;
    for (const QJsonValue& v : results) {
        const QJsonObject r = v.toObject();
        if ((source.isEmpty() || r["source"].toString() == source) && !r.contains("subject"))
            out[r["split"].toString()] = r;
    }
    return out;
}

// The result sources of a fine-tuning run's tasks ("finetune:<task>"; "finetune" in runs
// recorded before tasks had names), in the order of its heads.
QStringList sourcesOf(const RunRecord& run, const QJsonArray& results) {
    QStringList sources;
    for (const QJsonValue& t : run.config["tasks"].toArray())
        sources << "finetune:" + t["name"].toString();
    for (const QJsonValue& r : results) {
        const QString source = r["source"].toString();
        if (source.section(':', 0, 0) == "finetune" && !sources.contains(source)) sources << source;
    }
    return sources;
}

bool sameSplit(const RunRecord& a, const RunRecord& b) {
    return a.config["spec"].toObject()["split"] == b.config["spec"].toObject()["split"];
}

// The finished baseline runs the plan linked to `run`, by the task they stand beside: the
// only task, or the task named as the baseline's dataset.
QMap<QString, RunRecord> linkedBaselines(RunRegistry& registry, const RunRecord& run,
                                         const QStringList& tasks) {
    QMap<QString, RunRecord> out;
    for (const QJsonValue& id : run.config["baseline_runs"].toArray()) {
        QString deleted;  // a baseline deleted since: looked for by data and split instead
        const auto b = registry.find(QString::number(id.toInteger()), &deleted);
        if (!b || b->kind != "baseline" || b->status != run_status::kFinished) continue;
        const QString task = tasks.size() == 1 ? tasks.front() : b->dataset;
        if (tasks.contains(task)) out[task] = *b;
    }
    return out;
}

// The newest finished baseline on the data of task `index` (its content hash) and the run's
// split, for runs whose baseline was fitted separately.
std::optional<RunRecord> matchingBaseline(const QVector<RunRecord>& runs, const RunRecord& run,
                                          int index) {
    const QString hash = run.datasetHash.split(',').value(index);
    for (const RunRecord& r : runs)
        if (r.kind == "baseline" && r.status == run_status::kFinished && r.datasetHash == hash &&
            sameSplit(r, run))
            return r;
    return std::nullopt;
}

QString number(const QJsonValue& v) {
    return v.isDouble() ? QString::number(v.toDouble(), 'f', 3) : QStringLiteral("undefined");
}

// A sentence of QT_TRANSLATE_NOOP("alfee::core", ...) in the loaded translation, if any.
QString localized(const char* text) {
    return QCoreApplication::translate("alfee::core", text);
}

// "the band-power baseline (run 7) has the higher AUROC, 0.951 against 0.819 for the model",
// in the user's language where the program has one loaded (the GUI).
QString whoLeads(const BaselineComparison& c, const QString& key, const QString& name) {
    const QJsonValue model = c.model["test"].toObject()[key];
    const QJsonValue baseline = c.baseline["test"].toObject()[key];
    if (!model.isDouble() || !baseline.isDouble())
        return localized(QT_TRANSLATE_NOOP("alfee::core", "%1 is undefined for one of them"))
            .arg(name);
    const double d = model.toDouble() - baseline.toDouble();
    if (d == 0)
        return localized(QT_TRANSLATE_NOOP(
                             "alfee::core",
                             "the model and the band-power baseline (run %1) have the same %2, %3"))
            .arg(c.baselineRun)
            .arg(name, number(model));
    if (d > 0)
        return localized(QT_TRANSLATE_NOOP("alfee::core",
                                           "the model has the higher %1, %2 against %3 for the "
                                           "band-power baseline (run "
                                           "%4)"))
            .arg(name, number(model), number(baseline))
            .arg(c.baselineRun);
    return localized(QT_TRANSLATE_NOOP("alfee::core",
                                       "the band-power baseline (run %1) has the higher %2, %3 "
                                       "against %4 for the model"))
        .arg(c.baselineRun)
        .arg(name, number(baseline), number(model));
}

}  // namespace

const QStringList& comparedMetrics() {
    static const QStringList metrics = {"balanced_accuracy", "auroc",    "auc_pr",   "cohen_kappa",
                                        "weighted_f1",       "accuracy", "n_windows"};
    return metrics;
}

QVector<BaselineComparison> compareWithBaseline(RunRegistry& registry, const RunRecord& run,
                                                QString* error) {
    QVector<BaselineComparison> out;
    if (run.kind != "finetune") return out;
    const QJsonArray results = registry.results(run.id, error);
    const QStringList sources = sourcesOf(run, results);
    QStringList tasks;
    for (const QString& source : sources) tasks << source.section(':', 1);
    const QMap<QString, RunRecord> linked = linkedBaselines(registry, run, tasks);
    const QVector<RunRecord> runs =
        linked.size() == tasks.size() ? QVector<RunRecord>() : registry.list(error);
    for (int i = 0; i < tasks.size(); ++i) {
        BaselineComparison c{tasks[i], 0, splitsOf(results, sources[i]), {}};
        const auto baseline = linked.contains(tasks[i]) ? std::optional(linked[tasks[i]])
                                                        : matchingBaseline(runs, run, i);
        if (baseline) {
            c.baselineRun = baseline->id;
            c.baseline = splitsOf(registry.results(baseline->id, error), {});
        }
        out << c;
    }
    return out;
}

QJsonArray comparisonJson(const QVector<BaselineComparison>& comparisons) {
    QJsonArray out;
    for (const BaselineComparison& c : comparisons) {
        QJsonObject metrics;
        for (const QString& m : comparedMetrics()) {
            auto pair = [&](const QJsonObject& splits) {
                return QJsonObject{{"validation", splits["validation"].toObject()[m]},
                                   {"test", splits["test"].toObject()[m]}};
            };
            metrics[m] = QJsonObject{{"model", pair(c.model)}, {"baseline", pair(c.baseline)}};
        }
        out.append(
            QJsonObject{{"task", c.task},
                        {"baseline_run", c.baselineRun ? QJsonValue(c.baselineRun) : QJsonValue()},
                        {"metrics", metrics}});
    }
    return out;
}

QString comparisonSentence(const BaselineComparison& c) {
    if (!c.baselineRun)
        return localized(QT_TRANSLATE_NOOP(
            "alfee::core",
            "No band-power baseline was fitted on this split: run the same command with "
            "--with-baseline (or alfee finetune --baseline bandpower with the same data and "
            "split) to see whether the model beats it."));
    if (c.model["test"].toObject().isEmpty() || c.baseline["test"].toObject().isEmpty())
        return localized(QT_TRANSLATE_NOOP("alfee::core",
                                           "The band-power baseline is run %1; the test split has "
                                           "no results to compare."))
            .arg(c.baselineRun);
    return localized(
               QT_TRANSLATE_NOOP("alfee::core", "On the test split (the same windows), %1; %2."))
        .arg(whoLeads(c, "balanced_accuracy",
                      localized(QT_TRANSLATE_NOOP("alfee::core", "balanced accuracy"))),
             whoLeads(c, "auroc", "AUROC"));
}

}  // namespace alfee::core
