// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/shard_cache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QSaveFile>
#include <cstring>

#include "core/electrodes/electrode_vocabulary.h"
#include "core/recording/recording.h"

namespace alfee::core {
namespace {

constexpr char kMagic[8] = {'A', 'L', 'F', 'S', 'H', 'R', 'D', '1'};

// Fixed part of a shard file, followed by the electrode names (comma separated, padded to 8
// bytes) and then, per window, mean[C], std[C] and data[C x samples] as float32.
struct ShardHeader {
    char magic[8];
    qint32 windows, channels, samples, namesBytes;
};

qint64 windowBytes(int channels, int samples) {
    return qint64(sizeof(float)) * channels * (2 + qint64(samples));
}

bool writeWindow(QSaveFile& f, const PreparedWindow& w) {
    QVector<float> stats;
    for (double m : w.mean) stats << float(m);
    for (double s : w.std) stats << float(s);
    const qint64 statBytes = stats.size() * qint64(sizeof(float));
    const qint64 dataBytes = w.data.size() * qint64(sizeof(float));
    return f.write(reinterpret_cast<const char*>(stats.constData()), statBytes) == statBytes &&
           f.write(reinterpret_cast<const char*>(w.data.constData()), dataBytes) == dataBytes;
}

QByteArray paddedNames(const QStringList& electrodes) {
    QByteArray names = electrodes.join(',').toUtf8();
    names.append(QByteArray((8 - names.size() % 8) % 8, '\0'));
    return names;
}

}  // namespace

std::unique_ptr<Shard> Shard::open(const QString& path, QString* error) {
    std::unique_ptr<Shard> s(new Shard);
    s->file_.setFileName(path);
    if (!s->file_.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot open the cached windows (%2)")
                     .arg(path, s->file_.errorString());
        return nullptr;
    }
    s->bytes_ = s->file_.size();
    ShardHeader h{};
    if (s->bytes_ < qint64(sizeof h) ||
        s->file_.read(reinterpret_cast<char*>(&h), sizeof h) != qint64(sizeof h) ||
        std::memcmp(h.magic, kMagic, 8) != 0 || h.windows < 0 || h.channels <= 0 ||
        h.samples <= 0 || h.namesBytes < 0) {
        *error = QStringLiteral("%1: not a window shard of this program").arg(path);
        return nullptr;
    }
    s->windows_ = h.windows, s->channels_ = h.channels, s->samples_ = h.samples;
    s->dataOffset_ = qint64(sizeof h) + h.namesBytes;
    if (s->bytes_ != s->dataOffset_ + h.windows * windowBytes(h.channels, h.samples)) {
        *error = QStringLiteral("%1: truncated window shard").arg(path);
        return nullptr;
    }
    s->electrodes_ = QString::fromUtf8(s->file_.read(h.namesBytes).constData()).split(',');
    for (const QString& e : s->electrodes_)
        s->vocabulary_ << ElectrodeVocabulary::instance().indexOf(e);
    s->map_ = s->file_.map(0, s->bytes_);
    if (!s->map_ || s->electrodes_.size() != h.channels) {
        *error = QStringLiteral("%1: cannot map the window shard").arg(path);
        return nullptr;
    }
    return s;
}

Shard::~Shard() {
    if (map_) file_.unmap(const_cast<uchar*>(map_));
}

void Shard::read(int index, PreparedWindow* out) const {
    const float* p = reinterpret_cast<const float*>(map_ + dataOffset_ +
                                                    index * windowBytes(channels_, samples_));
    out->electrodes = electrodes_;
    out->vocabularyIndex = vocabulary_;
    out->samplesPerChannel = samples_;
    out->mean = QVector<double>(p, p + channels_);
    out->std = QVector<double>(p + channels_, p + 2 * channels_);
    const float* data = p + 2 * channels_;
    out->data = QVector<float>(data, data + qint64(channels_) * samples_);
}

ShardCache::ShardCache(const QString& directory, ShardVersions versions)
    : dir_(directory), versions_(versions) {}

QString ShardCache::directoryFor(const QString& workspacePath) {
    const QString env = QProcessEnvironment::systemEnvironment().value("ALFEE_CACHE");
    return env.isEmpty() ? QFileInfo(workspacePath).absoluteFilePath() + ".cache/shards"
                         : env + "/shards";
}

QString ShardCache::key(const SourceRecording& r, const DatasetSpec& spec,
                        const QVector<double>& onsets) const {
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArray(kMagic, 8));
    h.addData(QStringLiteral("extractor %1|reader %2|")
                  .arg(versions_.extractor)
                  .arg(versions_.reader)
                  .toUtf8());
    h.addData(r.sha256.toLatin1());
    h.addData(QJsonDocument(spec.preprocess.toJson()).toJson(QJsonDocument::Compact));
    h.addData(QStringLiteral("%1|%2|")
                  .arg(spec.windowSeconds, 0, 'g', 17)
                  .arg(spec.electrodes.join(','))
                  .toUtf8());
    h.addData(QJsonDocument(r.mapping.toJson()).toJson(QJsonDocument::Compact));
    for (double t : onsets) h.addData(QByteArray::number(t, 'g', 17) + ';');
    return QString::fromLatin1(h.result().toHex());
}

QString ShardCache::pathOf(const QString& key) const {
    return dir_ + "/" + key.left(2) + "/" + key + ".shard";
}

bool ShardCache::build(const SourceRecording& r, const DatasetSpec& spec,
                       const QVector<double>& onsets, const QString& key, QString* error) const {
    auto rec = Recording::open(r.path, error);
    if (!rec) return false;
    QVector<PreparedWindow> windows(onsets.size());
    for (int i = 0; i < onsets.size(); ++i)
        if (!extractWindow(*rec, r.mapping, spec.electrodes, onsets[i], spec.windowSeconds,
                           spec.preprocess, &windows[i], error))
            return false;
    const QString path = pathOf(key);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error =
            QStringLiteral("%1: cannot write the window cache (%2)").arg(path, f.errorString());
        return false;
    }
    const QStringList electrodes = windows.isEmpty() ? QStringList{"none"} : windows[0].electrodes;
    const QByteArray names = paddedNames(electrodes);
    ShardHeader h{};
    std::memcpy(h.magic, kMagic, 8);
    h.windows = onsets.size();
    h.channels = electrodes.size();
    h.samples = windows.isEmpty() ? 1 : windows[0].samplesPerChannel;
    h.namesBytes = names.size();
    bool ok = f.write(reinterpret_cast<const char*>(&h), sizeof h) == qint64(sizeof h) &&
              f.write(names) == names.size();
    for (const PreparedWindow& w : windows) ok = ok && writeWindow(f, w);
    if (!ok || !f.commit()) {
        *error = QStringLiteral("%1: cannot write the window cache (%2; is the disk full?)")
                     .arg(path, f.errorString());
        return false;
    }
    return true;
}

}  // namespace alfee::core
