// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The life of a job that makes or resumes one run of the registry, shared by pretraining,
// fine-tuning and the band-power baseline: open the workspace; resume the run (claim it, take
// its saved settings) or create it; prepare the data; train; record how it ended: finished,
// cancelled (also while preparing the data) or failed (an exception, recorded once, and only
// for a run this job created or claimed). The kind of run fills in the steps (RunSteps). A
// data-parallel follower joins the run another process owns and never writes the registry.

#include <memory>
#include <optional>

#include "core/engine/job.h"
#include "core/engine/run_registry.h"
#include "core/workspace/workspace.h"

namespace alfee::core {

// Ends a run's step with `message`: RunJob records it as the run's failure.
[[noreturn]] void failRun(const QString& message);
// failRun(error) unless `ok`.
inline void checkRun(bool ok, const QString& error) {
    if (!ok) failRun(error);
}

// Steps, epochs and skipped steps, recorded with the run's final status.
struct RunCounters {
    qint64 step = 0, epoch = 0, skipped = 0;
};

// What one kind of run does at each step of its life. RunJob calls begin, runToFollow,
// adoptSavedConfig (a resumed or followed run), load, describeRun (a new run), prepare, train.
class RunSteps {
  public:
    virtual ~RunSteps() = default;
    // Before the workspace opens: check the settings, join a data-parallel group.
    virtual void begin() {}
    // A data-parallel follower: the run the leading process made (-1: it stopped before
    // training). 0: this process leads or runs alone.
    virtual qint64 runToFollow() { return 0; }
    // A resumed or followed run: the settings it was started with.
    virtual void adoptSavedConfig(const QJsonObject& config) = 0;
    // Runtime, device and data, before a new run exists.
    virtual void load() = 0;
    // The registry record of a new run.
    virtual NewRun describeRun() = 0;
    // Reads and caches the data; false: cancelled.
    virtual bool prepare() = 0;
    // Trains (and tests); returns the final status and sets *message.
    virtual QString train(QString* message) = 0;
    // Recorded with the final status; none: the run counts no steps.
    virtual std::optional<RunCounters> counters() const { return std::nullopt; }
};

// A job that makes (or resumes) one run: the lifecycle above around a kind's RunSteps.
class RunJob : public Job {
    Q_OBJECT
  public:
    qint64 runId() const { return runId_; }
    bool resuming() const { return resumeRun_ > 0; }
    Workspace& workspace() const { return *ws_; }
    RunRegistry& registry() const { return *registry_; }
    // <workspace>.runs/<run>, created when first asked for.
    QString runDirectory() const;

  protected:
    // `resumeRun` > 0: resume that run of `kind` in `workspace`; 0: a new run.
    RunJob(QString kind, QString workspace, qint64 resumeRun, QObject* parent);
    // The kind's steps, owned by the derived job (set in its constructor).
    void setSteps(RunSteps* steps) { steps_ = steps; }
    QString execute(QString* message) final;
    void recordFailure(const QString& message) final;

  private:
    void openWorkspace();
    void follow(qint64 run);
    void claim();
    void create(const NewRun& run);
    void recordEnd(const QString& status, const QString& message);

    QString kind_, workspacePath_;
    qint64 resumeRun_ = 0, runId_ = 0;
    bool owned_ = false;  // created or claimed here: its end, failure included, is ours to record
    RunSteps* steps_ = nullptr;
    std::unique_ptr<Workspace> ws_;
    std::unique_ptr<RunRegistry> registry_;
};

}  // namespace alfee::core
