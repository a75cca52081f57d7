// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The masks of the three pretraining tasks (MODEL.md section 6) and the attention masks that
// carry them through the model; masking is never done by editing the input.

#include <ATen/core/Tensor.h>

#include <cstdint>
#include <optional>

namespace alfee::model {

// What a sample of the batch is trained on.
enum class PretrainTask : int64_t { Forecast = 0, MaskTime = 1, MaskChannel = 2, None = 3 };

// Per-sample masking: which task, which time steps (MAE-TP) and channels (MAE-CH) are hidden.
struct MaskPlan {
    at::Tensor task;           // [B] int64 (PretrainTask)
    at::Tensor stepMasked;     // [B, T] bool
    at::Tensor channelMasked;  // [B, C] bool
};

// Boolean attention masks (true: the query may attend to the key).
struct AttentionMasks {
    at::Tensor channelKeys;   // [B, C]: channel-encoder keys (no padding, no masked channel)
    at::Tensor temporal;      // [B, T+1, T+1]: temporal encoder, t_DT first
    at::Tensor decoderCross;  // [B, T, T+1]: decoder queries of step t -> encoder outputs
    // Decoder self-attention: [B, T*C, T*C] among all queries (full), or [B*T, C, C] among
    // the channels of one step. Masked queries see every valid query, visible ones only the
    // visible; in forecasting a query sees no later step (it has read memory up to its own).
    at::Tensor decoderSelf;
};

// Where a batch sits in the global batch of a data-parallel step, and the seed its masks are
// drawn from. Sample i of the batch is sample first+i of the global one: its task is that
// position's third, and a seed makes its masks a function of (seed, first+i) alone, so that
// any split of the global batch over processes draws the same masks as one process.
struct MaskDraw {
    int64_t first = 0;
    int64_t globalBatch = 0;       // 0: this batch is the whole batch
    std::optional<uint64_t> seed;  // none: the global random generator
};

// Splits the batch in three consecutive parts (forecast, time mask, channel mask) and draws the
// masks: 40% of steps, 50% of the valid channels with at least one left visible.
MaskPlan pretrainMasks(const at::Tensor& valid, int64_t steps, double stepRatio = 0.4,
                       double channelRatio = 0.5, const MaskDraw& draw = {});
// Every sample of one task, with the masks drawn as above (tests, reconstruction views).
MaskPlan uniformMasks(PretrainTask task, const at::Tensor& valid, int64_t steps,
                      double stepRatio = 0.4, double channelRatio = 0.5);
AttentionMasks attentionMasks(const MaskPlan& plan, const at::Tensor& valid,
                              bool fullDecoder = true);

}  // namespace alfee::model
