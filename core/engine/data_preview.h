// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a fine-tuning run would train on, worked out before it starts and without touching the
// workspace: the workspace is copied (SQLite's VACUUM INTO, consistent while open elsewhere)
// into a scratch folder, and files are imported into the copy only. The fine-tuning wizard
// shows channels, classes and splits from it and times a few real steps on it.

#include "core/engine/finetune_options.h"
#include "core/engine/training_data.h"

namespace alfee::core {

// A copy of `workspace` as `copyPath` (a new file); false with *error.
bool copyWorkspace(const QString& workspace, const QString& copyPath, QString* error);

// The windows `options` describe (its first dataset, or its files cut with its spec), read from
// a copy of options.workspace made in `scratchDir`; options.workspace is not written.
bool previewTrainingData(const FineTuneOptions& options, const QString& scratchDir,
                         TrainingData* out, QString* error);

}  // namespace alfee::core
