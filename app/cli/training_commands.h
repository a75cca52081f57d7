// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `alfee pretrain`, `alfee finetune`, `alfee evaluate` and `alfee infer`: the training jobs
// from the command line.

#include <QCommandLineParser>

#include "app/cli/cli_context.h"
#include "core/engine/finetune_options.h"
#include "core/engine/pretrain_options.h"

namespace alfee::cli {

// The flags of `alfee pretrain` and `alfee finetune`: the option tables' and the data's.
void addPretrainFlags(QCommandLineParser& parser);
void addFineTuneFlags(QCommandLineParser& parser);
// The options the parsed flags say (`args`: the command line, for the order of the data
// sources); false with the flag named in *error.
bool pretrainOptions(const QCommandLineParser& parser, const QStringList& args,
                     PretrainOptions* options, QString* error);
bool fineTuneOptions(const QCommandLineParser& parser, FineTuneOptions* options, QString* error);

int runPretrain(CliContext& ctx);
int runFineTune(CliContext& ctx);
int runEvaluate(CliContext& ctx);
int runInfer(CliContext& ctx);

}  // namespace alfee::cli
