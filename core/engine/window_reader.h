// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Random access to a job's windows through the shard cache: prepares every recording's shard
// once (in parallel, with progress and cancel), then reads windows from the memory maps.
// Thread-safe after prepare(): the prefetch workers read concurrently.

#include <QHash>
#include <QMutex>
#include <atomic>
#include <functional>
#include <list>
#include <memory>

#include "core/engine/shard_cache.h"
#include "core/engine/subject_alignment.h"
#include "core/engine/training_data.h"

namespace alfee::core {

// Windows of a TrainingData, read from their shards.
class WindowReader {
  public:
    WindowReader(const TrainingData& data, const QString& cacheDirectory,
                 ShardVersions versions = {});

    // Builds the shards that are missing or damaged. `progress(done, total)` after each
    // recording; stops early (false, empty *error) when *cancel becomes true.
    bool prepare(int threads, const std::function<void(int, int)>& progress,
                 const std::atomic_bool* cancel, QString* error);
    // Whitens every window by its subject's mean spatial covariance ("euclidean"; "none" or
    // empty: not): set before prepare(), which then reads every window once to compute them.
    void setAlignment(const QString& method) { alignment_ = method; }
    int reusedShards() const { return reused_; }
    int builtShards() const { return built_; }

    bool read(int window, PreparedWindow* out, QString* error);

  private:
    std::shared_ptr<Shard> shard(int recording, QString* error);
    bool readUnaligned(int window, PreparedWindow* out, QString* error);
    bool computeAlignment(const std::atomic_bool* cancel, QString* error);

    const TrainingData& data_;
    ShardCache cache_;
    QVector<QString> keys_;            // per recording
    QVector<int> positionInShard_;     // per window
    QVector<QVector<double>> onsets_;  // per recording
    int reused_ = 0, built_ = 0;
    QString alignment_;
    std::unique_ptr<SubjectAlignment> subjects_;  // set by prepare() when aligning
    QMutex mutex_;
    // The most recently used maps; older ones are unmapped so that memory stays flat however
    // large the corpus.
    std::list<std::pair<int, std::shared_ptr<Shard>>> open_;
    static constexpr size_t kOpenShards = 16;
};

}  // namespace alfee::core
