// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's figures (bench/README.md): the data pipeline cold (EDF -> shards) and from the
// shard cache, with peak memory; fine-tuning steps and inference of ALFEE tiny and S against the
// model's FLOPs and this machine's SGEMM rate.
//   bench_engine pipeline DIR WORKDIR COPIES   (COPIES: the corpus counted that many times)
//   bench_engine train SIZE THREADS STEPS
//   bench_engine infer SIZE THREADS BATCHES
#include "core/modeling/torch_include.h"  // before Qt: see the header

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <cstdio>
#include <numeric>
#include <random>

#include "bench/bench_support.h"
#include "bench/model_flops.h"
#include "core/engine/batch_prefetcher.h"
#include "core/engine/window_reader.h"
#include "core/modeling/window_batch.h"
#include "model/alfee.h"

using namespace alfee;

namespace {

double peakMegabytes() {
    return bench::peakRssKb() / 1024.0;
}

void print(const QJsonObject& o) {
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
}

int pipeline(const QString& dir, const QString& work, int copies) {
    QString error;
    auto ws = core::Workspace::create(work + "/bench.alfee", &error);
    if (!ws) return std::fprintf(stderr, "%s\n", qPrintable(error)), 1;
    core::DatasetSpec spec;
    spec.name = "bench";
    spec.label.classes = {{"rest", "_1$"}, {"task", "_2$"}};
    core::TrainingData one, data;
    if (!core::loadFileData(*ws, {dir}, spec, &one, &error))
        return std::fprintf(stderr, "%s\n", qPrintable(error)), 1;
    data.spec = one.spec;
    // Copies differ in identity (content hash), so each has shards of its own, as new files would.
    for (int k = 0; k < copies; ++k) {
        for (core::SourceRecording r : one.recordings) {
            r.sha256 += QStringLiteral("#%1").arg(k);
            data.recordings << r;
        }
        for (core::WindowRef w : one.windows) {
            w.recording += k * one.recordings.size();
            data.windows << w;
        }
    }
    core::WindowReader reader(data, work + "/shards");
    QElapsedTimer t;
    t.start();
    if (!reader.prepare(QThread::idealThreadCount(), {}, nullptr, &error))
        return std::fprintf(stderr, "%s\n", qPrintable(error)), 1;
    const double cold = t.elapsed() / 1000.0;
    QVector<int> order(data.windows.size());
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), std::mt19937(1));
    QVector<QVector<int>> batches;
    for (int i = 0; i < order.size(); i += 16) batches << order.mid(i, 16);
    core::BatchPrefetcher prefetcher(reader, batches);
    t.restart();
    core::WindowBatch b;
    qint64 windows = 0;
    while (prefetcher.next(&b)) windows += b.windows.size();
    const double warm = t.elapsed() / 1000.0;
    print({{"copies", copies},
           {"recordings", int(data.recordings.size())},
           {"windows", windows},
           {"cold_windows_per_s", windows / cold},
           {"cached_windows_per_s", windows / warm},
           {"peak_mb", peakMegabytes()}});
    return 0;
}

model::Batch randomBatch(int windows, int channels, int steps) {
    model::Batch b;
    b.patches = torch::randn({windows, channels, steps, 256});
    b.channels = torch::arange(channels).repeat({windows, 1});
    b.valid = torch::ones({windows, channels}, torch::kBool);
    b.paradigm = torch::full({windows}, -1, torch::kLong);
    return b;
}

double sgemmGflops() {
    const auto a = torch::randn({1024, 1024}), b = torch::randn({1024, 1024});
    torch::mm(a, b);
    QElapsedTimer t;
    t.start();
    const int repeats = 20;
    for (int i = 0; i < repeats; ++i) torch::mm(a, b);
    return repeats * 2.0 * 1024 * 1024 * 1024 / (t.nsecsElapsed() * 1e-9) / 1e9;
}

int train(const QString& size, int threads, int steps) {
    model::applyRuntime({"cpu", threads, false, 1});
    auto config = *model::presetConfig(size.toStdString());
    model::AlfeeSession session(config, torch::kCPU);
    torch::optim::AdamW optimizer(session.model()->parameters(), torch::optim::AdamWOptions(1e-4));
    const int windows = 16, channels = 19, seconds = 10;
    const model::Batch batch = randomBatch(windows, channels, seconds);
    const auto labels = torch::randint(2, {windows}, torch::kLong);
    const auto weights = torch::ones({2});
    auto step = [&] {
        optimizer.zero_grad();
        at::Tensor reconstruction;
        const auto logits = session.model()->classify(batch, nullptr, &reconstruction);
        model::fineTuneLoss(logits, {labels}, {weights}, reconstruction, batch).backward();
        optimizer.step();
    };
    step();  // warm-up
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < steps; ++i) step();
    const double perSecond = steps * windows / (t.nsecsElapsed() * 1e-9);
    const double flops = 3 * bench::fineTuneForwardFlops(config, channels, seconds);
    const double gemm = sgemmGflops();
    print({{"size", size},
           {"threads", threads},
           {"samples_per_s", perSecond},
           {"train_gflop_per_sample", flops / 1e9},
           {"achieved_gflops", perSecond * flops / 1e9},
           {"sgemm_gflops", gemm},
           {"share_of_sgemm", perSecond * flops / 1e9 / gemm}});
    return 0;
}

int infer(const QString& size, int threads, int batches) {
    model::applyRuntime({"cpu", threads, false, 1});
    model::AlfeeSession session(*model::presetConfig(size.toStdString()), torch::kCPU);
    session.model()->eval();
    const model::Batch batch = randomBatch(32, 19, 10);
    torch::NoGradGuard noGrad;
    session.fineTuneLogits(batch);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < batches; ++i) session.fineTuneLogits(batch);
    print({{"size", size},
           {"threads", threads},
           {"windows_per_s", batches * 32 / (t.nsecsElapsed() * 1e-9)}});
    return 0;
}

}  // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.value(1) == "pipeline" && a.size() == 5) return pipeline(a[2], a[3], a[4].toInt());
    if (a.value(1) == "train" && a.size() == 5) return train(a[2], a[3].toInt(), a[4].toInt());
    if (a.value(1) == "infer" && a.size() == 5) return infer(a[2], a[3].toInt(), a[4].toInt());
    std::fprintf(stderr,
                 "usage: bench_engine pipeline DIR WORKDIR COPIES | train SIZE THREADS STEPS"
                 " | infer SIZE THREADS BATCHES\n");
    return 2;
}
