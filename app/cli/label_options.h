// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The label and window options shared by `alfee dataset create` and the training commands
// (--label-from, --class, --filter, --window, --stride, --split, --band, --notch, ...).

#include <QCommandLineParser>

#include "app/cli/cli_context.h"
#include "core/dataset/dataset_spec.h"

namespace alfee::cli {

void addLabelOptions(QCommandLineParser& parser);
// Checks --window, --stride, --split-seed and --notch where the label options are not read (a
// --dataset run); false with the flag named in *error.
bool checkLabelNumbers(const QCommandLineParser& parser, QString* error);
// Fills everything of *spec but its name and task; *error says which option is wrong.
bool specFromLabelOptions(const QCommandLineParser& parser, DatasetSpec* spec, QString* error);

}  // namespace alfee::cli
