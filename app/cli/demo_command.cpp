// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/demo_command.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

#include "app/cli/cli_command_functions.h"
#include "app/cli/cli_support.h"
#include "app/cli/numeric_flags.h"
#include "core/dataset/dataset_store.h"
#include "core/dataset/window_extractor.h"
#include "core/demo/demo_workspace.h"
#include "core/dsp/spectrum.h"
#include "core/workspace/recording_store.h"

namespace alfee::cli {
namespace {

// The frequency (Hz) of the largest periodogram bin in [lowHz, highHz] averaged over patches.
int spectralPeak(const PreparedWindow& w, int channel, int lowHz, int highHz) {
    std::vector<double> mean(129, 0.0);
    const int patches = w.samplesPerChannel / 256;
    for (int p = 0; p < patches; ++p) {
        const float* x = w.data.constData() + channel * w.samplesPerChannel + p * 256;
        const auto psd = dsp::hannPeriodogram(std::vector<double>(x, x + 256));
        for (int k = 0; k < 129; ++k) mean[k] += psd[k] / patches;
    }
    return static_cast<int>(std::max_element(mean.begin() + lowHz, mean.begin() + highHz + 1) -
                            mean.begin());
}

int showFirstWindow(Workspace& ws, const QString& dataset, CliContext& ctx) {
    QString error;
    const auto d = DatasetStore(ws).load(dataset, &error);
    if (!d) return fail(ctx, error);
    const DatasetItem& item = d->items.front();
    const auto stored = RecordingStore(ws).byId(item.recordingId, &error);
    if (!stored) return fail(ctx, error);
    auto rec = Recording::open(stored->path, &error);
    if (!rec) return fail(ctx, error);
    PreparedWindow w;
    if (!extractWindow(*rec, stored->mapping, d->spec.electrodes, item.onsetSeconds,
                       d->spec.windowSeconds, d->spec.preprocess, &w, &error))
        return fail(ctx, error);
    ctx.out << QStringLiteral(
                   "first window of '%1': %2 at %3 s, class '%4', %5 channels x %6 "
                   "samples at 256 Hz, z-scored\n")
                   .arg(dataset, stored->fileName())
                   .arg(item.onsetSeconds)
                   .arg(d->spec.classNames()[item.label])
                   .arg(w.electrodes.size())
                   .arg(w.samplesPerChannel);
    for (const QString& e : {QStringLiteral("O1"), QStringLiteral("C3"), QStringLiteral("CZ")}) {
        const int c = w.electrodes.indexOf(e);
        if (c < 0) continue;
        ctx.out << QStringLiteral(
                       "  %1: %2 uV std before z-score, spectral peak in 4-30 Hz at %3 Hz\n")
                       .arg(e)
                       .arg(w.std[c], 0, 'f', 1)
                       .arg(spectralPeak(w, c, 4, 30));
    }
    return kOk;
}

}  // namespace

int runDemo(CliContext& ctx) {
    QCommandLineParser p;
    p.addOption({"dir", "Folder of the demo workspace.", "DIR", "alfee-demo"});
    addNumericFlags(p, numericFlags("demo"));
    if (!parseArgs(p, ctx.args, ctx, "alfee demo [--dir DIR] [--epochs N]"))
        return p.isSet("help") ? kOk : kUsage;
    QJsonObject numbers;
    QString error;
    if (!readNumericFlags(p, numericFlags("demo"), &numbers, &error)) return fail(ctx, error);
    const QString path = QDir(p.value("dir")).absoluteFilePath("demo.alfee");
    if (QFileInfo::exists(path)) {
        ctx.out << "using the existing demo workspace " << path << "\n";
    } else {
        QStringList log;
        const bool ok = createDemoWorkspace(path, &log, &error);
        for (const QString& line : log) ctx.out << line << "\n";
        if (!ok) return fail(ctx, error);
    }
    ctx.out.flush();
    const QStringList steps[] = {{"workspace", "info", "--workspace", path},
                                 {"info", demoRecordingsDir() + "/S001R04.edf"},
                                 {"dataset", "show", "demo workload", "--workspace", path},
                                 {"dataset", "show", "demo motor imagery", "--workspace", path}};
    for (const QStringList& step : steps) {
        ctx.out << "\n$ alfee " << step.join(' ') << "\n" << Qt::flush;
        if (const int rc = runAlfee(step, ctx.out, ctx.err); rc != kOk) return rc;
    }
    auto ws = Workspace::open(path, &error);
    if (!ws) return fail(ctx, error);
    ctx.out << "\n";
    for (const QString& d : {QStringLiteral("demo workload"), QStringLiteral("demo motor imagery")})
        if (const int rc = showFirstWindow(*ws, d, ctx); rc != kOk) return rc;
    ws.reset();
    // The main job: fine-tune the tiny model on the workload dataset (subject-wise split),
    // beside the band-power baseline on the same split.
    const QStringList finetune = {"finetune",
                                  "--dataset",
                                  "demo workload",
                                  "--workspace",
                                  path,
                                  "--epochs",
                                  QString::number(numbers["epochs"].toInteger()),
                                  "--batch",
                                  "8",
                                  "--name",
                                  "demo workload",
                                  "--experiment",
                                  "demo",
                                  "--with-baseline"};  // the model beside the classical reference
    ctx.out << "\n$ alfee " << finetune.join(' ') << "\n" << Qt::flush;
    return runAlfee(finetune, ctx.out, ctx.err);
}

}  // namespace alfee::cli
