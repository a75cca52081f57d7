// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads batches of windows ahead of the training thread: worker threads fill a bounded queue,
// batches come out in the order given, so that a seeded order stays the same.

#include <QVector>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include "core/engine/window_reader.h"

namespace alfee::core {

// The windows of one batch (or why they could not be read).
struct WindowBatch {
    QVector<int> indices;
    QVector<PreparedWindow> windows;
    QString error;
};

// Bounded read-ahead over a fixed list of batches.
class BatchPrefetcher {
  public:
    BatchPrefetcher(WindowReader& reader, QVector<QVector<int>> batches, int workers = 2,
                    int depth = 4);
    ~BatchPrefetcher();
    BatchPrefetcher(const BatchPrefetcher&) = delete;
    BatchPrefetcher& operator=(const BatchPrefetcher&) = delete;

    // The next batch in order; false after the last one.
    bool next(WindowBatch* out);
    // Seconds the consumer spent waiting for a batch, over all calls.
    double waitedSeconds() const { return waited_; }

  private:
    void work();

    WindowReader& reader_;
    const QVector<QVector<int>> batches_;
    const int depth_;
    std::mutex mutex_;
    std::condition_variable ready_, space_;
    std::map<int, WindowBatch> done_;
    int nextToRead_ = 0, nextToHand_ = 0;
    bool stopping_ = false;
    double waited_ = 0;
    std::vector<std::thread> workers_;
};

}  // namespace alfee::core
