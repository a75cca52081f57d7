// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Pretraining as a job (MODEL.md section 6): unlabelled windows of several sources through the
// shard cache with read-ahead (memory flat in corpus size), the batch split in the three masking
// tasks plus the paradigm token, AdamW with warm-up and cosine, clipping, non-finite steps skipped,
// resumable checkpoints every N steps with a validation loss on held-out subjects, and per-task
// losses in the run registry. Data parallel over several processes (c10d) when the options'
// `distributed` says so: rank 0 alone writes the registry and the checkpoints. No LibTorch type
// in this header.

#include <memory>

#include "core/engine/pretrain_options.h"
#include "core/engine/run_job.h"

namespace alfee::core {

// A pretraining run, new or resumed.
class PretrainJob : public RunJob {
    Q_OBJECT
  public:
    explicit PretrainJob(const PretrainOptions& options, QObject* parent = nullptr);
    // Resumes run `run` of `workspace` from its last checkpoint.
    PretrainJob(const QString& workspace, qint64 run, QObject* parent = nullptr);
    ~PretrainJob() override;

    // Makes this process one rank of a data-parallel run (a resumed one too); before start().
    void setDistributed(const DistributedEnv& env, int timeoutSeconds);

  private:
    class Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace alfee::core
