// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Training-step throughput of ALFEE on the CPU (forward, loss, backward, AdamW) for one size,
// and an export of weights, inputs, masks and outputs so that bench/alfee_torch.py can run the
// same network in PyTorch and compare. LibTorch only, like model/.
//
// usage: bench_model_step SIZE BATCH CHANNELS SECONDS STEPS THREADS EXPORT_DIR
#include <torch/torch.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "model/losses.h"

using namespace alfee::model;

namespace {

// Raw little-endian float32/int64/bool arrays plus one index line per tensor.
class Exporter {
  public:
    explicit Exporter(const std::string& dir) : dir_(dir), index_(dir + "/index.tsv") {}
    void add(const std::string& name, const at::Tensor& t) {
        auto c = t.detach().to(torch::kCPU).contiguous();
        if (c.scalar_type() == torch::kDouble || c.scalar_type() == torch::kBFloat16)
            c = c.to(torch::kFloat32);
        const std::string file = std::to_string(count_++) + ".bin";
        std::ofstream(dir_ + "/" + file, std::ios::binary)
            .write(static_cast<const char*>(c.data_ptr()), c.numel() * c.element_size());
        index_ << name << "\t" << file << "\t" << c.scalar_type() << "\t";
        for (int64_t i = 0; i < c.dim(); ++i) index_ << (i ? "," : "") << c.size(i);
        index_ << "\n";
    }

  private:
    std::string dir_;
    std::ofstream index_;
    int count_ = 0;
};

// The serialized config as JSON for the Python side (numbers, strings, the lists).
void writeConfigJson(const std::string& dir, const ModelConfig& config) {
    std::istringstream in(config.serialize());
    std::ofstream out(dir + "/config.json");
    out << "{";
    bool first = true;
    for (std::string line; std::getline(in, line);) {
        const auto eq = line.find('=');
        const std::string key = line.substr(0, eq), value = line.substr(eq + 1);
        out << (first ? "" : ", ") << "\"" << key << "\": ";
        if (key == "name" || key == "decoder_attention")
            out << "\"" << value << "\"";
        else if (key == "task_classes" || key == "conv_kernels" || key == "conv_strides")
            out << "[" << value << "]";
        else
            out << value;
        first = false;
    }
    out << "}\n";
}

}  // namespace

int main(int argc, char* argv[]) {
    if (argc != 8) {
        std::fprintf(
            stderr,
            "usage: bench_model_step SIZE BATCH CHANNELS SECONDS STEPS THREADS EXPORT_DIR\n");
        return 2;
    }
    const auto config = presetConfig(argv[1]);
    const int64_t b = std::stoll(argv[2]), c = std::stoll(argv[3]), t = std::stoll(argv[4]);
    const int steps = std::stoi(argv[5]);
    torch::set_num_threads(std::stoi(argv[6]));
    torch::manual_seed(2024);
    at::globalContext().setUserEnabledMkldnn(true);  // as model::applyRuntime; Python does the same
    Alfee model(*config);
    Batch batch;
    batch.patches = torch::randn({b, c, t, 256});
    batch.channels = torch::randperm(90).narrow(0, 0, c).repeat({b, 1});
    batch.valid = torch::ones({b, c}, torch::kBool);
    batch.paradigm = torch::randint(0, 10, {b}, torch::kLong);
    const MaskPlan plan = pretrainMasks(batch.valid, t);

    writeConfigJson(argv[7], *config);
    Exporter out(argv[7]);
    for (const auto& p : model->named_parameters()) out.add("param/" + p.key(), p.value());
    out.add("batch/patches", batch.patches);
    out.add("batch/channels", batch.channels);
    out.add("batch/valid", batch.valid);
    out.add("batch/paradigm", batch.paradigm);
    out.add("plan/task", plan.task);
    out.add("plan/step_masked", plan.stepMasked);
    out.add("plan/channel_masked", plan.channelMasked);
    {
        torch::NoGradGuard noGrad;
        const PretrainOutput o = model->pretrain(batch, plan);
        const PretrainLoss l = pretrainLoss(o, batch, plan);
        out.add("out/reconstruction", o.reconstruction);
        out.add("out/paradigm_logits", o.paradigmLogits);
        out.add("out/loss",
                torch::stack({l.total, l.forecast, l.maskTime, l.maskChannel, l.paradigm}));
    }

    torch::optim::AdamW optimizer(model->parameters(), torch::optim::AdamWOptions(1e-4));
    auto step = [&] {
        optimizer.zero_grad();
        pretrainLoss(model->pretrain(batch, plan), batch, plan).total.backward();
        optimizer.step();
    };
    step();  // warm-up: allocations and first-touch
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < steps; ++i) step();
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf(
        "{\"size\": \"%s\", \"batch\": %lld, \"channels\": %lld, \"seconds\": %lld, \"steps\": %d, "
        "\"step_s\": %.4f, \"samples_per_s\": %.3f}\n",
        argv[1], static_cast<long long>(b), static_cast<long long>(c), static_cast<long long>(t),
        steps, seconds / steps, b * steps / seconds);
    return 0;
}
