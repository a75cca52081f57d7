// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Checkpoints: identical outputs after a round trip, optimizer state, and clear errors for a
// truncated, foreign, damaged or mismatched file.
#include <torch/torch.h>

#include <sys/resource.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>

#include "model/checkpoint.h"
#include "model_check.h"
#include "test_support.h"

using namespace alfee::model;
using namespace alfee::model::testing;

namespace {

std::string tempPath(const std::string& name) {
    // Per process: two test runs at once must not share files.
    return (std::filesystem::temp_directory_path() /
            ("alfee_test_" + std::to_string(::getpid()) + "_" + name))
        .string();
}

void writeBytes(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

std::string readBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

MODEL_TEST(round_trip_gives_identical_outputs) {
    torch::manual_seed(3);
    Alfee m(smallConfig());
    m->eval();
    torch::optim::AdamW opt(m->parameters(), torch::optim::AdamWOptions(1e-3));
    Batch b = randomBatch(2, 5, 3);
    auto plan = pretrainMasks(b.valid, 3);
    opt.zero_grad();
    m->pretrain(b, plan).reconstruction.sum().backward();
    opt.step();
    CheckpointMeta meta{smallConfig(), "{\"target_rate_hz\": 256}", kVocabularyVersion, 42, {}};
    std::string error;
    const std::string path = tempPath("round.pt");
    MODEL_CHECK(saveCheckpoint(path, m, &opt, meta, &error));
    MODEL_CHECK(!std::filesystem::exists(path + ".partial"));
    auto loaded = loadCheckpoint(path, torch::kCPU, &error);
    MODEL_CHECK(loaded.has_value());
    loaded->model->eval();
    MODEL_CHECK(loaded->meta.step == 42);
    MODEL_CHECK(loaded->meta.preprocessJson == meta.preprocessJson);
    MODEL_CHECK(loaded->meta.config.serialize() == smallConfig().serialize());
    torch::NoGradGuard noGrad;
    // Not == 0: oneDNN may pick another kernel for weights at other addresses (alignment), which
    // rounds differently (this failed once in a parallel run). A wrong load differs by O(1).
    const auto a = m->pretrain(b, plan).reconstruction;
    MODEL_CHECK(maxAbsDiff(a, loaded->model->pretrain(b, plan).reconstruction) <=
                1e-5 * a.abs().max().item<double>());
    const auto c = m->classify(b)[1];
    MODEL_CHECK(maxAbsDiff(c, loaded->model->classify(b)[1]) <=
                1e-5 * c.abs().max().item<double>());
    MODEL_CHECK(weightsChecksum(m) == weightsChecksum(loaded->model));  // the weights: exactly
    torch::optim::AdamW restored(loaded->model->parameters(), torch::optim::AdamWOptions(1e-3));
    MODEL_CHECK(loadOptimizerState(path, restored, &error));
}

MODEL_TEST(bad_checkpoints_give_clear_errors) {
    Alfee m(smallConfig());
    std::string error;
    const std::string path = tempPath("good.pt");
    CheckpointMeta meta{smallConfig(), "{}", kVocabularyVersion, 1, {}};
    MODEL_CHECK(saveCheckpoint(path, m, nullptr, meta, &error));
    const std::string bytes = readBytes(path);

    const std::string truncated = tempPath("truncated.pt");
    writeBytes(truncated, bytes.substr(0, bytes.size() / 2));
    MODEL_CHECK(!loadCheckpoint(truncated, torch::kCPU, &error));
    MODEL_CHECK(error.rfind(truncated + ": not a readable ALFEE checkpoint", 0) == 0);

    const std::string foreign = tempPath("foreign.pt");
    writeBytes(foreign, "this is an EDF file, honest");
    MODEL_CHECK(!loadCheckpoint(foreign, torch::kCPU, &error));
    MODEL_CHECK(error.find("not a readable ALFEE checkpoint") != std::string::npos);

    MODEL_CHECK(!loadCheckpoint(tempPath("missing.pt"), torch::kCPU, &error));
    MODEL_CHECK(error.find("no such checkpoint") != std::string::npos);

    CheckpointMeta otherVocabulary = meta;
    otherVocabulary.vocabularyVersion = 2;
    const std::string vocab = tempPath("vocab.pt");
    MODEL_CHECK(saveCheckpoint(vocab, m, nullptr, otherVocabulary, &error));
    MODEL_CHECK(!loadCheckpoint(vocab, torch::kCPU, &error));
    MODEL_CHECK(error.find("electrode vocabulary version 2") != std::string::npos);

    // A config that does not match the weights: the checkpoint says dim 96.
    CheckpointMeta wrongConfig = meta;
    wrongConfig.config.dim = 96;
    const std::string mismatched = tempPath("mismatch.pt");
    MODEL_CHECK(saveCheckpoint(mismatched, m, nullptr, wrongConfig, &error));
    MODEL_CHECK(!loadCheckpoint(mismatched, torch::kCPU, &error));
    MODEL_CHECK(error.find("do not fit the model config") != std::string::npos);

    torch::optim::AdamW opt(m->parameters(), torch::optim::AdamWOptions(1e-3));
    MODEL_CHECK(!loadOptimizerState(path, opt, &error));
    MODEL_CHECK(error.find("holds no optimizer state") != std::string::npos);
}

// A full disk while a checkpoint is written (injected: a file-size limit, so that the write
// fails part way as on a full file system): the save fails with a message naming the file, the
// previous checkpoint at that path still loads with its weights, and no partial file is left.
MODEL_TEST(full_disk_keeps_the_previous_checkpoint) {
    torch::manual_seed(5);
    Alfee m(smallConfig());
    CheckpointMeta meta{smallConfig(), "{}", kVocabularyVersion, 7, {}};
    std::string error;
    const std::string path = tempPath("full_disk.pt");
    MODEL_CHECK(saveCheckpoint(path, m, nullptr, meta, &error));
    const int64_t before = weightsChecksum(m);
    const auto size = std::filesystem::file_size(path);
    {
        torch::NoGradGuard noGrad;
        for (auto& p : m->parameters()) p.add_(1.0);  // other weights to write
    }
    struct rlimit saved {};
    getrlimit(RLIMIT_FSIZE, &saved);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);  // EFBIG instead of a signal
    struct rlimit small = saved;
    small.rlim_cur = rlim_t(size / 3);
    setrlimit(RLIMIT_FSIZE, &small);
    meta.step = 8;
    const bool saved8 = saveCheckpoint(path, m, nullptr, meta, &error);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);
    MODEL_CHECK(!saved8);
    MODEL_CHECK(error.find(path) != std::string::npos);
    MODEL_CHECK(!std::filesystem::exists(path + ".partial"));
    auto loaded = loadCheckpoint(path, torch::kCPU, &error);
    MODEL_CHECK(loaded.has_value());
    MODEL_CHECK(loaded->meta.step == 7);
    MODEL_CHECK(weightsChecksum(loaded->model) == before);
}

MODEL_TEST(config_serialises_every_choice) {
    ModelConfig c = smallConfig();
    std::string error;
    auto back = ModelConfig::deserialize(c.serialize(), &error);
    MODEL_CHECK(back.has_value());
    MODEL_CHECK(back->serialize() == c.serialize());
    MODEL_CHECK(c.serialize().find("conv_maps=4") != std::string::npos);
    MODEL_CHECK(!ModelConfig::deserialize("name=x\ndim=12\n", &error));
    MODEL_CHECK(error.find("missing") != std::string::npos);
}

int main() {
    return alfee::model::testing::runAll();
}
