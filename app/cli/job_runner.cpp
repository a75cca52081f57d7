// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/job_runner.h"

#include <unistd.h>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <cmath>
#include <csignal>

namespace alfee::cli {
namespace {

Job* g_running = nullptr;

void cancelOnSignal(int) {
    if (g_running) g_running->cancel();  // an atomic store: safe in a signal handler
}

QString clockText(double seconds) {
    if (seconds < 0) return "--:--";
    const int s = int(std::lround(seconds));
    return s >= 3600 ? QStringLiteral("%1:%2:%3")
                           .arg(s / 3600)
                           .arg(s / 60 % 60, 2, 10, QChar('0'))
                           .arg(s % 60, 2, 10, QChar('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QChar('0'));
}

QString progressText(const JobProgress& p, bool bar) {
    QString text = p.phase;
    if (p.epochs > 0 && p.phase == "training")
        text += QStringLiteral(" epoch %1/%2").arg(p.epoch).arg(p.epochs);
    if (bar && p.total > 0) {
        const int filled = int(24.0 * p.done / p.total);
        text += " [" + QString(filled, '#') + QString(24 - filled, '.') + "]";
    }
    if (p.total > 0) text += QStringLiteral(" %1/%2").arg(p.done).arg(p.total);
    if (!std::isnan(p.loss)) text += QStringLiteral(" loss %1").arg(p.loss, 0, 'f', 4);
    if (p.samplesPerSecond > 0)
        text += QStringLiteral(" %1 samples/s").arg(p.samplesPerSecond, 0, 'f', 1);
    if (p.phase == "training") text += " " + clockText(p.secondsLeft) + " left";
    return text;
}

}  // namespace

QString runJob(Job& job, QTextStream& out, QTextStream& err, bool quiet) {
    const bool terminal = isatty(STDERR_FILENO);
    QThread thread;
    QEventLoop loop;
    QElapsedTimer sincePrint;
    sincePrint.start();
    QString lastPhase;
    job.moveToThread(&thread);
    QObject::connect(&thread, &QThread::started, &job, &Job::start);
    QObject::connect(&job, &Job::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    QObject::connect(&job, &Job::log, &loop, [&](const QString& line) {
        if (terminal) err << "\r\033[K";
        err << line << Qt::endl;
    });
    QObject::connect(&job, &Job::progress, &loop, [&](const JobProgress& p) {
        if (quiet) return;
        if (terminal) {
            err << "\r\033[K" << progressText(p, true) << Qt::flush;
        } else if (p.phase != lastPhase || sincePrint.elapsed() > 5000 || p.done == p.total) {
            err << progressText(p, false) << Qt::endl;
            sincePrint.restart();
        }
        lastPhase = p.phase;
    });
    QObject::connect(&job, &Job::epochFinished, &loop, [&](const QVariantMap& m) {
        if (terminal) err << "\r\033[K";
        if (m.contains("epoch"))
            err << QStringLiteral("epoch %1: train loss %2, validation balanced accuracy %3")
                       .arg(m["epoch"].toInt())
                       .arg(m["train_loss"].toDouble(), 0, 'f', 4)
                       .arg(m["val_balanced_accuracy"].toDouble(), 0, 'f', 4)
                << Qt::endl;
        else  // pretraining: a validation loss at each checkpoint
            err << QStringLiteral("step %1: validation loss %2")
                       .arg(m["step"].toLongLong())
                       .arg(m["val_loss"].toDouble(), 0, 'f', 4)
                << Qt::endl;
    });
    g_running = &job;
    auto previous = std::signal(SIGINT, cancelOnSignal);
    auto previousTerm = std::signal(SIGTERM, cancelOnSignal);
    thread.start();
    loop.exec();
    thread.quit();
    thread.wait();
    std::signal(SIGINT, previous);
    std::signal(SIGTERM, previousTerm);
    g_running = nullptr;
    if (terminal) err << "\r\033[K" << Qt::flush;
    Q_UNUSED(out);
    return job.status();
}

}  // namespace alfee::cli
