// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Fine-tuning as a job (MODEL.md section 7): data from the shard cache with read-ahead, AdamW
// with warm-up and cosine, gradient clipping, non-finite steps skipped and counted, model
// selection on validation balanced accuracy with early stopping, resumable checkpoints, and
// every step recorded in the workspace's run registry. No LibTorch type in this header.

#include <memory>

#include "core/engine/finetune_options.h"
#include "core/engine/run_job.h"

namespace alfee::core {

// A fine-tuning run, new or resumed.
class FineTuneJob : public RunJob {
    Q_OBJECT
  public:
    explicit FineTuneJob(const FineTuneOptions& options, QObject* parent = nullptr);
    // Resumes run `run` of `workspace` from its last checkpoint.
    FineTuneJob(const QString& workspace, qint64 run, QObject* parent = nullptr);
    ~FineTuneJob() override;

  private:
    class Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace alfee::core
