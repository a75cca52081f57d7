// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/runs_commands.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "app/cli/baseline_output.h"
#include "app/cli/cli_support.h"
#include "core/engine/run_registry.h"

namespace alfee::cli {
namespace {

void printJson(const QJsonValue& v, QTextStream& out) {
    out << (v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
               .toJson(QJsonDocument::Indented);
    out.flush();
}

// The run's own results over whole splits: its test split (an evaluation run: its evaluation),
// never an evaluation of it, which older workspaces recorded into the run itself.
QJsonObject ownHeadlineResult(const QJsonObject& details) {
    const bool evaluation = details["kind"] == "evaluate";
    QJsonObject found;
    for (const QJsonValue& r : details["results"].toArray()) {
        const QJsonObject o = r.toObject();
        const bool evaluated = o["source"].toString().startsWith("evaluate:");
        if (o.contains("subject") || evaluated != evaluation) continue;
        if (o["split"] == (evaluation ? "evaluation" : "test")) found = o;
    }
    return found;
}

QString balancedAccuracy(const QJsonObject& metrics) {
    const QJsonValue v = metrics["balanced_accuracy"];
    return v.isDouble() ? QString::number(v.toDouble(), 'f', 3) : QStringLiteral("undefined");
}

// The run's test balanced accuracy (an evaluation run: its own score), then its latest
// evaluation beside it, for tables.
QString headline(const QJsonObject& details) {
    const QJsonObject own = ownHeadlineResult(details);
    QString text =
        own.isEmpty() ? QStringLiteral("-") : own["split"].toString() + " " + balancedAccuracy(own);
    const QJsonArray evaluations = details["evaluations"].toArray();
    if (!evaluations.isEmpty()) {
        const QJsonObject last = evaluations.last().toObject();
        text += QStringLiteral("; evaluated %1 (run %2)")
                    .arg(balancedAccuracy(last["metrics"].toObject()))
                    .arg(last["run"].toInteger());
    }
    return text;
}

int listRuns(RunRegistry& registry, CliContext& ctx, bool json) {
    QString error;
    const QVector<RunRecord> runs = registry.list(&error);
    if (!error.isEmpty()) return fail(ctx, error);
    QJsonArray array;
    for (const RunRecord& r : runs) {
        QJsonObject o = r.toJson();
        o["evaluations"] = registry.evaluationSummaries(r.id, &error);
        array.append(o);
    }
    if (json) {
        printJson(array, ctx.out);
        return kOk;
    }
    ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg("run", 4)
                   .arg("kind", -9)
                   .arg("status", -12)
                   .arg("step", 6)
                   .arg("name", -28)
                   .arg("experiment", -14)
                   .arg("balanced accuracy");
    for (const RunRecord& r : runs)
        ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                       .arg(r.id, 4)
                       .arg(r.kind, -9)
                       .arg(r.status, -12)
                       .arg(r.step, 6)
                       .arg(r.name.left(28), -28)
                       .arg(r.experiment.left(14), -14)
                       .arg(headline(registry.details(r, &error)));
    ctx.out.flush();
    return kOk;
}

// The run's evaluations, each a run of its own, after (never instead of) its test score; and
// for an evaluation run, the run it evaluates.
void printEvaluations(const QJsonObject& d, QTextStream& out) {
    if (d["config"]["evaluates_run"].isDouble())
        out << "  evaluates run " << d["config"]["evaluates_run"].toInteger() << "\n";
    for (const QJsonValue& e : d["evaluations"].toArray()) {
        const QJsonObject m = e["metrics"].toObject();
        out << QStringLiteral(
                   "  evaluated in run %1 on %2: balanced accuracy %3, AUROC %4, %5 "
                   "windows\n")
                   .arg(e["run"].toInteger())
                   .arg(e["dataset"].toString(), balancedAccuracy(m))
                   .arg(m["auroc"].toDouble(), 0, 'f', 4)
                   .arg(m["n_windows"].toInt());
        for (const QJsonValue& w : e["warnings"].toArray())
            out << "    warning: " << w.toString() << "\n";
    }
}

void printDetails(const QJsonObject& d, QTextStream& out) {
    out << "run " << d["run"].toInteger() << ": " << d["name"].toString() << " ("
        << d["kind"].toString() << ", " << d["status"].toString() << ")\n";
    if (!d["message"].toString().isEmpty()) out << "  " << d["message"].toString() << "\n";
    for (const char* key :
         {"experiment", "dataset", "device", "program_version", "created_at", "ended_at"})
        out << QStringLiteral("  %1 %2\n")
                   .arg(QLatin1String(key), -16)
                   .arg(d[QLatin1String(key)].toVariant().toString());
    out << QStringLiteral("  %1 %2 (epoch %3, %4 non-finite steps skipped)\n")
               .arg("step", -16)
               .arg(d["step"].toInteger())
               .arg(d["epoch"].toInteger())
               .arg(d["skipped_steps"].toInteger());
    const QJsonObject metrics = d["metrics"].toObject();
    for (auto it = metrics.begin(); it != metrics.end(); ++it)
        out << QStringLiteral("  last %1 %2\n")
                   .arg(it.key(), -24)
                   .arg(it.value().toDouble(), 0, 'g', 6);
    for (const QJsonValue& c : d["checkpoints"].toArray())
        out << "  checkpoint " << c["path"].toString() << " (step " << c["step"].toInteger()
            << (c["best"].toBool() ? ", best" : "") << ")\n";
    for (const QJsonValue& r : d["results"].toArray()) {
        const QJsonObject o = r.toObject();
        out << QStringLiteral("  %1 %2%3: balanced accuracy %4, AUROC %5, kappa %6, %7 windows\n")
                   .arg(o["source"].toString(), o["split"].toString(),
                        o.contains("subject") ? " " + o["subject"].toString() : QString())
                   .arg(o["balanced_accuracy"].toDouble(), 0, 'f', 4)
                   .arg(o["auroc"].toDouble(), 0, 'f', 4)
                   .arg(o["cohen_kappa"].toDouble(), 0, 'f', 4)
                   .arg(o["n_windows"].toInt());
    }
    printEvaluations(d, out);
    out.flush();
}

QString cell(const QJsonValue& v) {
    if (v.isDouble()) return QString::number(v.toDouble(), 'g', 6);
    if (v.isNull() || v.isUndefined()) return "-";
    return v.isString()
               ? v.toString()
               : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                     .mid(1)
                     .chopped(1);
}

// Two runs side by side: what they are, the settings in which they differ, their metrics.
void printComparison(const QJsonObject& a, const QJsonObject& b, QTextStream& out) {
    auto row = [&](const QString& name, const QJsonValue& x, const QJsonValue& y) {
        out << QStringLiteral("  %1 %2 %3\n").arg(name, -24).arg(cell(x), -28).arg(cell(y));
    };
    row("run", a["run"], b["run"]);
    for (const char* key : {"name", "status", "dataset", "device", "seed", "step", "epoch"})
        row(QLatin1String(key), a[QLatin1String(key)], b[QLatin1String(key)]);
    const QJsonObject ca = a["config"].toObject(), cb = b["config"].toObject();
    QStringList keys = ca.keys() + cb.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString& k : keys)
        if (ca[k] != cb[k] && k != "data_summary" && k != "data_definitions")
            row("config " + k, ca[k], cb[k]);
    // The recordings and their hashes are long: said in one row.
    if (ca["data_definitions"] != cb["data_definitions"])
        row("config data_definitions", "differ", "(alfee runs show: recordings, SHA-256)");
    const QJsonObject ma = ownHeadlineResult(a), mb = ownHeadlineResult(b);
    for (const char* key : {"balanced_accuracy", "auroc", "auc_pr", "cohen_kappa", "weighted_f1",
                            "accuracy", "n_windows"})
        row(ma["split"].toString("test") + " " + QLatin1String(key), ma[QLatin1String(key)],
            mb[QLatin1String(key)]);
    out.flush();
}

}  // namespace

int runRuns(CliContext& ctx) {
    QCommandLineParser p;
    p.addPositionalArgument("action", "list, show RUN or compare RUN RUN");
    p.addOption({"json", "Print JSON"});
    const QString usage = "alfee runs list | show RUN | compare RUN RUN [--workspace W] [--json]";
    if (!parseArgs(p, ctx.args, ctx, usage)) return p.isSet("help") ? kOk : kUsage;
    const QStringList args = p.positionalArguments();
    const QString action = args.value(0);
    const int wanted = action == "list" ? 1 : action == "show" ? 2 : action == "compare" ? 3 : -1;
    if (args.size() != wanted) {
        ctx.err << "usage: " << usage << Qt::endl;
        return kUsage;
    }
    auto ws = openWorkspace(p, ctx);
    if (!ws) return kFailed;
    RunRegistry registry(*ws);
    if (action == "list") return listRuns(registry, ctx, p.isSet("json"));
    QJsonArray shown;
    QString error;
    for (const QString& id : args.mid(1)) {
        const auto run = registry.find(id, &error);
        if (!run) return fail(ctx, error);
        QJsonObject d = registry.details(*run, &error);
        if (!error.isEmpty()) return fail(ctx, error);
        const bool text = !p.isSet("json") && action == "show";
        if (text) printDetails(d, ctx.out);
        // The band-power baseline on the same split beside the model, on every metric.
        d["baseline"] = printBaselineComparison(registry, *run, ctx.out, !text);
        shown.append(d);
    }
    if (!p.isSet("json") && action == "compare")
        printComparison(shown[0].toObject(), shown[1].toObject(), ctx.out);
    if (p.isSet("json")) printJson(action == "show" ? shown[0] : QJsonValue(shown), ctx.out);
    return kOk;
}

}  // namespace alfee::cli
