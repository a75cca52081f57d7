// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/masks.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>

namespace alfee::model {
namespace {

using Generator = c10::optional<at::Generator>;

void drawStepMask(at::Tensor row, int64_t steps, double ratio, const Generator& g) {
    const int64_t k = std::clamp<int64_t>(std::llround(ratio * steps), 1, steps);
    row.index_fill_(0, torch::randperm(steps, g, torch::kLong).narrow(0, 0, k), true);
}

void drawChannelMask(at::Tensor row, const at::Tensor& valid, double ratio, const Generator& g) {
    auto validIdx = valid.nonzero().flatten();
    const int64_t n = validIdx.size(0);
    const int64_t k = std::min<int64_t>(static_cast<int64_t>(std::floor(ratio * n)), n - 1);
    if (k <= 0) return;
    row.index_fill_(
        0, validIdx.index_select(0, torch::randperm(n, g, torch::kLong).narrow(0, 0, k)), true);
}

// A generator of its own for global sample `index` (splitmix64 of the pair), or none.
Generator sampleGenerator(const MaskDraw& draw, int64_t index) {
    if (!draw.seed) return c10::nullopt;
    uint64_t z = *draw.seed * 0x9E3779B97F4A7C15ULL + static_cast<uint64_t>(index) + 1;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return at::make_generator<at::CPUGeneratorImpl>(z ^ (z >> 31));
}

MaskPlan emptyPlan(const at::Tensor& valid, int64_t steps) {
    const int64_t b = valid.size(0), c = valid.size(1);
    auto cpuBool = torch::TensorOptions().dtype(torch::kBool);
    return {torch::full({b}, static_cast<int64_t>(PretrainTask::None), torch::kLong),
            torch::zeros({b, steps}, cpuBool), torch::zeros({b, c}, cpuBool)};
}

void drawFor(MaskPlan& plan, int64_t i, PretrainTask task, const at::Tensor& valid, int64_t steps,
             double stepRatio, double channelRatio, const Generator& g = c10::nullopt) {
    plan.task[i] = static_cast<int64_t>(task);
    if (task == PretrainTask::MaskTime) drawStepMask(plan.stepMasked[i], steps, stepRatio, g);
    if (task == PretrainTask::MaskChannel)
        drawChannelMask(plan.channelMasked[i], valid[i], channelRatio, g);
}

MaskPlan toDevice(MaskPlan plan, const at::Tensor& like) {
    return {plan.task.to(like.device()), plan.stepMasked.to(like.device()),
            plan.channelMasked.to(like.device())};
}

}  // namespace

MaskPlan pretrainMasks(const at::Tensor& valid, int64_t steps, double stepRatio,
                       double channelRatio, const MaskDraw& draw) {
    auto cpuValid = valid.to(torch::kCPU);
    MaskPlan plan = emptyPlan(cpuValid, steps);
    const int64_t b = cpuValid.size(0);
    const int64_t global = draw.globalBatch > 0 ? draw.globalBatch : b;
    for (int64_t i = 0; i < b; ++i) {
        const int64_t at = draw.first + i;
        const auto task = static_cast<PretrainTask>(std::min<int64_t>(2, at * 3 / global));
        drawFor(plan, i, task, cpuValid, steps, stepRatio, channelRatio, sampleGenerator(draw, at));
    }
    return toDevice(plan, valid);
}

MaskPlan uniformMasks(PretrainTask task, const at::Tensor& valid, int64_t steps, double stepRatio,
                      double channelRatio) {
    auto cpuValid = valid.to(torch::kCPU);
    MaskPlan plan = emptyPlan(cpuValid, steps);
    for (int64_t i = 0; i < cpuValid.size(0); ++i)
        drawFor(plan, i, task, cpuValid, steps, stepRatio, channelRatio);
    return toDevice(plan, valid);
}

AttentionMasks attentionMasks(const MaskPlan& plan, const at::Tensor& valid, bool fullDecoder) {
    const int64_t b = valid.size(0), c = valid.size(1), t = plan.stepMasked.size(1);
    auto dev = valid.device();
    auto isTask = [&](PretrainTask k) {
        return (plan.task == static_cast<int64_t>(k)).view({b, 1, 1});
    };
    auto idx = torch::arange(t + 1, torch::TensorOptions().dtype(torch::kLong).device(dev));
    auto causal = idx.view({t + 1, 1}) >= idx.view({1, t + 1});  // key j at or before query i
    auto ones =
        torch::ones({b, t + 1, t + 1}, torch::TensorOptions().dtype(torch::kBool).device(dev));
    auto stepKeys =
        torch::cat({torch::ones({b, 1}, ones.options()), plan.stepMasked.logical_not()}, 1);

    AttentionMasks m;
    m.channelKeys = valid & plan.channelMasked.logical_not();
    m.temporal =
        torch::where(isTask(PretrainTask::Forecast), causal.expand({b, t + 1, t + 1}),
                     torch::where(isTask(PretrainTask::MaskTime),
                                  stepKeys.view({b, 1, t + 1}).expand({b, t + 1, t + 1}), ones));
    auto rows = ones.narrow(1, 1, t);
    m.decoderCross =
        torch::where(isTask(PretrainTask::Forecast), causal.narrow(0, 1, t).expand({b, t, t + 1}),
                     torch::where(isTask(PretrainTask::MaskTime),
                                  stepKeys.view({b, 1, t + 1}).expand({b, t, t + 1}), rows));
    auto masked = plan.channelMasked.view({b, 1, c}) | plan.stepMasked.view({b, t, 1});  // [B,T,C]
    if (!fullDecoder) {
        auto self = valid.view({b, 1, 1, c}) &
                    (masked.view({b, t, c, 1}) | masked.logical_not().view({b, t, 1, c}));
        m.decoderSelf = self.reshape({b * t, c, c});
        return m;
    }
    const int64_t n = t * c;
    auto q = masked.reshape({b, n, 1}), k = masked.reshape({b, 1, n});
    auto keyValid = valid.view({b, 1, c}).expand({b, t, c}).reshape({b, 1, n});
    // Forecasting: query (t, .) sees keys of steps <= t only.
    auto stepOf = torch::arange(t, idx.options()).repeat_interleave(c);
    auto notLater = (stepOf.view({n, 1}) >= stepOf.view({1, n})).view({1, n, n});
    auto order = torch::where(isTask(PretrainTask::Forecast), notLater.expand({b, n, n}),
                              torch::ones({b, n, n}, ones.options()));
    m.decoderSelf = keyValid & (q | k.logical_not()) & order;
    return m;
}

}  // namespace alfee::model
