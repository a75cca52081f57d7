// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The model that evaluate and infer apply: a checkpoint's network on its device, or the fitted
// linear head of a band-power baseline or a frozen encoder's probe (no checkpoint of its own).
// Either says which windows it reads (preprocessing, window length, electrodes) and its heads.

#include <memory>
#include <optional>

#include "core/modeling/evaluation_jobs.h"
#include "core/modeling/linear_head_predictor.h"
#include "core/modeling/training_support.h"

namespace alfee::core {

// A checkpoint's network, or a baseline's model.
struct AppliedModel {
    QString source;  // the checkpoint file, or the baseline's model file
    QString device;  // where it runs: "cpu", "cuda:0"
    CheckpointData data;
    std::unique_ptr<model::AlfeeSession> session;  // null for a baseline
    std::optional<LinearHeadPredictor> baseline;   // a linear-head run's model

    // Probabilities of head `task` for windows `indices` of `reader` (prepared); what it has
    // when *cancel becomes true. Throws (failJob) when a window cannot be read.
    QVector<QVector<double>> predict(WindowReader& reader, const TrainingData& data,
                                     const QVector<int>& indices, int task, int batch,
                                     const std::atomic_bool* cancel,
                                     const std::function<void(int)>& progress) const;
};

// The model `options` name: the run's (a band-power baseline run: its fitted model; any other:
// its best checkpoint) in `workspace`, or the checkpoint file. *run: the run's id, 0 for a file.
AppliedModel appliedModel(const EvaluationOptions& options, Workspace* workspace, qint64* run);

}  // namespace alfee::core
