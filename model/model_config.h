// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ALFEE model sizes and the [ours] choices of MODEL.md, in one plain struct saved with checkpoints.

#include <optional>
#include <string>
#include <vector>

namespace alfee::model {

// Hyper-parameters of one ALFEE model (MODEL.md sections 2-5).
struct ModelConfig {
    std::string name = "tiny";
    int dim = 128;  // D = D_time + D_freq
    int heads = 4;
    int ffnHidden = 256;  // gated feed-forward hidden width [ours: 2x the paper's MLP dim]
    int channelLayers = 1;
    int temporalLayers = 2;
    int decoderLayers = 1;
    int pretrainBatch = 64;
    double paperParamsMillions = 0.0;  // the paper's Table 6 figure, 0 where it has none

    int patchSamples = 256;              // 1 s at 256 Hz [paper]
    int psdBins = 129;                   // one-sided bins of a 256-point periodogram [paper]
    int vocabularySize = 90;             // electrode names [paper]
    int convLayers = 2;                  // per time-branch stack [ours]
    int convMaps = 32;                   // feature maps per conv layer [ours]
    int convPooled = 8;                  // adaptive pool length per stack [ours]
    int taskTokens = 1;                  // fine-tuning tasks (CLS tokens) [paper: a dictionary]
    std::vector<int> taskClasses = {2};  // classes per fine-tuning task
    int paradigmClasses = 10;            // t_DT classes [paper]

    // The remaining [ours] choices and the paper's training constants, all saved with each
    // checkpoint. A checkpoint written before a field existed loads with the value it was
    // trained with (deserialize() fills those in).
    std::vector<int> convKernels = {7, 31, 63};  // one conv stack per entry [ours]
    std::vector<int> convStrides = {2, 4, 8};    // first-layer stride of each stack [ours]
    double lossForecast = 0.4, lossMaskTime = 0.275, lossMaskChannel = 0.275;  // [paper]
    double lossParadigm = 0.05;                                                // [paper]
    double stepMaskRatio = 0.4, channelMaskRatio = 0.5;                        // [paper]
    bool separateTimeFreqLoss = true;  // time and log-PSD errors averaged apart, then summed [ours]
    // Decoder self-attention: "full" among all (step, channel) queries (MODEL.md section 4),
    // "step" among the channels of one step, "auto" full up to decoderFullLimit queries.
    std::string decoderAttention = "auto";
    int decoderFullLimit = 2048;
    bool crossKeyNorm = true;  // RMSNorm on cross-attention keys and values [ours]
    double ropeBase = 10000.0;
    double normEps = 1e-6;  // RMSNorm epsilon [ours]
    // LoRA adapters of this rank on every attention projection (0: none; model/lora.h), their
    // update scaled by loraAlpha / loraRank. Saved only when there are adapters.
    int loraRank = 0;
    double loraAlpha = 0;

    int freqDim() const;  // D_freq = D/5 rounded to a multiple of 8 [ours]
    int timeDim() const { return dim - freqDim(); }
    int headDim() const { return dim / heads; }
    // Whether the decoder's self-attention spans every query of a window of `queries` (T x C).
    bool fullDecoderAttention(int64_t queries) const;
    // Empty when the config is consistent, otherwise what is wrong with it.
    std::string validate() const;
    // "key=value" lines; every [ours] choice is in it and it is saved with each checkpoint.
    std::string serialize() const;
    static std::optional<ModelConfig> deserialize(const std::string& text, std::string* error);
};

// The named sizes of MODEL.md section 5: tiny, S, M, B, L, XL.
std::vector<std::string> presetNames();
std::optional<ModelConfig> presetConfig(const std::string& name);

}  // namespace alfee::model
