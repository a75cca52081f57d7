// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the fine-tuning wizard's pages fill in and read, shared by the pages without the wizard.

#include <QTemporaryDir>

#include "core/engine/finetune_options.h"
#include "core/engine/training_data.h"

namespace alfee::ui {

// The run's options and the preview of its data, as the wizard's pages fill them in.
struct FineTuneDraft {
    core::FineTuneOptions options;
    core::TrainingData preview;  // valid once `previewed`
    bool previewed = false;
    QString previewError;
    QString estimate;       // the settings page's measured run time, in words; empty: not measured
    int compareFolds = 0;   // > 0: a study against band power over this many folds, not one run
    QTemporaryDir scratch;  // the workspace copy of the preview and the timing run
};

}  // namespace alfee::ui
