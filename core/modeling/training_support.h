#pragma once
// Pieces of the training jobs that touch LibTorch: building the model a run starts from,
// checkpoints with the training state, and class probabilities over windows.

#include <QJsonObject>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

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

    std::string toJson() const;
    static CheckpointData fromJson(const std::string& json);
};

// A model for `tasks`: from the checkpoint `from` (encoder weights kept, task heads new where
// the tasks differ) or, with an empty `from`, a fresh model of `size`.
model::Alfee startingModel(const QString& from, const QString& size, const QVector<TaskHead>& tasks,
                           QString* description);

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

// Class probabilities of task `task` for `indices` of `reader`, in batches (no gradient).
// `progress(done)` after each batch; stops with what it has when *cancel becomes true.
QVector<QVector<double>> predictProbabilities(model::AlfeeSession& session, int task,
                                              WindowReader& reader, const QVector<int>& indices,
                                              int batch, const std::atomic_bool* cancel,
                                              const std::function<void(int)>& progress = {});

// SHA-256 of a file, hex.
QString fileSha256(const QString& path);

}  // namespace alfee::core
