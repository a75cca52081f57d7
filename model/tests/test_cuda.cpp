// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ALFEE on CUDA in bf16 (autocast), against the CPU: outputs agree, a small model learns a fixed
// batch, a checkpoint saved on the GPU loads on the CPU, and (with --bench) fine-tuning and
// pretraining step throughput of S and B with their share of the card's bf16 peak.
// Exits 77 (skipped) without a CUDA device. LibTorch only, like model/.
#include <torch/torch.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "bench/model_flops.h"
#include "model/alfee.h"

using namespace alfee::model;

namespace {

int failures = 0;

void check(bool ok, const char* what) {
    std::printf("%s: %s\n", ok ? "PASS" : "FAIL", what);
    if (!ok) ++failures;
}

Batch randomBatch(int64_t windows, int64_t channels, int64_t seconds) {
    Batch b;
    b.patches = torch::randn({windows, channels, seconds, 256});
    b.channels = torch::arange(channels).repeat({windows, 1});
    b.valid = torch::ones({windows, channels}, torch::kBool);
    b.paradigm = torch::randint(10, {windows}, torch::kLong);
    return b;
}

void cpuAndCudaAgree() {
    torch::manual_seed(1);
    AlfeeSession cpu(*presetConfig("tiny"), torch::kCPU);
    cpu.model()->eval();
    AlfeeSession gpu(Alfee(cpu.model()->config()), torch::kCUDA);
    {
        torch::NoGradGuard noGrad;
        auto src = cpu.model()->parameters();
        auto dst = gpu.model()->parameters();
        for (size_t i = 0; i < src.size(); ++i) dst[i].copy_(src[i]);
    }
    gpu.model()->eval();
    const Batch b = randomBatch(4, 19, 5);
    torch::NoGradGuard noGrad;
    const auto a = cpu.fineTuneLogits(b)[0];
    const auto g = gpu.fineTuneLogits(b)[0].to(torch::kCPU, torch::kFloat32);
    const double rel = ((a - g).abs().max() / a.abs().max()).item<double>();
    std::printf("  fine-tuning logits, CPU fp32 vs CUDA bf16: relative difference %.3e\n", rel);
    check(rel < 0.05, "CPU and CUDA (bf16) logits agree within bf16 precision");
    const auto e1 = cpu.embeddings(b), e2 = gpu.embeddings(b).to(torch::kCPU);
    const double relE = ((e1 - e2).abs().max() / e1.abs().max()).item<double>();
    std::printf("  temporal-encoder output: relative difference %.3e\n", relE);
    check(relE < 0.05, "CPU and CUDA embeddings agree within bf16 precision");
}

void learnsOnCuda() {
    torch::manual_seed(2);
    AlfeeSession s(*presetConfig("tiny"), torch::kCUDA);
    torch::optim::AdamW opt(s.model()->parameters(), torch::optim::AdamWOptions(1e-3));
    const Batch b = randomBatch(8, 19, 4);
    const MaskPlan plan = pretrainMasks(b.valid, 4);
    double first = 0, last = 0;
    bool finite = true;
    for (int step = 0; step < 60; ++step) {
        opt.zero_grad();
        auto loss = s.pretrainLoss(b, plan);
        loss.total.backward();
        torch::nn::utils::clip_grad_norm_(s.model()->parameters(), 1.0);
        opt.step();
        last = loss.total.item<double>();
        finite = finite && std::isfinite(last);
        if (step == 0) first = last;
    }
    std::printf("  tiny pretraining loss on CUDA bf16: %.4f -> %.4f in 60 steps\n", first, last);
    check(finite, "every loss finite on CUDA");
    // Random patches: only the spectra's level is learnable, so the loss falls to a floor
    // (measured on an H200: 1.595 -> 1.242); the CPU test overfits real windows instead.
    check(last < 0.85 * first, "the loss falls by at least 15% on a fixed batch");
    const std::string path = "/tmp/alfee-cuda-test.alfee-ckpt";
    std::string error;
    const CheckpointMeta meta{s.model()->config(), "{}", kVocabularyVersion, 60, {}};
    check(saveCheckpoint(path, s.model(), &opt, meta, &error), "checkpoint saved from CUDA");
    auto loaded = loadCheckpoint(path, torch::kCPU, &error);
    check(loaded && weightsChecksum(loaded->model) == weightsChecksum(s.model()),
          "a checkpoint saved on the GPU loads on the CPU with the same weights");
    std::filesystem::remove(path);
}

double seconds(const std::function<void()>& f, int repeats) {
    f();
    torch::cuda::synchronize();
    const auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < repeats; ++i) f();
    torch::cuda::synchronize();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() / repeats;
}

void throughput(const char* size, int64_t windows, double peakTflops) {
    torch::manual_seed(3);
    const ModelConfig config = *presetConfig(size);
    AlfeeSession s(config, torch::kCUDA);
    torch::optim::AdamW opt(s.model()->parameters(), torch::optim::AdamWOptions(1e-4));
    const int64_t channels = 19, secs = 10;
    const Batch cpuBatch = randomBatch(windows, channels, secs);
    const Batch b{cpuBatch.patches.cuda(), cpuBatch.channels.cuda(), cpuBatch.valid.cuda(),
                  cpuBatch.paradigm.cuda()};
    const auto labels = torch::randint(2, {windows}, torch::kLong).cuda();
    const auto weights = torch::ones({2});
    const double fine = seconds(
        [&] {
            opt.zero_grad();
            at::Tensor rec;
            std::vector<at::Tensor> logits;
            {
                AutocastScope autocast(torch::kCUDA);
                logits = s.model()->classify(b, nullptr, &rec);
            }
            fineTuneLoss(logits, {labels}, {weights}, rec, b).backward();
            opt.step();
        },
        5);
    const double pre = seconds(
        [&] {
            opt.zero_grad();
            s.pretrainLoss(b).total.backward();
            opt.step();
        },
        5);
    const double flops = 3 * alfee::bench::fineTuneForwardFlops(config, channels, secs) * windows;
    std::printf(
        "  %s, %lld windows of 19 ch x 10 s: fine-tuning %.1f samples/s (%.1f TFLOP/s,"
        " %.1f%% of %.0f bf16 TFLOP/s), pretraining %.1f samples/s\n",
        size, static_cast<long long>(windows), windows / fine, flops / fine / 1e12,
        100 * flops / fine / 1e12 / peakTflops, peakTflops, windows / pre);
}

}  // namespace

int main(int argc, char** argv) {
    if (!torch::cuda::is_available()) {
        std::printf("skipped: no CUDA device\n");
        return 77;
    }
    applyRuntime({"cuda", 0, false, 1});
    cpuAndCudaAgree();
    learnsOnCuda();
    if (argc > 1 && std::strcmp(argv[1], "--bench") == 0) {
        const double peak = argc > 2 ? std::atof(argv[2]) : 790.0;  // measured H200 bf16 GEMM
        throughput("tiny", 256, peak);
        throughput("S", 256, peak);
        throughput("B", 128, peak);
    }
    std::printf("%d failure(s)\n", failures);
    return failures ? 1 : 0;
}
