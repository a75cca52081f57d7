// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/training_data.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

#include "core/dataset/dataset_store.h"
#include "core/recording/recording.h"
#include "core/workspace/recording_files.h"
#include "core/workspace/recording_store.h"

namespace alfee::core {

bool appendWindows(RecordingStore& store, const QVector<DatasetItem>& items, TrainingData* out,
                   QString* error) {
    QHash<qint64, int> index;
    for (int i = 0; i < out->recordings.size(); ++i) index[out->recordings[i].id] = i;
    for (const DatasetItem& item : items) {
        auto it = index.find(item.recordingId);
        if (it == index.end()) {
            const auto r = store.byId(item.recordingId, error);
            if (!r) return false;
            out->recordings.push_back({r->id, r->path, r->sha256, r->mapping});
            it = index.insert(item.recordingId, out->recordings.size() - 1);
        }
        out->windows.push_back(
            {it.value(), item.onsetSeconds, item.label, item.subject, item.split});
    }
    return true;
}

QVector<int> TrainingData::indicesOf(const QString& split) const {
    QVector<int> out;
    for (int i = 0; i < windows.size(); ++i)
        if (windows[i].split == split) out << i;
    return out;
}

QString TrainingData::contentHash() const {
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QJsonDocument(spec.toJson()).toJson(QJsonDocument::Compact));
    for (const SourceRecording& r : recordings) h.addData(r.sha256.toLatin1());
    for (const WindowRef& w : windows)
        h.addData(QStringLiteral("%1|%2|%3|%4|%5;")
                      .arg(w.recording)
                      .arg(w.onsetSeconds, 0, 'g', 17)
                      .arg(w.label)
                      .arg(w.subject, w.split)
                      .toUtf8());
    return QString::fromLatin1(h.result().toHex());
}

QJsonObject TrainingData::summary() const {
    const QStringList classes = spec.classNames();
    QMap<QString, QVector<int>> perSplit;
    QMap<QString, QSet<QString>> subjects;
    for (const WindowRef& w : windows) {
        auto& row = perSplit[w.split];
        if (row.isEmpty()) row.resize(classes.size());
        if (w.label >= 0 && w.label < row.size()) ++row[w.label];  // pretraining: paradigms
        subjects[w.split].insert(w.subject);
    }
    QJsonObject splits;
    for (auto it = perSplit.cbegin(); it != perSplit.cend(); ++it) {
        QJsonObject row;
        for (int k = 0; k < classes.size(); ++k) row[classes[k]] = it.value()[k];
        QStringList names(subjects[it.key()].begin(), subjects[it.key()].end());
        names.sort();
        row["subjects"] = QJsonArray::fromStringList(names);
        splits[it.key()] = row;
    }
    return {{"windows", int(windows.size())},
            {"recordings", int(recordings.size())},
            {"classes", QJsonArray::fromStringList(classes)},
            {"splits", splits},
            {"excluded", QJsonArray::fromStringList(excluded)},
            {"warnings", QJsonArray::fromStringList(warnings)}};
}

bool sourceOfFile(Workspace* workspace, const QString& path, SourceRecording* out, QString* error) {
    *out = SourceRecording{0, QFileInfo(path).absoluteFilePath(), {}, {}};
    if (!RecordingStore::sha256OfFile(path, &out->sha256, error)) return false;
    if (workspace) {
        error->clear();
        const auto stored = RecordingStore(*workspace).bySha256(out->sha256, error);
        if (!error->isEmpty()) return false;
        if (stored) {
            out->id = stored->id, out->mapping = stored->mapping;
            return true;
        }
    }
    const auto rec = Recording::open(path, error);
    if (!rec) return false;
    out->mapping = ChannelMapping::fromRecording(rec->info());
    return true;
}

QJsonObject TrainingData::definition() const {
    QJsonArray files;
    for (const SourceRecording& r : recordings)
        files.append(QJsonObject{{"path", r.path}, {"sha256", r.sha256}});
    return {{"name", name}, {"spec", spec.toJson()}, {"recordings", files}};
}

bool loadDatasetData(Workspace& workspace, const QString& name, TrainingData* out, QString* error) {
    const auto d = DatasetStore(workspace).load(name, error);
    if (!d) return false;
    *out = TrainingData();
    out->name = name;
    out->spec = d->spec;
    for (const QJsonValue& e : d->summary["excluded"].toArray()) out->excluded << e.toString();
    for (const QJsonValue& w : d->summary["warnings"].toArray()) out->warnings << w.toString();
    RecordingStore store(workspace);
    return appendWindows(store, d->items, out, error);
}

bool loadFileData(Workspace& workspace, const QStringList& paths, const DatasetSpec& spec,
                  TrainingData* out, QString* error) {
    *out = TrainingData();
    out->name = paths.join(' ');
    out->spec = spec;
    RecordingStore store(workspace);
    QSet<qint64> ids;
    for (const QString& file : findRecordingFiles(paths)) {
        const ImportOutcome o = store.importFile(file);
        if (o.kind == ImportOutcome::Kind::Failed)
            out->excluded << o.message;
        else
            ids.insert(o.recordingId);
    }
    if (ids.isEmpty()) {
        *error =
            QStringLiteral("%1: no EDF/BDF recording could be read there%2")
                .arg(paths.join(", "),
                     out->excluded.isEmpty() ? QString() : " (" + out->excluded.join("; ") + ")");
        return false;
    }
    DatasetBuild build;
    if (!buildDataset(spec, store, &build, error, &ids)) return false;
    out->excluded += build.excluded;
    out->warnings += build.warnings;
    return appendWindows(store, build.items, out, error);
}

}  // namespace alfee::core
