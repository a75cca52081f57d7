// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/study_command.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include "app/cli/cli_support.h"
#include "app/cli/job_runner.h"
#include "app/cli/label_options.h"
#include "app/cli/numeric_flags.h"
#include "app/cli/training_option_flags.h"
#include "core/engine/metrics.h"
#include "core/engine/run_registry.h"
#include "core/engine/study_results.h"
#include "core/modeling/study_plan.h"

namespace alfee::cli {
namespace {

const char* kStudyUsage =
    "alfee study (--data PATH... | --dataset NAME) [label options] (--folds K | "
    "--leave-subjects-out) [--seeds 1,2,3] [--arms bandpower,scratch,pretrained] "
    "[--arm NAME=\"FINETUNE FLAGS\"]... [--reference NAME (default: bandpower if an arm, else the "
    "first)] [--name NAME] [--workspace W] [--json]\n"
    "       alfee study --resume ID [--json]\n"
    "       alfee study show ID [--json]\n"
    "       alfee study export ID --csv FILE";

// The fine-tuning flags a study takes for every arm (--epochs 2 ...): all but the run's own
// name and seed and the baseline switch, which the study sets per cell and arm.
bool isCommonFlag(const QString& flag) {
    return !flag.isEmpty() && !QStringList{"name", "experiment", "seed", "baseline"}.contains(flag);
}

void addOptionFlag(QCommandLineParser& p, const core::OptionSpec& s) {
    if (s.type == core::OptionType::Switch)
        p.addOption({s.flag, s.help});
    else
        p.addOption({s.flag, s.helpWithDefault(), s.valueName});
}

// The settings of the fine-tuning flags given, as config JSON keys (only those given).
QJsonObject givenOptions(const QCommandLineParser& p, const FineTuneOptions& o) {
    QJsonObject out;
    for (const core::TrainingOption<FineTuneOptions>& option : fineTuneOptionTable())
        if (isCommonFlag(option.spec.flag) && !option.spec.key.isEmpty() &&
            p.isSet(option.spec.flag))
            out[option.spec.key] = option.get(o);
    return out;
}

// The common fine-tuning flags given, read and range-checked as `alfee finetune` reads them.
bool readCommonFlags(const QCommandLineParser& p, FineTuneOptions* o, QString* error) {
    for (const core::TrainingOption<FineTuneOptions>& option : fineTuneOptionTable()) {
        if (!isCommonFlag(option.spec.flag) || !p.isSet(option.spec.flag)) continue;
        QJsonValue value;
        if (!option.spec.parse(p.value(option.spec.flag), &value, error)) return false;
        option.set(*o, value);
    }
    return true;
}

void addStudyFlags(QCommandLineParser& p) {
    p.addPositionalArgument("action", "show or export, with the study's id", "[show|export ID]");
    p.addOptions(
        {{"data", "EDF/BDF file or folder (repeat)", "PATH"},
         {"dataset", "Workspace dataset", "NAME"},
         {"leave-subjects-out", "One fold per subject"},
         {"seeds", "Training seeds, comma separated (default: 1,2,3)", "LIST"},
         {"arms", "Built-in arms: bandpower, scratch, pretrained", "LIST"},
         {"arm", "An arm of any fine-tuning flags: NAME=\"--lr 1e-4 ...\" (repeat)", "ARM"},
         {"reference", "The arm the others are compared with (default: bandpower)", "NAME"},
         {"name", "The study's name", "NAME"},
         {"resume", "Go on with an interrupted study", "ID"},
         {"csv", "study export: one row per test window", "FILE"},
         {"json", "Print the results as JSON"}});
    addLabelOptions(p);
    addNumericFlags(p, {numericFlags("study").back()});  // --folds (the label numbers: above)
    for (const core::TrainingOption<FineTuneOptions>& option : fineTuneOptionTable())
        if (isCommonFlag(option.spec.flag)) addOptionFlag(p, option.spec);
}

// An arm of fine-tuning flags: parsed with the fine-tuning option table, as `alfee finetune`
// reads them; its settings as config JSON keys.
bool customArm(const QString& text, StudyArm* arm, QString* error) {
    arm->name = text.section('=', 0, 0).trimmed();
    QCommandLineParser p;
    addOptionFlags(p, fineTuneOptionTable());
    const QStringList flags = QProcess::splitCommand(text.section('=', 1));
    if (arm->name.isEmpty() || !p.parse(QStringList{"alfee"} + flags)) {
        *error = QStringLiteral("--arm %1: %2").arg(text, p.errorText());
        return false;
    }
    FineTuneOptions o;
    if (!readOptionFlags(p, fineTuneOptionTable(), &o, error)) return false;
    arm->options = o.toJson();
    for (const QString& key :
         {QStringLiteral("datasets"), QStringLiteral("data"), QStringLiteral("spec")})
        arm->options.remove(key);
    return true;
}

bool armsOf(const QCommandLineParser& p, QVector<StudyArm>* arms, QString* error) {
    const QString list = p.isSet("arms") || !p.isSet("arm") ? p.value("arms") : QString();
    for (const QString& name :
         (list.isEmpty() && !p.isSet("arm") ? QStringLiteral("bandpower,scratch,pretrained") : list)
             .split(',', Qt::SkipEmptyParts)) {
        const auto arm = builtInArm(name.trimmed());
        if (!arm)
            return *error = "--arms takes bandpower, scratch or pretrained, not '" + name + "'",
                   false;
        *arms << *arm;
    }
    for (const QString& text : p.values("arm")) {
        StudyArm arm;
        if (!customArm(text, &arm, error)) return false;
        *arms << arm;
    }
    return true;
}

bool seedsOf(const QCommandLineParser& p, QVector<qint64>* seeds, QString* error) {
    if (!p.isSet("seeds")) return true;
    seeds->clear();
    for (const QString& s : p.value("seeds").split(',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 seed = s.trimmed().toLongLong(&ok);
        if (!ok || seed < 0) return *error = "--seeds takes whole numbers, not '" + s + "'", false;
        *seeds << seed;
    }
    return true;
}

// The design the flags describe; false with the flag named in *error.
bool designOf(const QCommandLineParser& p, StudyDesign* d, QString* error) {
    QJsonObject numbers;
    if (!readNumericFlags(p, numericFlags("study"), &numbers, error)) return false;
    if (!readCommonFlags(p, &d->data, error)) return false;
    d->common = givenOptions(p, d->data);
    d->data.workspace = workspacePath(p);
    d->folds = p.isSet("leave-subjects-out") ? 0 : int(numbers["folds"].toInteger());
    d->name = p.value("name");
    if (!seedsOf(p, &d->seeds, error) || !armsOf(p, &d->arms, error)) return false;
    // The band-power baseline when it is an arm, else the first arm.
    d->reference = p.value("reference");
    if (d->reference.isEmpty()) {
        d->reference = d->arms.value(0).name;
        for (const StudyArm& arm : d->arms)
            if (arm.name == "bandpower") d->reference = arm.name;
    }
    if (p.isSet("dataset")) {
        auto ws = Workspace::open(d->data.workspace, error);
        return ws && datasetAsFiles(*ws, p.value("dataset"), &d->data, error);
    }
    d->data.dataPaths = p.values("data");
    d->data.spec.name = "files";
    return specFromLabelOptions(p, &d->data.spec, error);
}

void printResults(const QJsonObject& r, QTextStream& out) {
    out << "study " << r["study"].toInteger() << ": " << r["finished_runs"].toInt() << " of "
        << r["cells"].toInt() << " runs finished; reference " << r["reference"].toString() << "\n";
    for (const QJsonValue& a : r["arms"].toArray()) {
        out << "\n" << a["arm"].toString() << " (" << a["runs"].toArray().size() << " runs)\n";
        if (a["runs"].toArray().isEmpty()) {  // its figures would read as zeros
            out << "  no finished run yet\n";
            continue;
        }
        for (const char* metric : {"balanced_accuracy", "auroc"}) {
            const QJsonObject pooled = a["pooled"][QLatin1String(metric)].toObject();
            out << QStringLiteral("  %1 mean %2 (SD %3); pooled %4 [%5, %6]")
                       .arg(QLatin1String(metric), -18)
                       .arg(a["mean"][QLatin1String(metric)].toDouble(), 0, 'f', 3)
                       .arg(a["sd"][QLatin1String(metric)].toDouble(), 0, 'f', 3)
                       .arg(pooled["value"].toDouble(), 0, 'f', 3)
                       .arg(pooled["ci95"][0].toDouble(), 0, 'f', 3)
                       .arg(pooled["ci95"][1].toDouble(), 0, 'f', 3);
            const QJsonObject v = a["versus_reference"][QLatin1String(metric)].toObject();
            if (!v.isEmpty())
                out << QStringLiteral(
                           "; vs reference %1 [%2, %3], Wilcoxon p %4, %5/%6/%7 "
                           "wins/ties/losses")
                           .arg(v["difference"].toDouble(), 0, 'f', 3)
                           .arg(v["ci95"][0].toDouble(), 0, 'f', 3)
                           .arg(v["ci95"][1].toDouble(), 0, 'f', 3)
                           .arg(v["wilcoxon_p"].toDouble(), 0, 'g', 3)
                           .arg(v["wins"].toInt())
                           .arg(v["ties"].toInt())
                           .arg(v["losses"].toInt());
            out << "\n";
        }
    }
    out << "\n" << r["method"].toString() << Qt::endl;
}

int showStudy(const QString& workspace, qint64 id, bool json, CliContext& ctx) {
    QString error;
    auto ws = Workspace::open(workspace, &error);
    if (!ws) return fail(ctx, error);
    const auto study = StudyStore(*ws).find(id, &error);
    if (!study) return fail(ctx, error);
    const QJsonObject r = studyResults(*ws, *study, &error);
    if (!error.isEmpty()) return fail(ctx, error);
    if (json)
        ctx.out << QJsonDocument(r).toJson(QJsonDocument::Indented) << Qt::flush;
    else
        printResults(r, ctx.out);
    return kOk;
}

QString csvText(QString text) {
    return text.contains(',') || text.contains('"') ? '"' + text.replace('"', "\"\"") + '"' : text;
}

// The class names of a run's predictions (its results say them).
QStringList classesOf(RunRegistry& registry, qint64 run, QString* error) {
    for (const QJsonValue& r : registry.results(run, error)) {
        QStringList names;
        for (const QJsonValue& c : r["classes"].toArray()) names << c.toString();
        if (!names.isEmpty()) return names;
    }
    return {};
}

// One row per test window of every finished run of the study.
bool writeStudyCsv(Workspace& ws, const StudyRecord& study, QTextStream& out, QString* error) {
    RunRegistry registry(ws);
    QStringList classes;
    for (const StudyCell& c : study.cells)
        if (c.run && classes.isEmpty()) classes = classesOf(registry, c.run, error);
    out << "study,arm,fold,seed,run,subject,recording,start_s,label,predicted";
    for (const QString& c : classes) out << ",p_" << csvText(c);
    out << "\n";
    for (const StudyCell& c : study.cells) {
        if (!c.run) continue;
        for (const PredictionRecord& p : registry.predictions(c.run, error)) {
            if (p.split != "test") continue;
            const int predicted = predictedClasses({p.probabilities}).value(0);
            out << study.id << ',' << csvText(c.arm) << ',' << c.fold + 1 << ',' << c.seed << ','
                << c.run << ',' << csvText(p.subject) << ',' << csvText(p.recording) << ','
                << QString::number(p.onsetSeconds, 'g', 10) << ','
                << csvText(classes.value(p.trueLabel)) << ',' << csvText(classes.value(predicted));
            for (double v : p.probabilities) out << ',' << QString::number(v, 'g', 10);
            out << "\n";
        }
    }
    return error->isEmpty();
}

int exportStudy(const QString& workspace, qint64 id, const QString& path, CliContext& ctx) {
    if (path.isEmpty()) return fail(ctx, "study export takes --csv FILE");
    QString error;
    auto ws = Workspace::open(workspace, &error);
    const auto study = ws ? StudyStore(*ws).find(id, &error) : std::nullopt;
    if (!study) return fail(ctx, error);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(ctx, QStringLiteral("%1: cannot write (%2)").arg(path, f.errorString()));
    QTextStream out(&f);
    if (!writeStudyCsv(*ws, *study, out, &error)) return fail(ctx, error);
    out.flush();
    if (f.error() != QFile::NoError)
        return fail(ctx, QStringLiteral("%1: %2 (is the disk full?)").arg(path, f.errorString()));
    ctx.out << "the test windows of study " << id << " in " << path << Qt::endl;
    return kOk;
}

// Runs every unfinished cell in order; false when one did not finish (said on stderr).
bool runCells(StudyPlan& plan, CliContext& ctx) {
    QString error;
    for (auto job = plan.next(&error); job; job = plan.next(&error)) {
        ctx.err << "study " << plan.study() << ": " << plan.currentCell() << Qt::endl;
        const QString status = runJob(*job, ctx.out, ctx.err);
        if (!plan.finished(job->result(), &error)) return fail(ctx, error), false;
        if (status != run_status::kFinished) {
            fail(ctx, QStringLiteral("%1 ended %2: %3; go on with alfee study --resume %4")
                          .arg(plan.currentCell(), status, job->message())
                          .arg(plan.study()));
            return false;
        }
    }
    if (!error.isEmpty()) fail(ctx, error);
    return error.isEmpty();
}

}  // namespace

int runStudy(CliContext& ctx) {
    QCommandLineParser p;
    addStudyFlags(p);
    if (!parseArgs(p, ctx.args, ctx, kStudyUsage)) return p.isSet("help") ? kOk : kUsage;
    const QStringList pos = p.positionalArguments();
    if (pos.size() == 2 && pos[0] == "show")
        return showStudy(workspacePath(p), pos[1].toLongLong(), p.isSet("json"), ctx);
    if (pos.size() == 2 && pos[0] == "export")
        return exportStudy(workspacePath(p), pos[1].toLongLong(), p.value("csv"), ctx);
    if (!pos.isEmpty()) return fail(ctx, QStringLiteral("usage: ") + kStudyUsage), kUsage;
    QString error;
    std::unique_ptr<StudyPlan> plan;
    if (p.isSet("resume")) {
        plan = StudyPlan::resume(workspacePath(p), p.value("resume").toLongLong(), &error);
    } else {
        StudyDesign design;
        if (!designOf(p, &design, &error)) return fail(ctx, error);
        plan = StudyPlan::create(design, &error);
    }
    if (!plan) return fail(ctx, error);
    ctx.err << "study " << plan->study() << ": " << plan->record().cells.size()
            << " runs (arms x folds x seeds)" << Qt::endl;
    if (!runCells(*plan, ctx)) return kFailed;
    return showStudy(workspacePath(p), plan->study(), p.isSet("json"), ctx);
}

}  // namespace alfee::cli
