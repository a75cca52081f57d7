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

    int freqDim() const;  // D_freq = D/5 rounded to a multiple of 8 [ours]
    int timeDim() const { return dim - freqDim(); }
    int headDim() const { return dim / heads; }
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
