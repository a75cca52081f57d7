// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The tasks of a fine-tuning run (one per dataset, each with its own head) and the order in
// which their training windows are visited: a pure function of (seed, epoch), so that a resumed
// run sees the same batches.

#include <memory>
#include <vector>

#include "core/modeling/training_support.h"

namespace alfee::core {

// One fine-tuning task: a dataset, its windows per split and its head.
struct FineTuneTask {
    TaskHead head;
    TrainingData data;
    std::unique_ptr<WindowReader> reader;
    QVector<int> train, validation, test;
    at::Tensor classWeights;
};

// One step of an epoch: a batch of one task's training windows.
struct PlannedBatch {
    int task = 0;
    QVector<int> windows;
};

// The epoch's batches: each task's training windows shuffled and cut into batches, the tasks'
// batches interleaved.
QVector<PlannedBatch> epochPlan(const std::vector<FineTuneTask>& tasks, quint64 seed, int epoch,
                                int batch);
// The labels of `windows` of `task`, as a tensor of class indices.
at::Tensor labelsOf(const FineTuneTask& task, const QVector<int>& windows);
// Class weights 1/sqrt(count) over the task's training windows (MODEL.md section 7).
at::Tensor classWeightsOf(const FineTuneTask& task);

}  // namespace alfee::core
