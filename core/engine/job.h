// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A long piece of work (fine-tuning, evaluation, inference) that runs on a worker thread. The
// CLI and the GUI run the same job classes: move the job to a QThread, connect its signals,
// call start() there. Signals carry Qt types only, so nothing outside core/modeling sees
// LibTorch. cancel() may be called from any thread (and from a signal handler).

#include <QJsonObject>
#include <QObject>
#include <QVariantMap>
#include <atomic>
#include <limits>

namespace alfee::core {

// Where a job stands, as a progress bar shows it.
struct JobProgress {
    QString phase;  // "preparing data", "training", "validating", "testing", "predicting"
    qint64 done = 0, total = 0;  // steps (training) or items (other phases)
    int epoch = 0, epochs = 0;
    double loss = std::numeric_limits<double>::quiet_NaN();
    double samplesPerSecond = 0;
    double secondsLeft = -1;  // -1: not known yet
    qint64 run = 0;           // the registry run the job writes to (0: none yet)
};

// Base of every job: cancel flag, status, result, and the signals the front ends listen to.
class Job : public QObject {
    Q_OBJECT
  public:
    using QObject::QObject;

    void cancel() { cancel_.store(true); }
    bool cancelRequested() const { return cancel_.load(); }
    const std::atomic_bool* cancelFlag() const { return &cancel_; }
    QString status() const { return status_; }
    QString message() const { return message_; }
    // What the job produced (run id, metrics, ...), for --json and the GUI.
    QJsonObject result() const { return result_; }

  public slots:
    // Runs the job to its end on the calling thread; every exception ends it as failed.
    void start();

  signals:
    void progress(const alfee::core::JobProgress& progress);
    void epochFinished(const QVariantMap& metrics);
    void log(const QString& line);
    void finished(const QString& status, const QString& message);

  protected:
    // Does the work; returns the final status (finished, cancelled, failed) and sets *message.
    virtual QString execute(QString* message) = 0;
    // Called when execute() threw: record the failure where the job keeps its record.
    virtual void recordFailure(const QString& message) { Q_UNUSED(message); }
    QJsonObject result_;

  private:
    std::atomic_bool cancel_{false};
    QString status_, message_;
};

}  // namespace alfee::core

Q_DECLARE_METATYPE(alfee::core::JobProgress)
