// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/run_job.h"

#include <QDir>
#include <QFileInfo>
#include <stdexcept>

namespace alfee::core {

void failRun(const QString& message) {
    throw std::runtime_error(message.toStdString());
}

RunJob::RunJob(QString kind, QString workspace, qint64 resumeRun, QObject* parent)
    : Job(parent),
      kind_(std::move(kind)),
      workspacePath_(std::move(workspace)),
      resumeRun_(resumeRun) {}

QString RunJob::runDirectory() const {
    const QString folder = registry_->runFolder(runId_);
    QDir().mkpath(folder);
    return folder;
}

void RunJob::openWorkspace() {
    QString error;
    ws_ = Workspace::openOrCreate(workspacePath_, &error);
    checkRun(ws_ != nullptr, error);
    registry_ = std::make_unique<RunRegistry>(*ws_);
}

// A data-parallel follower reads the run; the leading process alone writes it.
void RunJob::follow(qint64 run) {
    QString error;
    const auto record = registry_->find(QString::number(run), &error);
    checkRun(record.has_value(), error);
    runId_ = run;
    steps_->adoptSavedConfig(record->config);
}

void RunJob::claim() {
    QString error;
    const auto record = registry_->claimForResume(resumeRun_, kind_, &error);
    checkRun(record.has_value(), error);  // a refused resume leaves the run as it was: not owned
    runId_ = resumeRun_;
    owned_ = true;
    steps_->adoptSavedConfig(record->config);
}

void RunJob::create(const NewRun& run) {
    QString error;
    const auto id = registry_->create(run, &error);
    checkRun(id.has_value(), error);
    runId_ = *id;
    owned_ = true;
}

void RunJob::recordEnd(const QString& status, const QString& message) {
    if (!owned_) return;
    QString error;
    if (const auto counters = steps_->counters())
        checkRun(registry_->setProgress(runId_, counters->step, counters->epoch, counters->skipped,
                                        &error),
                 error);
    checkRun(registry_->finish(runId_, status, message, &error), error);
}

QString RunJob::execute(QString* message) {
    steps_->begin();
    const qint64 followed = steps_->runToFollow();
    if (followed < 0) {
        *message = QStringLiteral("rank 0 stopped before training");
        return run_status::kCancelled;
    }
    openWorkspace();
    if (followed > 0)
        follow(followed);
    else if (resuming())
        claim();
    steps_->load();
    if (runId_ == 0) create(steps_->describeRun());
    result_ = {{"run", runId_}, {"workspace", QFileInfo(workspacePath_).absoluteFilePath()}};
    if (!steps_->prepare()) {
        *message = QStringLiteral("cancelled while preparing the data");
        QString error;
        if (owned_)
            checkRun(registry_->finish(runId_, run_status::kCancelled, *message, &error), error);
        return run_status::kCancelled;
    }
    const QString status = steps_->train(message);
    recordEnd(status, *message);
    result_["status"] = status;
    return status;
}

void RunJob::recordFailure(const QString& message) {
    QString ignored;
    if (registry_ && owned_) registry_->finish(runId_, run_status::kFailed, message, &ignored);
    result_["run"] = runId_;
}

}  // namespace alfee::core
