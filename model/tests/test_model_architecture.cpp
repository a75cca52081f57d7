// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Shapes over channel and step counts, mixed channel sets, and the leak tests of the masks:
// each shows that a masked input cannot reach what the loss compares, and that the same change
// does reach it when the mask is off.
#include <torch/torch.h>

#include "model/losses.h"
#include "model/model_info.h"
#include "model_check.h"
#include "test_support.h"

using namespace alfee::model;
using namespace alfee::model::testing;

namespace {

Alfee smallModel() {
    torch::manual_seed(7);
    Alfee m(smallConfig());
    m->eval();
    return m;
}

}  // namespace

MODEL_TEST(shapes_over_channels_and_steps) {
    torch::NoGradGuard noGrad;
    Alfee m = smallModel();
    for (int64_t c : {1, 4, 19, 64, 90})
        for (int64_t t : {1, 5, 30}) {
            Batch b = randomBatch(1, c, t);
            auto out = m->pretrain(b, pretrainMasks(b.valid, t), true);
            MODEL_CHECK(out.reconstruction.sizes() == torch::IntArrayRef({1, t, c, 385}));
            MODEL_CHECK(out.paradigmLogits.sizes() == torch::IntArrayRef({1, 10}));
            MODEL_CHECK(out.encoded.channelAttention.size() == 1);
            MODEL_CHECK(out.encoded.channelAttention[0].sizes() ==
                        torch::IntArrayRef({1, t, 4, c}));
            MODEL_CHECK(torch::isfinite(out.reconstruction).all().item<bool>());
            at::Tensor cls;
            auto logits = m->classify(b, &cls);
            MODEL_CHECK(logits.size() == 2 && logits[1].sizes() == torch::IntArrayRef({1, 3}));
            MODEL_CHECK(cls.sizes() == torch::IntArrayRef({1, 4, 2, t}));
        }
}

MODEL_TEST(attention_weights_are_distributions_over_visible_channels) {
    torch::NoGradGuard noGrad;
    Alfee m = smallModel();
    Batch b = randomBatch(2, 8, 3);
    auto plan = uniformMasks(PretrainTask::MaskChannel, b.valid, 3);
    auto w = m->pretrain(b, plan, true).encoded.channelAttention[0];  // [B, T, H, C]
    MODEL_CHECK_NEAR(w.sum(-1).min().item<double>(), 1.0, 1e-5);
    auto onMasked = (w * plan.channelMasked.view({2, 1, 1, 8})).abs().max().item<double>();
    MODEL_CHECK(onMasked == 0.0);
}

MODEL_TEST(mixed_channel_sets_pad_and_mask) {
    torch::NoGradGuard noGrad;
    Alfee m = smallModel();
    // Sample 0 has 6 channels, sample 1 only 3: its last 3 are padding.
    Batch b = randomBatch(2, 6, 4);
    b.valid[1].narrow(0, 3, 3).fill_(false);
    auto out = m->pretrain(b, pretrainMasks(b.valid, 4));
    MODEL_CHECK(torch::isfinite(out.reconstruction).all().item<bool>());
    auto loss = pretrainLoss(out, b, pretrainMasks(b.valid, 4));
    MODEL_CHECK(torch::isfinite(loss.total).item<bool>());
}

MODEL_TEST(padding_channels_change_nothing) {
    torch::NoGradGuard noGrad;
    Alfee m = smallModel();
    Batch small = randomBatch(1, 5, 4, 3);
    Batch padded = small;
    padded.patches = torch::cat({small.patches, torch::randn({1, 3, 4, 256}) * 50}, 1);
    padded.channels = torch::cat({small.channels, torch::tensor({{80, 81, 82}})}, 1);
    padded.valid = torch::cat({small.valid, torch::zeros({1, 3}, torch::kBool)}, 1);
    for (auto task : {PretrainTask::Forecast, PretrainTask::MaskTime, PretrainTask::None}) {
        torch::manual_seed(5);
        auto planSmall = uniformMasks(task, small.valid, 4);
        MaskPlan planPadded{
            planSmall.task, planSmall.stepMasked,
            torch::cat({planSmall.channelMasked, torch::zeros({1, 3}, torch::kBool)}, 1)};
        auto a = m->pretrain(small, planSmall);
        auto p = m->pretrain(padded, planPadded);
        MODEL_CHECK(maxAbsDiff(a.reconstruction, p.reconstruction.narrow(2, 0, 5)) < 1e-4);
        MODEL_CHECK(maxAbsDiff(a.paradigmLogits, p.paradigmLogits) < 1e-4);
    }
    MODEL_CHECK(maxAbsDiff(m->classify(small)[0], m->classify(padded)[0]) < 1e-4);
    // Control: the same extra channels marked valid do change the outputs.
    padded.valid.fill_(true);
    MODEL_CHECK(maxAbsDiff(m->classify(small)[0], m->classify(padded)[0]) > 1e-4);
}

MODEL_TEST(masked_channels_cannot_leak) {
    torch::NoGradGuard noGrad;
    Alfee m = smallModel();
    Batch b = randomBatch(2, 6, 4, 11);
    auto plan = uniformMasks(PretrainTask::MaskChannel, b.valid, 4);
    Batch changed = b;
    changed.patches = b.patches + plan.channelMasked.view({2, 6, 1, 1}).to(torch::kFloat32) * 10;
    auto before = m->pretrain(b, plan).reconstruction;
    auto after = m->pretrain(changed, plan).reconstruction;
    MODEL_CHECK(maxAbsDiff(before, after) < 1e-5);  // every output, the masked channels' included
    auto none = uniformMasks(PretrainTask::None, b.valid, 4);
    auto sel = plan.channelMasked.view({2, 1, 6, 1}).expand({2, 4, 6, 385});
    MODEL_CHECK(maxAbsDiff(m->pretrain(b, none).reconstruction.masked_select(sel),
                           m->pretrain(changed, none).reconstruction.masked_select(sel)) > 1e-3);
}

MODEL_TEST(masked_steps_cannot_leak) {
    torch::NoGradGuard noGrad;
    Alfee m = smallModel();
    Batch b = randomBatch(2, 5, 6, 13);
    auto plan = uniformMasks(PretrainTask::MaskTime, b.valid, 6);
    Batch changed = b;
    changed.patches = b.patches + plan.stepMasked.view({2, 1, 6, 1}).to(torch::kFloat32) * 10;
    auto before = m->pretrain(b, plan), after = m->pretrain(changed, plan);
    MODEL_CHECK(maxAbsDiff(before.reconstruction, after.reconstruction) < 1e-5);
    MODEL_CHECK(maxAbsDiff(before.paradigmLogits, after.paradigmLogits) < 1e-5);
    auto none = uniformMasks(PretrainTask::None, b.valid, 6);
    auto sel = plan.stepMasked.view({2, 6, 1, 1}).expand({2, 6, 5, 385});
    MODEL_CHECK(maxAbsDiff(m->pretrain(b, none).reconstruction.masked_select(sel),
                           m->pretrain(changed, none).reconstruction.masked_select(sel)) > 1e-3);
}

MODEL_TEST(forecasting_cannot_see_the_future) {
    torch::NoGradGuard noGrad;
    Alfee m = smallModel();
    const int64_t t = 6, cut = 2;  // patches after step 2 change; the prediction of 3 must not
    Batch b = randomBatch(1, 4, t, 17);
    auto plan = uniformMasks(PretrainTask::Forecast, b.valid, t);
    Batch changed = b;
    changed.patches = b.patches.clone();
    changed.patches.narrow(2, cut + 1, t - cut - 1).add_(10);
    auto before = m->pretrain(b, plan).reconstruction,
         after = m->pretrain(changed, plan).reconstruction;
    // Outputs at steps 0..cut predict patches 1..cut+1.
    MODEL_CHECK(maxAbsDiff(before.narrow(1, 0, cut + 1), after.narrow(1, 0, cut + 1)) < 1e-5);
    auto none = uniformMasks(PretrainTask::None, b.valid, t);
    MODEL_CHECK(maxAbsDiff(m->pretrain(b, none).reconstruction.narrow(1, cut, 1),
                           m->pretrain(changed, none).reconstruction.narrow(1, cut, 1)) > 1e-3);
}

MODEL_TEST(losses_have_their_weights_and_skip_empty_tasks) {
    torch::NoGradGuard noGrad;
    Alfee m = smallModel();
    Batch b = randomBatch(3, 4, 5);
    auto plan = pretrainMasks(b.valid, 5);
    MODEL_CHECK(plan.task[0].item<int64_t>() == 0 && plan.task[1].item<int64_t>() == 1 &&
                plan.task[2].item<int64_t>() == 2);
    MODEL_CHECK(plan.stepMasked[1].sum().item<int64_t>() == 2);     // 40% of 5 steps
    MODEL_CHECK(plan.channelMasked[2].sum().item<int64_t>() == 2);  // 50% of 4 channels
    auto l = pretrainLoss(m->pretrain(b, plan), b, plan);
    const double expected = 0.4 * l.forecast.item<double>() + 0.275 * l.maskTime.item<double>() +
                            0.275 * l.maskChannel.item<double>() + 0.05 * l.paradigm.item<double>();
    MODEL_CHECK_NEAR(l.total.item<double>(), expected, 1e-5);
    Batch one = randomBatch(1, 1, 1);
    auto onePlan = pretrainMasks(one.valid, 1);  // one channel, one step: nothing to forecast
    auto lone = pretrainLoss(m->pretrain(one, onePlan), one, onePlan);
    MODEL_CHECK(lone.forecast.item<double>() == 0.0 && torch::isfinite(lone.total).item<bool>());
    auto w = inverseSqrtClassWeights(torch::tensor({100.0, 25.0}));
    MODEL_CHECK_NEAR(w[1].item<double>() / w[0].item<double>(), 2.0, 1e-6);
}

MODEL_TEST(parameter_counts_within_ten_percent_of_the_paper) {
    for (const char* name : {"S", "M", "B", "L"}) {
        Alfee m(*presetConfig(name));
        const double millions = parameterTotal(m) / 1e6;
        const double paper = presetConfig(name)->paperParamsMillions;
        std::printf("       %s: %.2fM parameters, paper %.1fM (%+.1f%%)\n", name, millions, paper,
                    (millions / paper - 1) * 100);
        MODEL_CHECK(std::abs(millions / paper - 1) < 0.10);
        int64_t parts = 0;
        for (const auto& [part, n] : parameterCounts(m)) parts += n;
        MODEL_CHECK(parts == parameterTotal(m));
    }
}

int main() {
    return alfee::model::testing::runAll();
}
