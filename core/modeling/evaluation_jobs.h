// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Evaluation (labelled data -> every metric, recorded in the run registry) and inference
// (recordings -> class probabilities per window) of a fine-tuned model. No LibTorch type here.

#include <memory>

#include "core/dataset/dataset_spec.h"
#include "core/engine/attention_maps.h"
#include "core/engine/job.h"
#include "core/engine/reconstruction.h"

namespace alfee::core {

// Which model, on which data, for an evaluation or an inference.
struct EvaluationOptions {
    QString workspace;
    QString run;         // a fine-tuning run (its best checkpoint), or
    QString checkpoint;  // a checkpoint file
    QStringList datasets, dataPaths;
    QString task;  // the head to use by name; empty: the only one (refused when there are several)
    DatasetSpec spec;          // label options for dataPaths (evaluation)
    double windowSeconds = 0;  // files: 0 = the checkpoint's window
    double strideSeconds = 0;  // files: 0 = the window
    int batch = 32;
    QString device = "auto";
    int threads = 0;
    // Reconstruction: one window of dataPaths[0] at onsetSeconds, under maskTask (channel,
    // temporal, forecast or none), masks drawn with maskSeed.
    double onsetSeconds = 0;
    QString maskTask = "channel";
    quint64 maskSeed = 1;
};

// Metrics of a fine-tuned model on labelled windows, per subject too; recorded in the run
// (or in a new evaluation run when a checkpoint file is given). result(): the metrics.
class EvaluateJob : public Job {
    Q_OBJECT
  public:
    explicit EvaluateJob(const EvaluationOptions& options, QObject* parent = nullptr);
    ~EvaluateJob() override;

  protected:
    QString execute(QString* message) override;

  private:
    EvaluationOptions o_;
};

// Class probabilities for every window of some recordings. result()["classes"] and
// result()["windows"]: [{file, onset_s, probabilities[], predicted}].
class InferJob : public Job {
    Q_OBJECT
  public:
    explicit InferJob(const EvaluationOptions& options, QObject* parent = nullptr);
    ~InferJob() override;

  protected:
    QString execute(QString* message) override;

  private:
    EvaluationOptions o_;
};

// One window reconstructed by the model's decoder under a masking task, for the reconstruction
// viewer: emits reconstructed() with plain arrays; result() holds the error per channel.
class ReconstructJob : public Job {
    Q_OBJECT
  public:
    explicit ReconstructJob(const EvaluationOptions& options, QObject* parent = nullptr);
    ~ReconstructJob() override;

  signals:
    void reconstructed(const alfee::core::ReconstructionResult& result);

  protected:
    QString execute(QString* message) override;

  private:
    EvaluationOptions o_;
};

// Where the model looks in one window of options.dataPaths[0] at options.onsetSeconds: the
// channel encoder's attention per step and layer and, for a fine-tuned checkpoint, the task
// tokens' attention over the steps with the window's class probabilities. Emits attention().
class AttentionJob : public Job {
    Q_OBJECT
  public:
    explicit AttentionJob(const EvaluationOptions& options, QObject* parent = nullptr);
    ~AttentionJob() override;

  signals:
    void attention(const alfee::core::AttentionMaps& maps);

  protected:
    QString execute(QString* message) override;

  private:
    EvaluationOptions o_;
};

}  // namespace alfee::core
