// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The model defects found in review (issue 9), one case each: the paradigm loss of forecasting
// samples, the decoder's self-attention scope, and the [ours] choices missing from the saved
// config. Each failed on the code before the fix.
#include <torch/torch.h>

#include "model/losses.h"
#include "model_check.h"
#include "test_support.h"

using namespace alfee::model;
using namespace alfee::model::testing;

namespace {

Alfee smallModel(const ModelConfig& c = smallConfig()) {
    torch::manual_seed(7);
    Alfee m(c);
    m->eval();
    return m;
}

}  // namespace

// (a) Under the causal mask t_DT sees only itself: its logits ignore the window, so those
// samples must not count in L_DT.
MODEL_TEST(forecasting_samples_take_no_part_in_the_paradigm_loss) {
    torch::NoGradGuard noGrad;
    Alfee m = smallModel();
    Batch b = randomBatch(3, 4, 5);
    auto plan = pretrainMasks(b.valid, 5);  // sample 0 forecasts, 1 and 2 are masked
    auto out = m->pretrain(b, plan);
    Batch other = b;
    other.patches = torch::randn_like(b.patches);
    auto outOther = m->pretrain(other, plan);
    // The reason: the forecasting sample's logits do not depend on its input at all.
    MODEL_CHECK(maxAbsDiff(out.paradigmLogits[0], outOther.paradigmLogits[0]) == 0.0);
    Batch relabelled = b;
    relabelled.paradigm = b.paradigm.clone();
    relabelled.paradigm[0] = 2;  // another class for the forecasting sample only
    MODEL_CHECK(pretrainLoss(out, b, plan).paradigm.item<double>() ==
                pretrainLoss(out, relabelled, plan).paradigm.item<double>());
    relabelled.paradigm[1] = 2;  // a masked sample's label does count
    MODEL_CHECK(pretrainLoss(out, b, plan).paradigm.item<double>() !=
                pretrainLoss(out, relabelled, plan).paradigm.item<double>());
}

// (b) MODEL.md section 4: the decoder's self-attention runs among the queries, all of them.
MODEL_TEST(decoder_self_attention_spans_all_queries_by_default) {
    torch::NoGradGuard noGrad;
    const ModelConfig c = smallConfig();
    MODEL_CHECK(c.fullDecoderAttention(10 * 64));
    MODEL_CHECK(!c.fullDecoderAttention(60 * 64));  // long windows: per step, as configured
    Batch b = randomBatch(2, 3, 4);
    auto none = uniformMasks(PretrainTask::None, b.valid, 4);
    auto full = attentionMasks(none, b.valid, c.fullDecoderAttention(12));
    MODEL_CHECK(full.decoderSelf.sizes() == torch::IntArrayRef({2, 12, 12}));
    MODEL_CHECK(full.decoderSelf.all().item<bool>());  // no mask: every query sees every query
    // The decoder uses it: the block-diagonal (per step) mask gives other outputs, and the
    // per-step path gives exactly the block-diagonal result.
    Alfee m = smallModel();
    auto e = m->encode(b, full, false);
    auto emb = m->channelEmbedding(b.channels);
    auto step = attentionMasks(none, b.valid, false);
    auto blocks = torch::eye(4, torch::kBool).repeat_interleave(3, 0).repeat_interleave(3, 1);
    auto outFull = m->decoder(e.memory, emb, full.decoderCross, full.decoderSelf);
    auto outStep = m->decoder(e.memory, emb, step.decoderCross, step.decoderSelf);
    auto outBlocks =
        m->decoder(e.memory, emb, full.decoderCross, full.decoderSelf & blocks.unsqueeze(0));
    MODEL_CHECK(maxAbsDiff(outStep, outBlocks) < 1e-5);
    MODEL_CHECK(maxAbsDiff(outFull, outStep) > 1e-3);
    // Forecasting stays causal across steps: no query sees a later step's query.
    auto forecast = attentionMasks(uniformMasks(PretrainTask::Forecast, b.valid, 4), b.valid);
    MODEL_CHECK(!forecast.decoderSelf[0][0][3].item<bool>());  // step 0 -> step 1
    MODEL_CHECK(forecast.decoderSelf[0][3][0].item<bool>());   // step 1 -> step 0
}

// (c) Every [ours] choice is configurable and saved with the config; changing one changes the
// model; a config written before these fields existed reads as it was trained.
MODEL_TEST(every_choice_is_in_the_saved_config) {
    ModelConfig c = smallConfig();
    c.convKernels = {5, 15};
    c.convStrides = {1, 3};
    c.lossForecast = 0.5;
    c.lossParadigm = 0.1;
    c.stepMaskRatio = 0.3;
    c.channelMaskRatio = 0.6;
    c.separateTimeFreqLoss = false;
    c.decoderAttention = "step";
    c.crossKeyNorm = false;
    c.ropeBase = 500.0;
    c.normEps = 1e-5;
    std::string error;
    const auto back = ModelConfig::deserialize(c.serialize(), &error);
    MODEL_CHECK(back.has_value());
    MODEL_CHECK(back->convKernels == c.convKernels && back->convStrides == c.convStrides);
    MODEL_CHECK(back->lossForecast == 0.5 && back->lossParadigm == 0.1);
    MODEL_CHECK(back->stepMaskRatio == 0.3 && back->channelMaskRatio == 0.6);
    MODEL_CHECK(!back->separateTimeFreqLoss && !back->crossKeyNorm);
    MODEL_CHECK(back->decoderAttention == "step" && back->ropeBase == 500.0);
    MODEL_CHECK(back->normEps == 1e-5);
    for (const char* key :
         {"conv_kernels", "conv_strides", "loss_forecast", "loss_mask_time", "loss_mask_channel",
          "loss_paradigm", "step_mask_ratio", "channel_mask_ratio", "separate_time_freq_loss",
          "decoder_attention", "cross_key_norm", "rope_base", "norm_eps"})
        MODEL_CHECK(c.serialize().find(std::string(key) + "=") != std::string::npos);
    // The choices act: two conv stacks, no key norms, another RoPE base.
    Alfee m(c);
    int keyNorms = 0, stacks = 0;
    for (const auto& item : m->named_parameters()) {
        const std::string& name = item.key();
        keyNorms += name.find("key_norm") != std::string::npos;
        stacks += name.find("stacks.") != std::string::npos &&
                  name.find(".convs.0.weight") != std::string::npos;
    }
    MODEL_CHECK(keyNorms == 0 && stacks == 2);
    // An old config (no such keys) reads with the behaviour it was trained with.
    std::string old = smallConfig().serialize();
    old = old.substr(0, old.find("loss_forecast="));
    const auto legacy = ModelConfig::deserialize(old, &error);
    MODEL_CHECK(legacy.has_value() && legacy->decoderAttention == "step");
    MODEL_CHECK(legacy->convKernels == std::vector<int>({7, 31, 63}) && legacy->crossKeyNorm);
}

int main() {
    return runAll();
}
