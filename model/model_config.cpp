// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/model_config.h"

#include <cmath>
#include <functional>
#include <map>
#include <sstream>

namespace alfee::model {

int ModelConfig::freqDim() const {
    const int rounded = static_cast<int>(std::lround(dim / 5.0 / 8.0)) * 8;
    return rounded < 8 ? 8 : rounded;
}

std::string ModelConfig::validate() const {
    if (dim <= 0 || heads <= 0) return "dim and heads must be positive";
    if (dim % heads != 0) return "dim must be a multiple of heads";
    if (headDim() % 2 != 0) return "dim / heads must be even for rotary position encoding";
    if (freqDim() >= dim) return "dim is too small for a frequency branch";
    if (channelLayers < 1 || temporalLayers < 1 || decoderLayers < 1)
        return "every encoder and the decoder need at least one layer";
    if (ffnHidden <= 0) return "ffnHidden must be positive";
    if (loraRank < 0 || loraRank > dim) return "the LoRA rank must lie between 0 and dim";
    if (convLayers < 1 || convMaps < 1 || convPooled < 1)
        return "the conv stacks need layers, maps and a pool";
    if (taskTokens < 1 || static_cast<int>(taskClasses.size()) != taskTokens)
        return "taskClasses needs one class count per task token";
    for (int k : taskClasses)
        if (k < 2) return "every fine-tuning task needs at least two classes";
    if (convKernels.empty() || convKernels.size() != convStrides.size())
        return "convKernels and convStrides need one entry per conv stack";
    for (size_t i = 0; i < convKernels.size(); ++i)
        if (convKernels[i] < 1 || convStrides[i] < 1)
            return "conv kernels and strides must be positive";
    if (stepMaskRatio <= 0 || stepMaskRatio >= 1 || channelMaskRatio <= 0 || channelMaskRatio >= 1)
        return "mask ratios must lie strictly between 0 and 1";
    if (decoderAttention != "full" && decoderAttention != "step" && decoderAttention != "auto")
        return "decoderAttention must be full, step or auto";
    if (ropeBase <= 1 || normEps <= 0) return "ropeBase must exceed 1 and normEps be positive";
    // The data side (resampling to 256 Hz, one-second patches, the 129-bin log periodogram of
    // core/dsp and the viewers) is built for these; another value would be read wrongly.
    if (patchSamples != 256 || psdBins != 129)
        return "patch_samples must be 256 and psd_bins 129 (1 s patches at 256 Hz and their "
               "periodogram): this program reads no other";
    return {};
}

bool ModelConfig::fullDecoderAttention(int64_t queries) const {
    return decoderAttention == "full" ||
           (decoderAttention == "auto" && queries <= decoderFullLimit);
}

namespace {

// The integer fields of ModelConfig by their serialized name.
std::vector<std::pair<const char*, int ModelConfig::*>> intFields() {
    return {{"dim", &ModelConfig::dim},
            {"heads", &ModelConfig::heads},
            {"ffn_hidden", &ModelConfig::ffnHidden},
            {"channel_layers", &ModelConfig::channelLayers},
            {"temporal_layers", &ModelConfig::temporalLayers},
            {"decoder_layers", &ModelConfig::decoderLayers},
            {"pretrain_batch", &ModelConfig::pretrainBatch},
            {"patch_samples", &ModelConfig::patchSamples},
            {"psd_bins", &ModelConfig::psdBins},
            {"vocabulary_size", &ModelConfig::vocabularySize},
            {"paradigm_classes", &ModelConfig::paradigmClasses},
            {"conv_layers", &ModelConfig::convLayers},
            {"conv_maps", &ModelConfig::convMaps},
            {"conv_pooled", &ModelConfig::convPooled},
            {"task_tokens", &ModelConfig::taskTokens}};
}

// Fields added after the first checkpoints: optional when reading, with the value those
// checkpoints were trained with.
std::vector<std::pair<const char*, double ModelConfig::*>> doubleFields() {
    return {{"loss_forecast", &ModelConfig::lossForecast},
            {"loss_mask_time", &ModelConfig::lossMaskTime},
            {"loss_mask_channel", &ModelConfig::lossMaskChannel},
            {"loss_paradigm", &ModelConfig::lossParadigm},
            {"step_mask_ratio", &ModelConfig::stepMaskRatio},
            {"channel_mask_ratio", &ModelConfig::channelMaskRatio},
            {"rope_base", &ModelConfig::ropeBase},
            {"norm_eps", &ModelConfig::normEps}};
}

std::string joinInts(const std::vector<int>& values) {
    std::string out;
    // Appended piece by piece: GCC 12 at -O3 warns (falsely) on `"," + std::to_string(v)`.
    for (size_t i = 0; i < values.size(); ++i) {
        if (i) out += ',';
        out += std::to_string(values[i]);
    }
    return out;
}

std::vector<int> splitInts(const std::string& text) {
    std::vector<int> out;
    std::istringstream in(text);
    for (std::string k; std::getline(in, k, ',');) out.push_back(std::stoi(k));
    return out;
}

// Reads the optional fields; absent ones keep the pre-field behaviour.
void readLaterFields(std::map<std::string, std::string>& values, ModelConfig* c) {
    for (const auto& [key, member] : doubleFields())
        if (values.count(key)) c->*member = std::stod(values[key]);
    if (values.count("conv_kernels")) c->convKernels = splitInts(values["conv_kernels"]);
    if (values.count("conv_strides")) c->convStrides = splitInts(values["conv_strides"]);
    if (values.count("separate_time_freq_loss"))
        c->separateTimeFreqLoss = values["separate_time_freq_loss"] == "1";
    if (values.count("cross_key_norm")) c->crossKeyNorm = values["cross_key_norm"] == "1";
    if (values.count("lora_rank")) c->loraRank = std::stoi(values["lora_rank"]);
    if (values.count("lora_alpha")) c->loraAlpha = std::stod(values["lora_alpha"]);
    if (values.count("decoder_full_limit"))
        c->decoderFullLimit = std::stoi(values["decoder_full_limit"]);
    // Checkpoints from before the field ran self-attention among the channels of one step.
    c->decoderAttention = values.count("decoder_attention") ? values["decoder_attention"] : "step";
}

}  // namespace

std::string ModelConfig::serialize() const {
    std::ostringstream out;
    out << "name=" << name << "\n";
    for (const auto& [key, member] : intFields()) out << key << "=" << this->*member << "\n";
    out << "task_classes=";
    for (size_t i = 0; i < taskClasses.size(); ++i) out << (i ? "," : "") << taskClasses[i];
    out << "\nfreq_dim=" << freqDim() << "\n";
    out.precision(17);
    for (const auto& [key, member] : doubleFields()) out << key << "=" << this->*member << "\n";
    out << "conv_kernels=" << joinInts(convKernels) << "\nconv_strides=" << joinInts(convStrides)
        << "\nseparate_time_freq_loss=" << separateTimeFreqLoss
        << "\ndecoder_attention=" << decoderAttention << "\ndecoder_full_limit=" << decoderFullLimit
        << "\ncross_key_norm=" << crossKeyNorm << "\n";
    if (loraRank > 0) out << "lora_rank=" << loraRank << "\nlora_alpha=" << loraAlpha << "\n";
    return out.str();
}

std::optional<ModelConfig> ModelConfig::deserialize(const std::string& text, std::string* error) {
    std::map<std::string, std::string> values;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        const auto eq = line.find('=');
        if (eq != std::string::npos) values[line.substr(0, eq)] = line.substr(eq + 1);
    }
    ModelConfig c;
    c.name = values["name"];
    try {
        for (const auto& [key, member] : intFields()) {
            if (!values.count(key)) throw std::invalid_argument(std::string("missing ") + key);
            c.*member = std::stoi(values[key]);
        }
        c.taskClasses = splitInts(values["task_classes"]);
        readLaterFields(values, &c);
    } catch (const std::exception& e) {
        *error = std::string("model config: ") + e.what();
        return std::nullopt;
    }
    const std::string problem = c.validate();
    if (!problem.empty()) {
        *error = "model config: " + problem;
        return std::nullopt;
    }
    return c;
}

std::vector<std::string> presetNames() {
    return {"tiny", "S", "M", "B", "L", "XL"};
}

std::optional<ModelConfig> presetConfig(const std::string& name) {
    struct Row {
        const char* name;
        double paper;
        int dim, ffn, ch, tmp, dec, heads, batch;
    };
    static const Row rows[] = {
        {"tiny", 0.0, 128, 256, 1, 2, 1, 4, 64},   {"S", 16.3, 384, 512, 1, 5, 2, 4, 256},
        {"M", 44.3, 512, 1024, 1, 7, 4, 4, 256},   {"B", 120.0, 640, 1024, 2, 14, 8, 8, 128},
        {"L", 300.0, 896, 1536, 2, 16, 10, 8, 96}, {"XL", 540.0, 1152, 1536, 3, 19, 12, 12, 64},
    };
    for (const Row& r : rows) {
        if (name != r.name) continue;
        ModelConfig c;
        c.name = r.name;
        c.paperParamsMillions = r.paper;
        c.dim = r.dim;
        c.ffnHidden = r.ffn;
        c.channelLayers = r.ch;
        c.temporalLayers = r.tmp;
        c.decoderLayers = r.dec;
        c.heads = r.heads;
        c.pretrainBatch = r.batch;
        return c;
    }
    return std::nullopt;
}

}  // namespace alfee::model
