// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/batch_prefetcher.h"

#include <chrono>

namespace alfee::core {

BatchPrefetcher::BatchPrefetcher(WindowReader& reader, QVector<QVector<int>> batches, int workers,
                                 int depth)
    : reader_(reader), batches_(std::move(batches)), depth_(std::max(1, depth)) {
    for (int i = 0; i < std::max(1, workers); ++i) workers_.emplace_back([this] { work(); });
}

BatchPrefetcher::~BatchPrefetcher() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    space_.notify_all();
    for (std::thread& t : workers_) t.join();
}

void BatchPrefetcher::work() {
    for (;;) {
        int index = 0;
        {
            std::unique_lock lock(mutex_);
            space_.wait(lock, [&] { return stopping_ || nextToRead_ - nextToHand_ < depth_; });
            if (stopping_ || nextToRead_ >= batches_.size()) return;
            index = nextToRead_++;
        }
        WindowBatch b;
        b.indices = batches_[index];
        b.windows.resize(b.indices.size());
        for (int k = 0; k < b.indices.size() && b.error.isEmpty(); ++k)
            reader_.read(b.indices[k], &b.windows[k], &b.error);
        {
            std::lock_guard lock(mutex_);
            done_.emplace(index, std::move(b));
        }
        ready_.notify_all();
    }
}

bool BatchPrefetcher::next(WindowBatch* out) {
    std::unique_lock lock(mutex_);
    if (nextToHand_ >= batches_.size()) return false;
    const auto start = std::chrono::steady_clock::now();
    ready_.wait(lock, [&] { return done_.count(nextToHand_) > 0; });
    waited_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    auto it = done_.find(nextToHand_);
    *out = std::move(it->second);
    done_.erase(it);
    ++nextToHand_;
    lock.unlock();
    space_.notify_all();
    return true;
}

}  // namespace alfee::core
