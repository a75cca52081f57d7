// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Data-parallel pretraining rests on two model properties: masks drawn from a seed are the
// same whichever way the global batch is split over processes, and with the global counts as
// denominators the parts' losses and gradients add up to the whole batch's.
#include <torch/torch.h>

#include "model/losses.h"
#include "model_check.h"
#include "test_support.h"

using namespace alfee::model;
using namespace alfee::model::testing;

namespace {

Batch rows(const Batch& b, int64_t first, int64_t n) {
    return {b.patches.narrow(0, first, n), b.channels.narrow(0, first, n),
            b.valid.narrow(0, first, n), b.paradigm.narrow(0, first, n)};
}

MaskPlan planOf(const Batch& b, int64_t first, int64_t global, uint64_t seed) {
    return pretrainMasks(b.valid, b.patches.size(2), 0.4, 0.5, {first, global, seed});
}

std::vector<at::Tensor> gradients(Alfee& m) {
    std::vector<at::Tensor> g;
    for (const auto& p : m->parameters())  // unused ones (fine-tuning tokens) have none
        g.push_back(p.grad().defined() ? p.grad().clone() : torch::zeros_like(p));
    return g;
}

}  // namespace

MODEL_TEST(seeded_masks_do_not_depend_on_the_split) {
    Batch b = randomBatch(7, 4, 6);
    b.valid[5][3] = false;  // a recording with fewer channels
    const MaskPlan whole = planOf(b, 0, 7, 11);
    const MaskPlan head = planOf(rows(b, 0, 3), 0, 7, 11), tail = planOf(rows(b, 3, 4), 3, 7, 11);
    MODEL_CHECK(torch::equal(whole.task, torch::cat({head.task, tail.task})));
    MODEL_CHECK(torch::equal(whole.stepMasked, torch::cat({head.stepMasked, tail.stepMasked})));
    MODEL_CHECK(
        torch::equal(whole.channelMasked, torch::cat({head.channelMasked, tail.channelMasked})));
    MODEL_CHECK(whole.task[2].item<int64_t>() == 0 && whole.task[3].item<int64_t>() == 1 &&
                whole.task[6].item<int64_t>() == 2);
    MODEL_CHECK(!torch::equal(whole.stepMasked, planOf(b, 0, 7, 12).stepMasked) ||
                !torch::equal(whole.channelMasked, planOf(b, 0, 7, 12).channelMasked));
}

MODEL_TEST(split_losses_and_gradients_add_up_to_the_whole_batch) {
    torch::manual_seed(3);
    Alfee m(smallConfig());
    m->train();
    Batch b = randomBatch(6, 4, 5);
    b.paradigm[4] = -1;  // an undeclared paradigm
    const MaskPlan whole = planOf(b, 0, 6, 5);
    auto loss = pretrainLoss(m->pretrain(b, whole), b, whole);
    loss.total.backward();
    const auto expected = gradients(m);
    m->zero_grad();

    const Batch parts[2] = {rows(b, 0, 4), rows(b, 4, 2)};
    const MaskPlan plans[2] = {planOf(parts[0], 0, 6, 5), planOf(parts[1], 4, 6, 5)};
    auto counts = pretrainLossCounts(parts[0], plans[0]) + pretrainLossCounts(parts[1], plans[1]);
    MODEL_CHECK(torch::equal(counts, pretrainLossCounts(b, whole)));
    double total = 0, paradigm = 0;
    for (int k = 0; k < 2; ++k) {
        auto l = pretrainLoss(m->pretrain(parts[k], plans[k]), parts[k], plans[k], {}, counts);
        l.total.backward();  // gradients accumulate: the sum over the parts
        total += l.total.item<double>(), paradigm += l.paradigm.item<double>();
    }
    MODEL_CHECK(std::abs(total - loss.total.item<double>()) < 1e-5);
    MODEL_CHECK(std::abs(paradigm - loss.paradigm.item<double>()) < 1e-5);
    const auto summed = gradients(m);
    for (size_t i = 0; i < summed.size(); ++i)
        MODEL_CHECK(maxAbsDiff(summed[i], expected[i]) < 1e-5);
}

int main() {
    return runAll();
}
