// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/training_commands.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include "app/cli/baseline_output.h"
#include "app/cli/cli_support.h"
#include "app/cli/job_runner.h"
#include "app/cli/label_options.h"
#include "app/cli/numeric_flags.h"
#include "app/cli/training_option_flags.h"
#include "core/engine/run_registry.h"
#include "core/modeling/evaluation_jobs.h"
#include "core/modeling/finetune_job.h"
#include "core/modeling/finetune_plan.h"
#include "core/modeling/pretrain_job.h"

namespace alfee::cli {
namespace {

void addRuntimeOptions(QCommandLineParser& p) {
    p.addOptions(
        {{"device", "cpu, cuda or auto", "DEVICE", "auto"}, {"json", "Print the result as JSON"}});
}

// The model and runtime options that evaluate and infer share; the numbers of `command`
// (numeric_flags.h) are read into *numbers. False with the flag named in *error.
bool evaluationOptions(const QCommandLineParser& p, const QString& command, EvaluationOptions* o,
                       QJsonObject* numbers, QString* error) {
    if (!readNumericFlags(p, numericFlags(command), numbers, error)) return false;
    o->workspace = workspacePath(p);
    o->run = p.value("run"), o->checkpoint = p.value("checkpoint");
    o->task = p.value("task");
    o->device = p.value("device");
    o->threads = int((*numbers)["threads"].toInteger());
    o->batch = int((*numbers)["batch"].toInteger());
    return true;
}

int printOutcome(const Job& job, const QString& status, CliContext& ctx, bool json) {
    QJsonObject result = job.result();
    result["status"] = status;
    if (!job.message().isEmpty()) result["message"] = job.message();
    if (json) {
        ctx.out << QJsonDocument(result).toJson(QJsonDocument::Indented);
        ctx.out.flush();
    }
    if (status == run_status::kFinished) return kOk;
    ctx.err << status << ": " << job.message() << Qt::endl;
    return kFailed;
}

void printMetrics(const QJsonObject& m, QTextStream& out, const QString& title) {
    out << title << " (" << m["n_windows"].toInt() << " windows):\n";
    for (const char* key :
         {"balanced_accuracy", "auroc", "auc_pr", "cohen_kappa", "weighted_f1", "accuracy"}) {
        const QJsonValue v = m[QLatin1String(key)];
        out << QStringLiteral("  %1 %2\n")
                   .arg(QLatin1String(key), -18)
                   .arg(v.isNull() ? QStringLiteral("undefined")
                                   : QString::number(v.toDouble(), 'f', 4));
    }
    out << "  confusion matrix (rows = true class):";
    for (const QJsonValue& row : m["confusion_matrix"].toArray()) {
        out << "\n   ";
        for (const QJsonValue& v : row.toArray()) out << QStringLiteral(" %1").arg(v.toInt(), 6);
    }
    out << Qt::endl;
}

// The id of the run --resume names (its workspace closed again), or -1 with the error printed.
qint64 resumeRunId(const QCommandLineParser& p, CliContext& ctx) {
    QString error;
    auto ws = openWorkspace(p, ctx);
    if (!ws) return -1;
    const auto run = RunRegistry(*ws).find(p.value("resume"), &error);
    if (!run) return fail(ctx, error), -1;
    return run->id;
}

// The data sources in the order given: each --data or --dataset starts one, a --paradigm
// names the class of the source before it (QCommandLineParser keeps no order across options).
QVector<PretrainSource> pretrainSources(const QStringList& args) {
    QVector<PretrainSource> sources;
    for (int i = 0; i < args.size(); ++i) {
        QString key = args[i], value;
        if (key.contains('='))
            value = key.section('=', 1), key = key.section('=', 0, 0);
        else if (i + 1 < args.size())
            value = args[i + 1];
        if (key == "--data" || key == "--dataset") {
            PretrainSource s;
            if (key == "--data")
                s.paths << value;
            else
                s.dataset = value;
            sources << s;
        } else if (key == "--paradigm" && !sources.isEmpty()) {
            sources.back().paradigm = value;
        }
    }
    return sources;
}

// Runs the plan's jobs one after the other (the adaptation, then fine-tuning); *last is the
// last job run and *status how it ended. False when the plan stopped early (said on stderr).
bool runPlan(FineTunePlan plan, CliContext& ctx, std::unique_ptr<Job>* last, QString* status) {
    QString stopped;
    for (auto job = plan.next({}, {}, &stopped); job;
         job = plan.next(*status, (*last)->result(), &stopped)) {
        *last = std::move(job);
        *status = runJob(**last, ctx.out, ctx.err);
        for (const QString& note : plan.takeNotes()) ctx.err << "note: " << note << Qt::endl;
    }
    if (stopped.isEmpty()) return true;
    fail(ctx, stopped);
    return false;
}

// The run's metrics beside the band-power baseline's on the same split (or how to get them).
void printBaselineOf(qint64 runId, const QCommandLineParser& p, CliContext& ctx) {
    QString error;
    auto ws = Workspace::open(workspacePath(p), &error);
    if (!ws) return;
    RunRegistry registry(*ws);
    if (const auto run = registry.find(QString::number(runId), &error))
        printBaselineComparison(registry, *run, ctx.out, false);
}

}  // namespace

void addPretrainFlags(QCommandLineParser& p) {
    p.addOptions({{"data", "EDF/BDF file or folder: one data source each", "PATH"},
                  {"dataset", "Workspace dataset: one data source each", "NAME"},
                  {"paradigm", "Paradigm class of the data source before it", "NAME"},
                  {"resume", "Resume an interrupted, cancelled or failed run", "RUN"},
                  {"json", "Print the result as JSON"}});
    addOptionFlags(p, pretrainOptionTable());
}

bool pretrainOptions(const QCommandLineParser& p, const QStringList& args, PretrainOptions* o,
                     QString* error) {
    o->workspace = workspacePath(p);
    o->sources = pretrainSources(args);
    if (!readOptionFlags(p, pretrainOptionTable(), o, error)) return false;
    *error = o->validate();
    return error->isEmpty();
}

void addFineTuneFlags(QCommandLineParser& p) {
    p.addOptions({{"data", "EDF/BDF file or folder (repeat)", "PATH"},
                  {"dataset", "Workspace dataset (repeat: one task each)", "NAME"},
                  {"resume", "Resume an interrupted, cancelled or failed run", "RUN"},
                  {"json", "Print the result as JSON"}});
    addOptionFlags(p, fineTuneOptionTable());
    addLabelOptions(p);
}

bool fineTuneOptions(const QCommandLineParser& p, FineTuneOptions* o, QString* error) {
    if (!checkLabelNumbers(p, error)) return false;  // also where --dataset reads none of them
    o->workspace = workspacePath(p);
    o->datasets = p.values("dataset");
    o->dataPaths = p.values("data");
    o->spec.name = "files";
    if (!o->dataPaths.isEmpty() && !specFromLabelOptions(p, &o->spec, error)) return false;
    if (!readOptionFlags(p, fineTuneOptionTable(), o, error)) return false;
    if (const QString flag = flagOutsideUse(p, fineTuneOptionTable(), o->use()); !flag.isEmpty()) {
        *error = o->baseline.isEmpty() ? flag + " applies to --baseline runs only"
                                       : flag + " does not apply to the band-power baseline";
        return false;
    }
    *error = o->validate();
    return error->isEmpty();
}

int runPretrain(CliContext& ctx) {
    QCommandLineParser p;
    addPretrainFlags(p);
    const QString usage =
        "alfee pretrain (--data PATH... | --dataset NAME)... [--paradigm NAME per data source]"
        " [--size NAME] [--steps N] [--batch N] [--lr X] [--seed N] [--device cpu|cuda]"
        " [--json]\n       alfee pretrain --resume RUN";
    if (!parseArgs(p, ctx.args, ctx, usage)) return p.isSet("help") ? kOk : kUsage;
    // Under torchrun or srun every process runs this command; rank 0 speaks for them all.
    DistributedEnv distributed;
    QString error;
    if (!readDistributedEnv(QProcessEnvironment::systemEnvironment(), &distributed, &error))
        return fail(ctx, "data parallel: " + error);
    PretrainOptions o;
    o.distributed = distributed;
    std::unique_ptr<PretrainJob> job;
    if (p.isSet("resume")) {  // the run's saved settings; only --timeout is this process's own
        if (!readOptionFlags(p, pretrainOptionTable(), &o, &error)) return fail(ctx, error);
        const qint64 run = resumeRunId(p, ctx);
        if (run < 0) return kFailed;
        job = std::make_unique<PretrainJob>(workspacePath(p), run);
        job->setDistributed(distributed, o.distributedTimeoutSeconds);
    } else {
        if (!pretrainOptions(p, ctx.args, &o, &error)) return fail(ctx, error);
        job = std::make_unique<PretrainJob>(o);
    }
    const QString status = runJob(*job, ctx.out, ctx.err, !distributed.leader());
    if (!distributed.leader() && status == run_status::kFinished) return kOk;
    const QString weights = job->result()["checkpoint"].toString();
    if (!p.isSet("json"))
        ctx.out << "run " << job->result()["run"].toInteger() << " (" << status << ") in "
                << workspacePath(p) << (weights.isEmpty() ? QString() : "; weights in " + weights)
                << Qt::endl;
    return printOutcome(*job, status, ctx, p.isSet("json"));
}

int runFineTune(CliContext& ctx) {
    QCommandLineParser p;
    addFineTuneFlags(p);
    const QString usage =
        "alfee finetune (--data PATH... | --dataset NAME) [label options] [--from CHECKPOINT |"
        " --scratch] [--size NAME] [--adapt-steps N] [--epochs N] [--batch N] [--lr X] [--seed N]"
        " [--device cpu|cuda] [--threads N] [--name NAME] [--experiment NAME] [--json]\n"
        "       alfee finetune --resume RUN\n"
        "       alfee finetune --baseline bandpower (--data PATH... | --dataset NAME) [label "
        "options]";
    if (!parseArgs(p, ctx.args, ctx, usage)) return p.isSet("help") ? kOk : kUsage;
    std::unique_ptr<Job> job;
    QString status;
    if (p.isSet("resume")) {
        const qint64 run = resumeRunId(p, ctx);
        if (run < 0) return kFailed;
        job = std::make_unique<FineTuneJob>(workspacePath(p), run);
        status = runJob(*job, ctx.out, ctx.err);
    } else {
        FineTuneOptions o;
        QString error;
        if (!fineTuneOptions(p, &o, &error)) return fail(ctx, error);
        if (o.adaptSteps > 0)
            ctx.err << "first " << o.adaptSteps
                    << " steps of continued pretraining on these recordings (a run of its own), "
                       "then fine-tuning from its weights"
                    << Qt::endl;
        if (!runPlan(FineTunePlan(o), ctx, &job, &status)) return kFailed;
    }
    const QJsonObject metrics = job->result()["metrics"].toObject();
    if (!p.isSet("json")) {
        for (auto it = metrics.begin(); it != metrics.end(); ++it)
            printMetrics(it.value().toObject(), ctx.out, it.key());
        printBaselineOf(job->result()["run"].toInteger(), p, ctx);
        ctx.out << "run " << job->result()["run"].toInteger() << " (" << status << ") in "
                << workspacePath(p) << "; alfee runs show " << job->result()["run"].toInteger()
                << Qt::endl;
    }
    return printOutcome(*job, status, ctx, p.isSet("json"));
}

int runEvaluate(CliContext& ctx) {
    QCommandLineParser p;
    p.addOptions({{"run", "Fine-tuning run (its best checkpoint)", "RUN"},
                  {"checkpoint", "Checkpoint file", "FILE"},
                  {"task", "Task (head) of a multi-task model to evaluate", "NAME"},
                  {"data", "EDF/BDF file or folder (repeat)", "PATH"},
                  {"dataset", "Workspace dataset", "NAME"}});
    addLabelOptions(p);
    addRuntimeOptions(p);
    addNumericFlags(p, runtimeNumericFlags());
    const QString usage =
        "alfee evaluate (--run RUN | --checkpoint FILE) [--task NAME] (--data PATH... | --dataset "
        "NAME) [label options] [--workspace W] [--json]";
    if (!parseArgs(p, ctx.args, ctx, usage)) return p.isSet("help") ? kOk : kUsage;
    EvaluationOptions o;
    QJsonObject numbers;
    QString error;
    if (!evaluationOptions(p, "evaluate", &o, &numbers, &error)) return fail(ctx, error);
    o.datasets = p.values("dataset"), o.dataPaths = p.values("data");
    o.spec.name = "files";
    if (o.run.isEmpty() == o.checkpoint.isEmpty()) return fail(ctx, "give --run or --checkpoint");
    if (o.datasets.isEmpty() == o.dataPaths.isEmpty())
        return fail(ctx, "give --data PATH... or --dataset NAME");
    // The model reads what it was trained on: another band, notch or electrode set would be
    // silently replaced by the checkpoint's own.
    for (const char* flag : {"band", "notch", "electrodes"})
        if (p.isSet(flag))
            return fail(ctx, QStringLiteral("--%1: evaluate reads the recordings with the "
                                            "checkpoint's own band-pass, notch and electrodes; "
                                            "leave --%1 out")
                                 .arg(QLatin1String(flag)));
    if (!o.dataPaths.isEmpty() && !specFromLabelOptions(p, &o.spec, &error))
        return fail(ctx, error);
    // Files are cut as the checkpoint was trained unless --window or --stride says otherwise.
    if (p.isSet("window")) o.windowSeconds = numbers["window"].toDouble();
    if (p.isSet("stride")) o.strideSeconds = numbers["stride"].toDouble();
    EvaluateJob job(o);
    const QString status = runJob(job, ctx.out, ctx.err);
    if (!p.isSet("json") && status == run_status::kFinished) {
        printMetrics(job.result(), ctx.out, "evaluation");
        ctx.out << "recorded as run " << job.result()["run"].toInteger();
        if (job.result().contains("evaluates_run"))
            ctx.out << ", an evaluation of run " << job.result()["evaluates_run"].toInteger()
                    << " (alfee runs show " << job.result()["evaluates_run"].toInteger()
                    << " shows it beside the run's test score)";
        ctx.out << Qt::endl;
    }
    return printOutcome(job, status, ctx, p.isSet("json"));
}

namespace {

bool writeCsv(const QJsonObject& result, const QString& path, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("%1: cannot write (%2)").arg(path, f.errorString());
        return false;
    }
    QTextStream out(&f);
    const QJsonArray classes = result["classes"].toArray();
    out << "file,onset_s";
    for (const QJsonValue& c : classes) out << "," << c.toString();
    out << ",predicted\n";
    for (const QJsonValue& v : result["windows"].toArray()) {
        const QJsonObject w = v.toObject();
        out << '"' << w["file"].toString().replace('"', "\"\"") << "\","
            << QString::number(w["onset_s"].toDouble(), 'g', 10);
        for (const QJsonValue& p : w["probabilities"].toArray())
            out << "," << QString::number(p.toDouble(), 'g', 17);
        out << "," << w["predicted"].toString() << "\n";
    }
    out.flush();
    if (f.error() != QFile::NoError) {
        *error = QStringLiteral("%1: %2 (is the disk full?)").arg(path, f.errorString());
        return false;
    }
    return true;
}

}  // namespace

int runInfer(CliContext& ctx) {
    QCommandLineParser p;
    p.addPositionalArgument("files", "EDF/BDF files", "FILE...");
    p.addOptions({{"run", "Fine-tuning run (its best checkpoint)", "RUN"},
                  {"checkpoint", "Checkpoint file", "FILE"},
                  {"task", "Task (head) of a multi-task model to predict", "NAME"},
                  {"csv", "Write one row per window to this file", "OUT"}});
    addRuntimeOptions(p);
    addNumericFlags(p, numericFlags("infer"));
    const QString usage =
        "alfee infer (--run RUN | --checkpoint FILE) [--task NAME] FILE... [--window S] [--stride "
        "S]"
        " [--workspace W] [--csv OUT | --json]";
    if (!parseArgs(p, ctx.args, ctx, usage)) return p.isSet("help") ? kOk : kUsage;
    EvaluationOptions o;
    QJsonObject numbers;
    QString error;
    if (!evaluationOptions(p, "infer", &o, &numbers, &error)) return fail(ctx, error);
    o.dataPaths = p.positionalArguments();
    o.windowSeconds = numbers["window"].toDouble();  // absent: 0, the model's
    o.strideSeconds = numbers["stride"].toDouble();
    if (o.run.isEmpty() == o.checkpoint.isEmpty()) return fail(ctx, "give --run or --checkpoint");
    if (o.dataPaths.isEmpty()) return fail(ctx, "give the recordings: alfee infer ... FILE...");
    InferJob job(o);
    const QString status = runJob(job, ctx.out, ctx.err);
    if (status != run_status::kFinished) return printOutcome(job, status, ctx, false);
    if (p.isSet("csv")) {
        if (!writeCsv(job.result(), p.value("csv"), &error)) return fail(ctx, error);
        ctx.out << job.message() << " written to " << p.value("csv") << Qt::endl;
        return kOk;
    }
    if (p.isSet("json")) return printOutcome(job, status, ctx, true);
    for (const QJsonValue& v : job.result()["windows"].toArray())
        ctx.out << v["file"].toString() << " " << v["onset_s"].toDouble()
                << " s: " << v["predicted"].toString() << "\n";
    ctx.out.flush();
    return kOk;
}

}  // namespace alfee::cli
