// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/window_reader.h"

#include <QFile>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <numeric>

namespace alfee::core {

WindowReader::WindowReader(const TrainingData& data, const QString& cacheDirectory,
                           ShardVersions versions)
    : data_(data), cache_(cacheDirectory, versions) {
    onsets_.resize(data.recordings.size());
    positionInShard_.resize(data.windows.size());
    for (int i = 0; i < data.windows.size(); ++i) {
        auto& onsets = onsets_[data.windows[i].recording];
        positionInShard_[i] = onsets.size();
        onsets << data.windows[i].onsetSeconds;
    }
    for (int r = 0; r < data.recordings.size(); ++r)
        keys_ << cache_.key(data.recordings[r], data.spec, onsets_[r]);
}

bool WindowReader::prepare(int threads, const std::function<void(int, int)>& progress,
                           const std::atomic_bool* cancel, QString* error) {
    QVector<int> order(data_.recordings.size());
    std::iota(order.begin(), order.end(), 0);
    std::atomic_int done{0}, reused{0}, built{0};
    QMutex failureMutex;
    QString failure;
    auto prepareOne = [&](int r) {
        if ((cancel && *cancel) || !failure.isEmpty()) return;
        QString why;
        const QString path = cache_.pathOf(keys_[r]);
        const bool usable = QFile::exists(path) && Shard::open(path, &why) != nullptr;
        if (usable) {
            ++reused;
        } else if (cache_.build(data_.recordings[r], data_.spec, onsets_[r], keys_[r], &why)) {
            ++built;
        } else {
            QMutexLocker lock(&failureMutex);
            if (failure.isEmpty()) failure = why;
            return;
        }
        if (progress) progress(++done, order.size());
    };
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, threads));
    QtConcurrent::blockingMap(&pool, order, prepareOne);
    reused_ = reused, built_ = built;
    *error = failure;
    if (!failure.isEmpty() || (cancel && *cancel)) return false;
    return alignment_ != kAlignEuclidean || computeAlignment(cancel, error);
}

// The alignment reads every window once more (memory-mapped, no preprocessing): about one
// epoch's reading, however many epochs follow.
bool WindowReader::computeAlignment(const std::atomic_bool* cancel, QString* error) {
    auto subjects = std::make_unique<SubjectAlignment>();
    auto read = [&](int i, PreparedWindow* w, QString* why) {
        if (!(cancel && *cancel)) return readUnaligned(i, w, why);
        why->clear();  // cancelled: no error
        return false;
    };
    if (!subjects->compute(data_, read, error)) return false;
    subjects_ = std::move(subjects);
    return true;
}

std::shared_ptr<Shard> WindowReader::shard(int recording, QString* error) {
    QMutexLocker lock(&mutex_);
    for (auto it = open_.begin(); it != open_.end(); ++it)
        if (it->first == recording) {
            open_.splice(open_.begin(), open_, it);
            return it->second;
        }
    std::shared_ptr<Shard> s = Shard::open(cache_.pathOf(keys_[recording]), error);
    if (!s) return nullptr;
    open_.emplace_front(recording, s);
    if (open_.size() > kOpenShards) open_.pop_back();
    return s;
}

bool WindowReader::readUnaligned(int window, PreparedWindow* out, QString* error) {
    const auto s = shard(data_.windows[window].recording, error);
    if (!s) return false;
    s->read(positionInShard_[window], out);
    return true;
}

bool WindowReader::read(int window, PreparedWindow* out, QString* error) {
    if (!readUnaligned(window, out, error)) return false;
    if (subjects_) subjects_->apply(window, out);
    return true;
}

}  // namespace alfee::core
