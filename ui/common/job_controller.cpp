// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/job_controller.h"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <QThread>

#include "core/modeling/finetune_job.h"
#include "core/modeling/pretrain_job.h"

namespace alfee::ui {

JobController::JobController(QObject* parent) : QObject(parent) {
    qRegisterMetaType<alfee::core::JobProgress>();
    thread_ = new QThread(this);
    thread_->setObjectName("alfee-job");
    // The job's thread, and the compute and read-ahead threads it starts (they inherit it),
    // yield to the GUI thread: on a busy machine the window stays responsive while training.
    connect(
        thread_, &QThread::started, thread_,
        [] { setpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid)), kJobNice); },
        Qt::DirectConnection);
    thread_->start();
}

JobController::~JobController() {
    if (job_) job_->cancel();
    thread_->quit();
    thread_->wait();  // the job ends at its next step, with a resumable checkpoint
}

bool JobController::start(std::unique_ptr<core::Job> job) {
    if (job_) return false;
    job_ = std::move(job);
    run_ = 0;
    job_->moveToThread(thread_);
    // Queued: these arrive on the GUI thread; the job itself never waits for the GUI.
    connect(
        job_.get(), &core::Job::progress, this,
        [this](const core::JobProgress& p) {
            if (p.run > 0) run_ = p.run;
            emit progress(p);
        },
        Qt::QueuedConnection);
    connect(job_.get(), &core::Job::log, this, &JobController::log, Qt::QueuedConnection);
    connect(job_.get(), &core::Job::finished, this, &JobController::onFinished,
            Qt::QueuedConnection);
    QMetaObject::invokeMethod(job_.get(), &core::Job::start, Qt::QueuedConnection);
    emit started();
    return true;
}

void JobController::cancel() {
    if (job_) job_->cancel();
}

void JobController::onFinished(const QString& status, const QString& message) {
    const QJsonObject result = job_ ? job_->result() : QJsonObject();
    // Freed on its own thread: a model, its optimizer and the shard maps take a while to free.
    if (job_) job_.release()->deleteLater();
    emit finished(status, message, result);
}

std::unique_ptr<core::Job> JobController::resumeJob(const QString& workspace, qint64 run,
                                                    const QString& kind, QString* error) {
    if (kind == "finetune") return std::make_unique<core::FineTuneJob>(workspace, run);
    if (kind == "pretrain") return std::make_unique<core::PretrainJob>(workspace, run);
    *error = tr("a %1 run cannot be resumed; run it again").arg(kind);
    return nullptr;
}

}  // namespace alfee::ui
