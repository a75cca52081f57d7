#include "model/model_config.h"

#include <cmath>

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
    return {};
}

std::vector<std::string> presetNames() { return {"tiny", "S", "M", "B", "L", "XL"}; }

std::optional<ModelConfig> presetConfig(const std::string& name) {
    struct Row {
        const char* name;
        double paper;
        int dim, ffn, ch, tmp, dec, heads, batch;
    };
    static const Row rows[] = {
        {"tiny", 0.0, 128, 256, 1, 2, 1, 4, 64},    {"S", 16.3, 384, 512, 1, 5, 2, 4, 256},
        {"M", 44.3, 512, 1024, 1, 7, 4, 4, 256},    {"B", 120.0, 640, 1024, 2, 14, 8, 8, 128},
        {"L", 300.0, 896, 1536, 2, 16, 10, 8, 96},  {"XL", 540.0, 1152, 1536, 3, 19, 12, 12, 64},
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
