// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Pieces of the training jobs that touch LibTorch: building the model a run starts from,
// checkpoints with the training state, and class probabilities over windows.

#include <QJsonObject>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

#include "core/engine/file_hash.h"
#include "core/engine/run_registry.h"
#include "core/engine/training_data.h"
#include "core/engine/window_reader.h"
#include "core/modeling/torch_include.h"
#include "core/modeling/training_state.h"
#include "model/alfee.h"

namespace alfee::core {

// The head of one fine-tuning task: its name and classes.
struct TaskHead {
    QString name;
    QStringList classes;
};

// What a fine-tuned checkpoint says about its data besides the weights (stored as the
// checkpoint's preprocessing JSON): preprocessing, window length, tasks and classes.
struct CheckpointData {
    QJsonObject preprocess;
    double windowSeconds = 10;
    QStringList electrodes;
    QVector<TaskHead> tasks;
    QString align = "none";        // `--align` of the run: evaluation and inference align alike
    bool subjectCentring = false;  // a linear head's features centred per subject (not stored)

    std::string toJson() const;
    static CheckpointData fromJson(const std::string& json);
};

// The model a fine-tuning run starts from, and what of the checkpoint it did not take.
struct StartingPoint {
    model::Alfee model{nullptr};
    QString description;   // "from scratch (ALFEE-tiny)", "from FILE (ALFEE-tiny)"
    QString checkpoint;    // empty from scratch
    CheckpointData data;   // the checkpoint's preprocessing and window (default from scratch)
    QStringList fresh;     // tensors the checkpoint lacks (a new task head): initialised fresh
    QStringList reshaped;  // "name [shape] (checkpoint: [shape])": of another shape, fresh too
};

// A model for `tasks`: from the checkpoint `from` (every tensor of the same name and shape
// kept, the others listed) or, with an empty `from`, a fresh model of `size`.
StartingPoint startingModel(const QString& from, const QString& size,
                            const QVector<TaskHead>& tasks);

// Writes a checkpoint; throws std::runtime_error naming the file on failure.
void writeCheckpoint(const QString& path, model::Alfee& model,
                     const torch::optim::Optimizer* optimizer, const CheckpointData& data,
                     qint64 step, const QJsonObject& trainingState);
model::LoadedCheckpoint readCheckpoint(const QString& path, const c10::Device& device);
// The resumable checkpoint of a run (weights, optimizer, training state) at `path`, recorded in
// the registry with the run's progress; throws std::runtime_error on failure.
void saveResumable(RunRegistry& registry, qint64 run, const QString& path, model::Alfee& model,
                   const torch::optim::Optimizer& optimizer, const CheckpointData& data,
                   const TrainingState& state);

// How the decoder attends over the windows of `data` under `config` ("auto" switches from full
// to per-step attention above a number of queries, channels x steps): for the run's record.
QJsonObject decoderAttentionUse(const model::ModelConfig& config,
                                const QVector<const TrainingData*>& data);

// Class probabilities of task `task` for `indices` of `reader`, in batches (no gradient).
// `progress(done)` after each batch; stops with what it has when *cancel becomes true.
QVector<QVector<double>> predictProbabilities(model::AlfeeSession& session, int task,
                                              WindowReader& reader, const QVector<int>& indices,
                                              int batch, const std::atomic_bool* cancel,
                                              const std::function<void(int)>& progress = {});

}  // namespace alfee::core
