// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The on-disk cache of preprocessed windows: one shard per recording and window spec, keyed by
// the recording's content hash, the preprocessing and the windows, written once and then
// memory-mapped by every run that needs the same windows.

#include <QFile>
#include <QString>
#include <memory>

#include "core/dataset/window_extractor.h"
#include "core/engine/training_data.h"

namespace alfee::core {

// One memory-mapped shard: the z-scored windows of one recording, with mean and std per channel.
class Shard {
  public:
    // Fails (with the file and the problem) on a missing, truncated or foreign file.
    static std::unique_ptr<Shard> open(const QString& path, QString* error);
    ~Shard();

    int windows() const { return windows_; }
    int channels() const { return channels_; }
    int samples() const { return samples_; }
    // Copies window `index` out of the map.
    void read(int index, PreparedWindow* out) const;

  private:
    Shard() = default;
    QFile file_;
    const uchar* map_ = nullptr;
    qint64 bytes_ = 0;
    int windows_ = 0, channels_ = 0, samples_ = 0;
    QStringList electrodes_;
    QVector<int> vocabulary_;
    qint64 dataOffset_ = 0;
};

// The versions of the code that cut a shard's windows; a shard made by other versions is not
// found under the same key, so a fix to the reader or the extractor rebuilds every shard.
struct ShardVersions {
    int extractor = kWindowExtractorVersion;
    int reader = kRecordingReaderVersion;
};

// Where shards live and how they are named and built.
class ShardCache {
  public:
    explicit ShardCache(const QString& directory, ShardVersions versions = {});
    // <workspace>.cache/shards beside the workspace file, or $ALFEE_CACHE/shards.
    static QString directoryFor(const QString& workspacePath);

    QString directory() const { return dir_; }
    QString key(const SourceRecording& recording, const DatasetSpec& spec,
                const QVector<double>& onsets) const;
    QString pathOf(const QString& key) const;
    // Reads, preprocesses and writes the windows of one recording (temporary file + rename).
    bool build(const SourceRecording& recording, const DatasetSpec& spec,
               const QVector<double>& onsets, const QString& key, QString* error) const;

  private:
    QString dir_;
    ShardVersions versions_;
};

}  // namespace alfee::core
