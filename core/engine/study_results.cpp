// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/study_results.h"

#include <QJsonArray>
#include <QMap>
#include <cmath>

#include "core/engine/run_registry.h"
#include "core/engine/study_statistics.h"

namespace alfee::core {
namespace {

// Seeds of the bootstrap of a study's figures: fixed, so the same runs give the same intervals.
constexpr quint32 kPooledSeed = 20261207, kPairedSeed = 20261208;

// A finished run's whole test split metrics.
QJsonObject testMetricsOf(RunRegistry& registry, qint64 run, QString* error) {
    for (const QJsonValue& r : registry.results(run, error)) {
        const QJsonObject o = r.toObject();
        if (o["split"] == "test" && !o.contains("subject") &&
            !o["source"].toString().startsWith("evaluate:"))
            return o;
    }
    return {};
}

double mean(const QVector<double>& v) {
    double s = 0;
    int n = 0;
    for (double x : v)
        if (std::isfinite(x)) s += x, ++n;
    return n ? s / n : std::nan("");
}

// The sample standard deviation (n - 1), as numpy.std(ddof=1) and pandas give it.
double sd(const QVector<double>& v) {
    const double m = mean(v);
    double s = 0;
    int n = 0;
    for (double x : v)
        if (std::isfinite(x)) s += (x - m) * (x - m), ++n;
    return n > 1 ? std::sqrt(s / (n - 1)) : std::nan("");
}

QJsonValue number(double v) {
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

QJsonArray interval(const BootstrapInterval& b) {
    return {number(b.low), number(b.high)};
}

// The test windows of an arm's runs, per subject, probabilities averaged over seeds.
struct PooledWindows {
    QMap<QString, QMap<QString, QPair<int, QVector<double>>>> bySubject;  // window -> truth, sum
    QMap<QString, QMap<QString, int>> seen;                               // how many seeds
    int classes = 0;

    void add(const PredictionRecord& p) {
        const QString key = p.recording + "|" + QString::number(p.onsetSeconds, 'g', 17);
        auto& slot = bySubject[p.subject][key];
        if (slot.second.isEmpty()) slot = {p.trueLabel, QVector<double>(p.probabilities.size())};
        for (int k = 0; k < p.probabilities.size(); ++k) slot.second[k] += p.probabilities[k];
        ++seen[p.subject][key];
        classes = std::max(classes, int(p.probabilities.size()));
    }
    QVector<SubjectPredictions> subjects() const {
        QVector<SubjectPredictions> out;
        for (auto s = bySubject.cbegin(); s != bySubject.cend(); ++s) {
            SubjectPredictions sp;
            for (auto w = s->cbegin(); w != s->cend(); ++w) {
                QVector<double> p = w->second;
                for (double& v : p) v /= seen[s.key()][w.key()];
                sp.truth << w->first, sp.probabilities << p;
            }
            out << sp;
        }
        return out;
    }
};

double metricOf(const ClassificationMetrics& m, const QString& name) {
    if (name == "balanced_accuracy") return m.balancedAccuracy;
    if (name == "auroc") return m.auroc;
    if (name == "auc_pr") return m.aucPr;
    if (name == "cohen_kappa") return m.cohenKappa;
    if (name == "weighted_f1") return m.weightedF1;
    return m.accuracy;
}

QJsonObject pooledFigures(const PooledWindows& pooled) {
    const QVector<SubjectPredictions> subjects = pooled.subjects();
    QJsonObject out;
    if (subjects.isEmpty()) return out;
    for (const QString& name : studyMetrics()) {
        const BootstrapInterval b = bootstrapInterval(
            int(subjects.size()),
            [&](const QVector<int>& drawn) {
                return metricOf(pooledMetrics(subjects, drawn, pooled.classes), name);
            },
            kPooledSeed);
        out[name] = QJsonObject{{"value", number(b.value)}, {"ci95", interval(b)}};
    }
    return out;
}

// One arm's runs (fold, seed -> metrics) and pooled predictions.
struct ArmRuns {
    QJsonArray runs;
    QMap<QPair<int, qint64>, QJsonObject> metrics;
    PooledWindows pooled;
};

ArmRuns collectArm(RunRegistry& registry, const StudyRecord& study, const QString& arm,
                   QString* error) {
    ArmRuns a;
    for (const StudyCell& c : study.cells) {
        if (c.arm != arm || !c.run) continue;
        const auto run = registry.find(QString::number(c.run), error);
        if (!run || run->status != run_status::kFinished) continue;
        const QJsonObject m = testMetricsOf(registry, c.run, error);
        a.metrics[{c.fold, c.seed}] = m;
        a.runs.append(QJsonObject{{"fold", c.fold + 1},
                                  {"seed", c.seed},
                                  {"run", c.run},
                                  {"test_subjects", QJsonArray::fromStringList(c.testSubjects)},
                                  {"metrics", m}});
        for (const PredictionRecord& p : registry.predictions(c.run, error))
            if (p.split == "test") a.pooled.add(p);
    }
    return a;
}

QJsonObject meanAndSd(const ArmRuns& a, bool wantSd) {
    QJsonObject out;
    for (const QString& name : studyMetrics()) {
        QVector<double> values;
        for (const QJsonObject& m : a.metrics) values << m[name].toDouble(std::nan(""));
        out[name] = number(wantSd ? sd(values) : mean(values));
    }
    return out;
}

QJsonObject versus(const ArmRuns& a, const ArmRuns& reference) {
    QJsonObject out;
    for (const QString& name : studyMetrics()) {
        QVector<double> mine, theirs;
        for (auto it = a.metrics.cbegin(); it != a.metrics.cend(); ++it)
            if (reference.metrics.contains(it.key()))
                mine << it.value()[name].toDouble(std::nan("")),
                    theirs << reference.metrics[it.key()][name].toDouble(std::nan(""));
        const PairedComparison p = comparePaired(mine, theirs, kPairedSeed);
        out[name] = QJsonObject{{"difference", number(p.meanDifference.value)},
                                {"ci95", interval(p.meanDifference)},
                                {"wilcoxon_p", number(p.wilcoxon.p)},
                                {"wins", p.wins},
                                {"ties", p.ties},
                                {"losses", p.losses},
                                {"pairs", int(mine.size())}};
    }
    return out;
}

// What an arm took from the test subjects' unlabelled windows: "alignment" (--align),
// "subject centring" (--subject-centring), from the study's common flags and the arm's own.
QJsonArray testWindowUses(const QJsonObject& config, const QJsonObject& armOptions) {
    QJsonObject o = config["common"].toObject();
    for (auto it = armOptions.begin(); it != armOptions.end(); ++it) o[it.key()] = it.value();
    QJsonArray uses;
    if (o["align"].toString() == "euclidean") uses.append("alignment");
    if (o["subject_centring"].toBool()) uses.append("subject centring");
    return uses;
}

// The sentence on the arms that used test subjects' unlabelled windows; empty: none did.
QString testWindowSentence(const QJsonArray& arms) {
    QStringList used;
    for (const QJsonValue& a : arms)
        if (!a["uses_test_windows"].toArray().isEmpty()) {
            QStringList what;
            for (const QJsonValue& u : a["uses_test_windows"].toArray()) what << u.toString();
            used << QStringLiteral("%1 (%2)").arg(a["arm"].toString(), what.join(" and "));
        }
    if (used.isEmpty()) return {};
    return QStringLiteral(
               " Arms %1 used each test subject's unlabelled windows: their alignment and "
               "centring statistics come from every window of that subject, without labels, "
               "as they would on a new subject.")
        .arg(used.join(", "));
}

}  // namespace

const QStringList& studyMetrics() {
    static const QStringList metrics = {"balanced_accuracy", "auroc",       "auc_pr",
                                        "cohen_kappa",       "weighted_f1", "accuracy"};
    return metrics;
}

QJsonObject studyResults(Workspace& workspace, const StudyRecord& study, QString* error) {
    RunRegistry registry(workspace);
    const QString reference = study.config["reference"].toString();
    QMap<QString, ArmRuns> arms;
    QStringList order;
    for (const QJsonValue& a : study.config["arms"].toArray())
        order << a["arm"].toString(),
            arms[order.back()] = collectArm(registry, study, order.back(), error);
    QJsonArray out;
    int finished = 0;
    QMap<QString, QJsonObject> armOptions;
    for (const QJsonValue& a : study.config["arms"].toArray())
        armOptions[a["arm"].toString()] = a["options"].toObject();
    for (const QString& name : order) {
        const ArmRuns& a = arms[name];
        finished += int(a.runs.size());
        QJsonObject arm{{"arm", name},
                        {"runs", a.runs},
                        {"mean", meanAndSd(a, false)},
                        {"sd", meanAndSd(a, true)},
                        {"pooled", pooledFigures(a.pooled)}};
        if (name != reference) arm["versus_reference"] = versus(a, arms[reference]);
        const QJsonArray uses = testWindowUses(study.config, armOptions[name]);
        if (!uses.isEmpty()) arm["uses_test_windows"] = uses;
        out.append(arm);
    }
    QJsonObject result{{"study", study.id},
                       {"name", study.name},
                       {"folds", study.config["folds"]},
                       {"seeds", study.config["seeds"]},
                       {"reference", reference},
                       {"arms", out},
                       {"cells", int(study.cells.size())},
                       {"finished_runs", finished}};
    result["method"] = studyMethod(result);
    return result;
}

QString studyMethod(const QJsonObject& r) {
    const int folds = r["folds"].toInt(), seeds = int(r["seeds"].toArray().size());
    const QString split =
        folds == 0
            ? QStringLiteral("Each subject was a fold of its own (leave one subject out)")
            : QStringLiteral("Subjects were split into %1 folds, stratified by class").arg(folds);
    const QString runs = seeds == 1
                             ? QStringLiteral("one run per arm")
                             : QStringLiteral("one run per arm and seed (%1 seeds)").arg(seeds);
    return QStringLiteral(
               "%1; each fold's subjects were the test set of %2, trained on the other "
               "subjects with validation drawn from them, so every arm saw the same folds. "
               "\"mean\" and \"sd\" are over the runs' test metrics; \"pooled\" is the metric of "
               "all out-of-fold test predictions (probabilities averaged over seeds) with a 95% "
               "percentile interval from 2,000 bootstrap resamples of test subjects. "
               "\"versus_reference\" pairs each run with the reference arm's run of the same "
               "fold and seed: the mean difference with a 95% bootstrap interval over the "
               "pairs, the two-sided Wilcoxon signed-rank p value, and wins, ties and losses; the "
               "pairs share subjects and are not independent, so read p as a guide.")
               .arg(split, runs) +
           testWindowSentence(r["arms"].toArray());
}

}  // namespace alfee::core
