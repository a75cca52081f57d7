// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The run registry of a workspace: experiments, runs, their parameters, metrics per step and
// epoch, checkpoints, final results per split and subject, and predictions per window.

#include <QJsonArray>
#include <QJsonObject>
#include <QVector>
#include <optional>

#include "core/workspace/workspace.h"

namespace alfee::core {

// Run status values as stored and printed.
namespace run_status {
inline const QString kRunning = "running", kFinished = "finished", kCancelled = "cancelled",
                     kFailed = "failed", kInterrupted = "interrupted";
}

// What a new run is, before it starts.
struct NewRun {
    QString kind;  // finetune, evaluate, infer, pretrain
    QString name, experiment;
    QJsonObject config;
    QString dataset, datasetHash, device;
    int threads = 0;
    qint64 seed = 0;
};

// One row of the runs table.
struct RunRecord {
    qint64 id = 0;
    QString kind, name, experiment, status, message;
    QJsonObject config;
    QString dataset, datasetHash, programVersion, device, createdAt, updatedAt, endedAt;
    int threads = 0;
    qint64 seed = 0, step = 0, epoch = 0, skippedSteps = 0;

    QJsonObject toJson() const;  // run, name, experiment, kind, status, ...
};

// A checkpoint a run wrote.
struct CheckpointRecord {
    QString path, sha256;
    qint64 step = 0, epoch = 0;
    bool best = false;
};

// Metrics of one evaluation over a split, or over one subject of it.
struct ResultRecord {
    QString split, subject;  // subject empty: the whole split
    QJsonObject metrics;     // balanced_accuracy, auroc, ..., confusion_matrix, n_windows
};

// One window's prediction.
struct PredictionRecord {
    QString recording, subject, split;
    double onsetSeconds = 0;
    int trueLabel = -1;  // -1: unlabelled
    QVector<double> probabilities;
    // What made it, as read back: "finetune:TASK", "baseline:bandpower", "evaluate:TASK".
    QString source{};
};

// Reads and writes the registry tables. One per thread, like its Workspace.
class RunRegistry {
  public:
    explicit RunRegistry(Workspace& workspace) : ws_(workspace) {}

    std::optional<qint64> create(const NewRun& run, QString* error);
    // Takes a run over for this process (resume): status running, this pid and host.
    bool claim(qint64 run, QString* error);
    // The run to resume, claimed: refused (nullopt, *error) when it is not of `kind`, has
    // finished, or is running in another process.
    std::optional<RunRecord> claimForResume(qint64 run, const QString& kind, QString* error);
    bool finish(qint64 run, const QString& status, const QString& message, QString* error);
    // Deletes a run, its records and its folder of checkpoints; refused while it runs.
    bool remove(qint64 run, QString* error);
    // The folder of a run's checkpoints: <workspace>.runs/<id>.
    QString runFolder(qint64 run) const;
    bool setProgress(qint64 run, qint64 step, qint64 epoch, qint64 skippedSteps, QString* error);
    // Sets one key of the run's config (and its run_params row): what is known only once the
    // run has started, such as the decoder attention its model chose.
    bool addToConfig(qint64 run, const QString& key, const QJsonValue& value, QString* error);
    bool logMetrics(qint64 run, qint64 step, qint64 epoch,
                    const QVector<QPair<QString, double>>& values, QString* error);
    // Forgets metrics logged after `step` (work redone after a resume), keeps the rest.
    bool forgetAfter(qint64 run, qint64 step, QString* error);
    bool addCheckpoint(qint64 run, const CheckpointRecord& checkpoint, QString* error);
    bool recordResults(qint64 run, const QString& source, const QStringList& classes,
                       const QVector<ResultRecord>& results, QString* error);
    bool recordPredictions(qint64 run, const QString& source,
                           const QVector<PredictionRecord>& predictions, QString* error);

    // Every run, newest first; runs whose process died are marked interrupted first.
    QVector<RunRecord> list(QString* error);
    // By id or by name (the newest of that name).
    std::optional<RunRecord> find(const QString& idOrName, QString* error);
    // The evaluations of `run`: runs of kind evaluate whose config names it (evaluates_run),
    // oldest first. They are records of their own, never part of the run's results.
    QVector<RunRecord> evaluationsOf(qint64 run, QString* error);
    // Each evaluation of `run` in short: run, name, dataset, status, created_at, task, warnings
    // and the metrics over all its windows.
    QJsonArray evaluationSummaries(qint64 run, QString* error);
    QVector<CheckpointRecord> checkpoints(qint64 run, QString* error);
    // The checkpoint a run selected: its best, else its last; empty when it wrote none.
    QString selectedCheckpoint(qint64 run, QString* error);
    // Config, parameters, last value of each metric, metric history, checkpoints, results and
    // the run's evaluations (evaluationSummaries).
    QJsonObject details(const RunRecord& run, QString* error);
    QJsonArray results(qint64 run, QString* error);
    // Every window the run predicted, in the order they were recorded.
    QVector<PredictionRecord> predictions(qint64 run, QString* error);
    // A window the run predicted, for the example figures of a report: the first of its test
    // split, else the first of any; nullopt when it predicted none (or on error).
    std::optional<PredictionRecord> examplePrediction(qint64 run, QString* error);

  private:
    bool markDeadRunsInterrupted(QString* error);
    std::optional<qint64> experimentId(const QString& name, QString* error);

    Workspace& ws_;
};

}  // namespace alfee::core
