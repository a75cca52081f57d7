// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/reconstruction_command.h"

#include <QCommandLineParser>

#include "app/cli/cli_support.h"
#include "app/cli/job_runner.h"
#include "app/cli/numeric_flags.h"
#include "core/engine/run_registry.h"
#include "core/export/reconstruction_edf.h"
#include "core/modeling/evaluation_jobs.h"
#include "core/recording/recording.h"

namespace alfee::cli {
namespace {

// The options of the command line; false with the flag named in *error.
bool reconstructionOptions(const QCommandLineParser& p, EvaluationOptions* out, QString* error) {
    QJsonObject numbers;
    if (!readNumericFlags(p, numericFlags("export reconstruction"), &numbers, error)) return false;
    EvaluationOptions& o = *out;
    o.workspace = workspacePath(p);
    o.run = p.value("run"), o.checkpoint = p.value("checkpoint");
    o.device = p.value("device");
    o.dataPaths = {p.positionalArguments().value(0)};
    o.onsetSeconds = numbers["onset"].toDouble();
    o.maskTask = p.value("mask");
    o.maskSeed = quint64(numbers["seed"].toInteger());
    return true;
}

// The wall-clock time of the window's first sample, where the recording has a start.
QDateTime windowStart(const QString& recording, double onsetSeconds) {
    QString ignored;
    const auto rec = Recording::open(recording, &ignored);
    if (!rec || !rec->info().start.isValid()) return {};
    return rec->info().start.addMSecs(qint64(onsetSeconds * 1000));
}

}  // namespace

int runExportReconstruction(CliContext& ctx) {
    QCommandLineParser p;
    p.addPositionalArgument("recording", "The recording (any format the program reads)");
    p.addPositionalArgument("out", "The EDF+ file to write");
    p.addOptions({{"run", "Run (its best checkpoint)", "RUN"},
                  {"checkpoint", "Checkpoint or weights file", "FILE"},
                  {"mask", "channel, temporal, forecast or none", "TASK", "channel"},
                  {"device", "cpu, cuda or auto", "DEVICE", "cpu"}});
    addNumericFlags(p, numericFlags("export reconstruction"));
    const QString usage =
        "alfee export reconstruction (--run RUN | --checkpoint FILE) RECORDING OUT.edf "
        "[--onset S] [--mask channel|temporal|forecast|none] [--seed N] [--workspace W]";
    if (!parseArgs(p, ctx.args, ctx, usage)) return p.isSet("help") ? kOk : kUsage;
    if (p.positionalArguments().size() != 2 ||
        p.value("run").isEmpty() == p.value("checkpoint").isEmpty()) {
        ctx.err << "usage: " << usage << Qt::endl;
        return kUsage;
    }
    EvaluationOptions o;
    QString error;
    if (!reconstructionOptions(p, &o, &error)) return fail(ctx, error);
    ReconstructJob job(o);
    ReconstructionResult result;
    QObject receiver;  // lives on this thread: the result arrives before the job's end
    QObject::connect(&job, &ReconstructJob::reconstructed, &receiver,
                     [&](const ReconstructionResult& r) { result = r; });
    const QString status = runJob(job, ctx.out, ctx.err, true);
    if (status != run_status::kFinished) return fail(ctx, job.message());
    const QString out = p.positionalArguments()[1];
    if (!writeReconstructionEdf(result, windowStart(o.dataPaths[0], o.onsetSeconds), out, &error))
        return fail(ctx, error);
    ctx.out << QStringLiteral("%1 s of %2 (%3 electrodes, %4 mask) with the reconstruction in %5")
                   .arg(result.steps)
                   .arg(o.dataPaths[0])
                   .arg(result.electrodes.size())
                   .arg(result.task, out)
            << Qt::endl;
    return kOk;
}

}  // namespace alfee::cli
