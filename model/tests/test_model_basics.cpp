// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Size presets and the log-periodogram of the frequency branch.
#include <torch/torch.h>

#include <cmath>

#include "model/model_config.h"
#include "model/spectral.h"
#include "model_check.h"

using namespace alfee::model;

MODEL_TEST(presets_are_valid_and_match_model_md) {
    MODEL_CHECK(presetNames().size() == 6);
    for (const auto& name : presetNames()) {
        auto c = presetConfig(name);
        MODEL_CHECK(c.has_value());
        MODEL_CHECK(c->validate().empty());
    }
    auto base = presetConfig("B");
    MODEL_CHECK(base->freqDim() == 128);  // MODEL.md: Base is 512 + 128
    MODEL_CHECK(base->timeDim() == 512);
    MODEL_CHECK(!presetConfig("XXL").has_value());
}

MODEL_TEST(invalid_config_is_explained) {
    ModelConfig c;
    c.heads = 3;
    MODEL_CHECK(!c.validate().empty());
}

MODEL_TEST(hann_window_sums_to_96) {
    auto w = periodicHann(256, torch::TensorOptions().dtype(torch::kFloat64));
    MODEL_CHECK_NEAR((w * w).sum().item<double>(), 96.0, 1e-12);
    MODEL_CHECK_NEAR(w[0].item<double>(), 0.0, 1e-15);
    MODEL_CHECK_NEAR(w[128].item<double>(), 1.0, 1e-15);
}

MODEL_TEST(log_periodogram_of_a_sine_peaks_at_its_bin) {
    auto t = torch::arange(256, torch::kFloat64) / 256.0;
    auto x = torch::sin(2 * M_PI * 10.0 * t).unsqueeze(0);
    auto p = logPeriodogram(x);
    MODEL_CHECK(p.size(-1) == 129);
    MODEL_CHECK(p.argmax(-1).item<int64_t>() == 10);
    // Parseval for a Hann window: the 10 Hz bin holds (sum w / 2)^2 / sum w^2 = 128^2/4/96.
    MODEL_CHECK_NEAR(std::pow(10.0, p[0][10].item<double>()), 128.0 * 128.0 / 4.0 / 96.0, 1e-6);
}

MODEL_TEST(log_periodogram_clamps_silence) {
    auto p = logPeriodogram(torch::zeros({2, 3, 256}));
    MODEL_CHECK(p.sizes() == torch::IntArrayRef({2, 3, 129}));
    MODEL_CHECK_NEAR(p.max().item<double>(), -10.0, 1e-6);
}

int main() {
    return alfee::model::testing::runAll();
}
