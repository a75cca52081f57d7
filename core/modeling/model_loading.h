// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the evaluation, reconstruction and attention jobs share: the checkpoint a run selected,
// the model loaded on its device, and one preprocessed window of a recording. Errors throw
// std::runtime_error with a message that names the file or run; Job::run turns it into a
// failed status.

#include <memory>

#include "core/modeling/evaluation_jobs.h"
#include "core/modeling/training_support.h"
#include "core/workspace/workspace.h"

namespace alfee::core {

[[noreturn]] void failJob(const QString& message);

// The workspace at `path`, created when it does not exist yet.
std::unique_ptr<Workspace> openOrCreateWorkspace(const QString& path);

// The checkpoint a run selected (its best, else its last), or options.checkpoint without a run.
QString selectedCheckpoint(const EvaluationOptions& options, Workspace& workspace, qint64* runId);

// The checkpoint `options` names: the run's (in its workspace) or the file.
QString checkpointOfOptions(const EvaluationOptions& options);

// A model on its device with what its checkpoint says about the data.
struct LoadedModel {
    std::unique_ptr<model::AlfeeSession> session;
    CheckpointData data;
};

// Loads `path` on options.device; `needHead`: fail for a checkpoint without fine-tuning head.
LoadedModel loadModel(const QString& path, const EvaluationOptions& options, bool needHead = true);

// The window of options.dataPaths[0] at options.onsetSeconds, cut and preprocessed as the
// checkpoint's data says (all its electrodes the recording has).
PreparedWindow windowOfOptions(const EvaluationOptions& options, const CheckpointData& model);

}  // namespace alfee::core
