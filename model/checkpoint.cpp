// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/checkpoint.h"

#include <torch/torch.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace alfee::model {
namespace {

const char* kFormat = "alfee-checkpoint-1";

std::string shapeText(at::IntArrayRef shape) {
    std::string out = "[";
    for (size_t i = 0; i < shape.size(); ++i) out += (i ? ", " : "") + std::to_string(shape[i]);
    return out + "]";
}

// Module::load takes whatever shape the file has: compare with what the config builds.
std::string shapeMismatch(const std::vector<std::pair<std::string, std::vector<int64_t>>>& expected,
                          Alfee& model) {
    auto params = model->named_parameters();
    for (const auto& [name, shape] : expected) {
        const auto* p = params.find(name);
        if (!p) return "parameter " + name + " is missing";
        if (p->sizes().vec() != shape)
            return "parameter " + name + " is " + shapeText(p->sizes()) +
                   " in the file, the config builds " + shapeText(shape);
    }
    return {};
}

std::string firstLine(const std::string& text) {
    return text.substr(0, text.find('\n'));
}

std::string readString(torch::serialize::InputArchive& ar, const char* key) {
    c10::IValue v;
    ar.read(key, v);
    return v.toStringRef();
}

int64_t readInt(torch::serialize::InputArchive& ar, const char* key) {
    c10::IValue v;
    ar.read(key, v);
    return v.toInt();
}

bool openArchive(const std::string& path, torch::Device device, torch::serialize::InputArchive* ar,
                 std::string* error) {
    if (!std::filesystem::is_regular_file(path)) {
        *error = path + ": no such checkpoint";
        return false;
    }
    try {
        ar->load_from(path, device);
        if (readString(*ar, "alfee/format") != kFormat) throw std::runtime_error("format");
    } catch (const std::exception& e) {
        *error = path +
                 ": not a readable ALFEE checkpoint (truncated, damaged or another kind of file: " +
                 firstLine(e.what()) + ")";
        return false;
    }
    return true;
}

}  // namespace

int64_t weightsChecksum(Alfee& model) {
    uint64_t hash = 1469598103934665603ULL;
    for (const auto& p : model->parameters()) {
        auto bytes = p.detach().to(torch::kCPU, torch::kFloat32).contiguous();
        const auto* data = static_cast<const unsigned char*>(bytes.data_ptr());
        for (int64_t i = 0; i < bytes.numel() * 4; ++i) hash = (hash ^ data[i]) * 1099511628211ULL;
    }
    return static_cast<int64_t>(hash);
}

namespace {

// Writes the archive with checked writes of our own. LibTorch 1.13's file writer throws from its
// destructor after a failed write (a full disk), which terminates the process: here the archive
// always completes, a failed write is remembered, and the partial file is removed.
bool writeArchive(torch::serialize::OutputArchive& ar, const std::string& temporary,
                  std::string* error) {
    FILE* file = std::fopen(temporary.c_str(), "wb");
    if (!file) {
        *error = std::strerror(errno);
        return false;
    }
    int failure = 0;
    ar.save_to([&](const void* data, size_t size) -> size_t {
        if (!failure && std::fwrite(data, 1, size, file) != size) failure = errno ? errno : EIO;
        return size;
    });
    if (!failure && (std::fflush(file) != 0 || ::fsync(::fileno(file)) != 0)) failure = errno;
    if (std::fclose(file) != 0 && !failure) failure = errno;
    if (!failure) return true;
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    *error = std::strerror(failure);
    return false;
}

}  // namespace

bool saveCheckpoint(const std::string& path, Alfee& model, const torch::optim::Optimizer* optimizer,
                    const CheckpointMeta& meta, std::string* error) {
    const std::string temporary = path + ".partial";
    try {
        torch::serialize::OutputArchive ar, weights;
        ar.write("alfee/format", c10::IValue(std::string(kFormat)));
        ar.write("alfee/config", c10::IValue(meta.config.serialize()));
        ar.write("alfee/preprocess", c10::IValue(meta.preprocessJson));
        ar.write("alfee/vocabulary_version", c10::IValue(meta.vocabularyVersion));
        ar.write("alfee/step", c10::IValue(meta.step));
        ar.write("alfee/training", c10::IValue(meta.trainingStateJson));
        ar.write("alfee/checksum", c10::IValue(weightsChecksum(model)));
        model->save(weights);
        ar.write("model", weights);
        if (optimizer) {
            torch::serialize::OutputArchive state;
            optimizer->save(state);
            ar.write("optimizer", state);
        }
        if (!writeArchive(ar, temporary, error)) {
            *error = path + ": cannot write the checkpoint (" + *error + ")";
            return false;
        }
        std::filesystem::rename(temporary, path);  // a crash never leaves half a checkpoint
    } catch (const std::exception& e) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        *error = path + ": cannot write the checkpoint (" + firstLine(e.what()) + ")";
        return false;
    }
    return true;
}

std::optional<LoadedCheckpoint> loadCheckpoint(const std::string& path, torch::Device device,
                                               std::string* error) {
    torch::serialize::InputArchive ar;
    if (!openArchive(path, torch::kCPU, &ar, error)) return std::nullopt;
    LoadedCheckpoint out;
    std::string why;
    const auto config = ModelConfig::deserialize(readString(ar, "alfee/config"), &why);
    if (!config) {
        *error = path + ": " + why;
        return std::nullopt;
    }
    out.meta.config = *config;
    out.meta.preprocessJson = readString(ar, "alfee/preprocess");
    out.meta.vocabularyVersion = readInt(ar, "alfee/vocabulary_version");
    out.meta.step = readInt(ar, "alfee/step");
    c10::IValue training;
    if (ar.try_read("alfee/training", training))
        out.meta.trainingStateJson = training.toStringRef();
    if (out.meta.vocabularyVersion != kVocabularyVersion) {
        *error = path + ": made for electrode vocabulary version " +
                 std::to_string(out.meta.vocabularyVersion) + ", this program has " +
                 std::to_string(kVocabularyVersion);
        return std::nullopt;
    }
    out.model = Alfee(out.meta.config);
    std::vector<std::pair<std::string, std::vector<int64_t>>> expected;
    for (const auto& p : out.model->named_parameters())
        expected.push_back({p.key(), p.value().sizes().vec()});
    try {
        torch::serialize::InputArchive weights;
        ar.read("model", weights);
        out.model->load(weights);
    } catch (const std::exception& e) {
        *error = path + ": the weights do not fit the model config (" + firstLine(e.what()) + ")";
        return std::nullopt;
    }
    if (const std::string mismatch = shapeMismatch(expected, out.model); !mismatch.empty()) {
        *error = path + ": the weights do not fit the model config (" + mismatch + ")";
        return std::nullopt;
    }
    if (weightsChecksum(out.model) != readInt(ar, "alfee/checksum")) {
        *error = path + ": checksum mismatch, the weights are damaged";
        return std::nullopt;
    }
    out.model->to(device);
    return out;
}

bool loadOptimizerState(const std::string& path, torch::optim::Optimizer& optimizer,
                        std::string* error) {
    torch::serialize::InputArchive ar;
    if (!openArchive(path, torch::kCPU, &ar, error)) return false;
    try {
        torch::serialize::InputArchive state;
        if (!ar.try_read("optimizer", state)) {
            *error = path + ": holds no optimizer state";
            return false;
        }
        optimizer.load(state);
    } catch (const std::exception& e) {
        *error = path + ": the optimizer state does not fit (" + firstLine(e.what()) + ")";
        return false;
    }
    return true;
}

}  // namespace alfee::model
