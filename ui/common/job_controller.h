// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the engine's jobs (fine-tuning, pretraining, the baseline: the classes the CLI runs)
// for the GUI, one at a time, on a worker thread, and relays their progress to the GUI thread.

#include <QJsonObject>
#include <QObject>
#include <memory>

#include "core/engine/job.h"

class QThread;

namespace alfee::ui {

// The worker thread and the job on it.
class JobController : public QObject {
    Q_OBJECT
  public:
    explicit JobController(QObject* parent = nullptr);
    ~JobController() override;  // cancels a running job and waits for it

    // Starts `job` on the worker thread; false when another job is still running.
    bool start(std::unique_ptr<core::Job> job);
    bool busy() const { return job_ != nullptr; }
    // Asks the running job to stop (it checkpoints and ends as cancelled).
    void cancel();
    // The run the running job writes to, once it has one (0 before).
    qint64 runId() const { return run_; }

    // The job that resumes run `run` of `workspace` (fine-tuning or pretraining), or null
    // with *error for a kind that cannot be resumed.
    static std::unique_ptr<core::Job> resumeJob(const QString& workspace, qint64 run,
                                                const QString& kind, QString* error);

  signals:
    void started();
    void progress(const alfee::core::JobProgress& progress);
    void log(const QString& line);
    void finished(const QString& status, const QString& message, const QJsonObject& result);

  private:
    void onFinished(const QString& status, const QString& message);

    static constexpr int kJobNice = 10;
    std::unique_ptr<core::Job> job_;
    QThread* thread_ = nullptr;
    qint64 run_ = 0;
};

}  // namespace alfee::ui
