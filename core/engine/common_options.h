// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The training options that pretraining and fine-tuning share, each defined once: the option
// tables (finetune_options.cpp, pretrain_options.cpp) bind them to their own fields, with the
// default that kind of run starts from where the two differ.

#include "core/engine/training_option.h"

namespace alfee::core::common_options {

OptionSpec modelSize(const QString& help);
OptionSpec batch(const QString& help);
OptionSpec learningRate(double byDefault);
OptionSpec seed(const QString& help);
OptionSpec weightDecay();
OptionSpec warmupFraction(double byDefault);
OptionSpec clipNorm();
OptionSpec maxBadSteps();
// Runtime only for fine-tuning; pretraining also validates at each checkpoint, so there it is
// part of the result (`inCommand` Always).
OptionSpec checkpointEvery(const QString& help, int byDefault, InCommand inCommand);
OptionSpec device();
OptionSpec deterministic();
OptionSpec threads();
OptionSpec runName();
OptionSpec experiment();

// `spec` for fine-tuning the model only (not the band-power baseline).
OptionSpec forModelRuns(OptionSpec spec);

}  // namespace alfee::core::common_options
