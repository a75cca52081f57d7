// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window cache (core/engine/shard_cache.h): a shard is reused while the code that cut it is
// the same, and cut again once the window extractor or the recording reader changes version,
// so that windows cut before a fix are never served after it.
#include <QTemporaryDir>
#include <QTest>

#include "core/engine/shard_cache.h"
#include "core/engine/window_reader.h"
#include "core/recording/recording.h"
#include "core/workspace/recording_store.h"
#include "test_support.h"

using namespace alfee::core;
using namespace alfee::tests;

namespace {

// Two 4 s windows of a real recording, with the mapping of its labels.
TrainingData twoWindows() {
    TrainingData data;
    QString error;
    const QString path = testData("Subject00_2.edf");
    const auto rec = Recording::open(path, &error);
    SourceRecording source{1, path, {}, ChannelMapping::fromRecording(rec->info())};
    RecordingStore::sha256OfFile(path, &source.sha256, &error);
    data.recordings << source;
    data.spec.windowSeconds = data.spec.strideSeconds = 4;
    data.windows = {{0, 0.0, 0, "S00", "train"}, {0, 4.0, 1, "S00", "train"}};
    return data;
}

// How many shards a reader of `versions` built and reused.
QPair<int, int> builtAndReused(const TrainingData& data, const QString& dir,
                               ShardVersions versions = {}) {
    WindowReader reader(data, dir, versions);
    QString error;
    if (!reader.prepare(1, {}, nullptr, &error)) qWarning() << error;
    PreparedWindow w;
    if (!reader.read(1, &w, &error)) qWarning() << error;
    return {reader.builtShards(), reader.reusedShards()};
}

}  // namespace

class TestShardCache : public QObject {
    Q_OBJECT
  private slots:
    void sameVersionsReuseTheShard();
    void aNewExtractorOrReaderVersionRebuilds();
};

void TestShardCache::sameVersionsReuseTheShard() {
    QTemporaryDir dir;
    const TrainingData data = twoWindows();
    QCOMPARE(builtAndReused(data, dir.path()), qMakePair(1, 0));
    QCOMPARE(builtAndReused(data, dir.path()), qMakePair(0, 1));
}

void TestShardCache::aNewExtractorOrReaderVersionRebuilds() {
    QTemporaryDir dir;
    const TrainingData data = twoWindows();
    const ShardVersions now;
    QCOMPARE(now.extractor, kWindowExtractorVersion);
    QCOMPARE(now.reader, kRecordingReaderVersion);
    QCOMPARE(builtAndReused(data, dir.path()), qMakePair(1, 0));
    const ShardVersions newExtractor{now.extractor + 1, now.reader};
    const ShardVersions newReader{now.extractor, now.reader + 1};
    const QVector<double> onsets{0, 4};
    const QString key = ShardCache(dir.path()).key(data.recordings[0], data.spec, onsets);
    QVERIFY(ShardCache(dir.path(), newExtractor).key(data.recordings[0], data.spec, onsets) != key);
    QVERIFY(ShardCache(dir.path(), newReader).key(data.recordings[0], data.spec, onsets) != key);
    QCOMPARE(builtAndReused(data, dir.path(), newExtractor), qMakePair(1, 0));
    QCOMPARE(builtAndReused(data, dir.path(), newExtractor), qMakePair(0, 1));
    QCOMPARE(builtAndReused(data, dir.path(), newReader), qMakePair(1, 0));
}

QTEST_GUILESS_MAIN(TestShardCache)
#include "test_shard_cache.moc"
