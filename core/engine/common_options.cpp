// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/common_options.h"

#include <QCoreApplication>

namespace alfee::core::common_options {
namespace {

constexpr double kLargestSeed = 9007199254740991.0;  // 2^53 - 1: exact in the config JSON

}  // namespace

OptionSpec modelSize(const QString& help) {
    return {
        .flag = "size", .key = "size", .valueName = "NAME", .help = help, .defaultValue = "tiny"};
}

OptionSpec batch(const QString& help) {
    return {.flag = "batch",
            .key = "batch",
            .valueName = "N",
            .help = help,
            .defaultValue = 16,
            .minimum = 1,
            .maximum = 65536};
}

OptionSpec learningRate(double byDefault) {
    return {.flag = "lr",
            .key = "lr",
            .valueName = "X",
            .help = QT_TRANSLATE_NOOP("alfee::core", "Peak learning rate"),
            .defaultValue = byDefault,
            .minimum = 0,
            .maximum = 1,
            .exclusiveMinimum = true};
}

OptionSpec seed(const QString& help) {
    return {.flag = "seed",
            .key = "seed",
            .valueName = "N",
            .help = help,
            .defaultValue = 1,
            .minimum = 0,
            .maximum = kLargestSeed};
}

OptionSpec weightDecay() {
    return {.flag = "weight-decay",
            .key = "weight_decay",
            .valueName = "X",
            .help = "AdamW weight decay",
            .defaultValue = 0.05,
            .minimum = 0,
            .maximum = 1};
}

OptionSpec warmupFraction(double byDefault) {
    return {.flag = "warmup-fraction",
            .key = "warmup_fraction",
            .valueName = "X",
            .help = "Share of the steps in linear warm-up before the cosine decay",
            .defaultValue = byDefault,
            .minimum = 0,
            .maximum = 1};
}

OptionSpec clipNorm() {
    return {.flag = "clip-norm",
            .key = "clip_norm",
            .valueName = "X",
            .help = "Largest gradient norm (larger gradients are scaled)",
            .defaultValue = 1.0,
            .minimum = 0,
            .exclusiveMinimum = true};
}

OptionSpec maxBadSteps() {
    return {.flag = "max-bad-steps",
            .key = "max_bad_steps",
            .valueName = "N",
            .help = "Non-finite steps in a row that end the run as failed",
            .defaultValue = 20,
            .minimum = 1,
            .maximum = 1000000};
}

OptionSpec checkpointEvery(const QString& help, int byDefault, InCommand inCommand) {
    return {.flag = "checkpoint-every",
            .key = "checkpoint_every",
            .valueName = "N",
            .help = help,
            .defaultValue = byDefault,
            .minimum = 1,
            .maximum = 1000000000,
            .inCommand = inCommand};
}

OptionSpec device() {
    return {.flag = "device",
            .key = "device",
            .valueName = "DEVICE",
            .help = "cpu, cuda or auto",
            .defaultValue = "auto"};
}

OptionSpec deterministic() {
    return {.flag = "deterministic",
            .key = "deterministic",
            .help = "Deterministic algorithms (a resumed run ends identical)",
            .defaultValue = false};
}

OptionSpec threads() {
    return {.flag = "threads",
            .key = "threads",
            .valueName = "N",
            .help = QT_TRANSLATE_NOOP("alfee::core", "LibTorch threads (0: every core)"),
            .defaultValue = 0,
            .minimum = 0,
            .maximum = 4096,
            .inCommand = InCommand::Never};
}

OptionSpec runName() {
    return {.flag = "name",
            .valueName = "NAME",
            .help = "Run name",
            .defaultValue = "",
            .inCommand = InCommand::Never};
}

OptionSpec experiment() {
    return {.flag = "experiment",
            .valueName = "NAME",
            .help = "Experiment the run belongs to",
            .defaultValue = "",
            .inCommand = InCommand::Never};
}

OptionSpec forModelRuns(OptionSpec spec) {
    spec.use = kModelRun;
    return spec;
}

}  // namespace alfee::core::common_options
