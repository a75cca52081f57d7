// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The windows a job reads: from a workspace dataset, or from folders of EDF/BDF files with the
// label options of `alfee dataset create` (imported into the workspace on the way).

#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include "core/dataset/dataset_spec.h"
#include "core/electrodes/channel_mapping.h"
#include "core/workspace/workspace.h"

namespace alfee::core {

// A recording a job reads windows from.
struct SourceRecording {
    qint64 id = 0;
    QString path, sha256;
    ChannelMapping mapping;
};

// One labelled window: which recording, where, which class, whose, which split.
struct WindowRef {
    int recording = 0;  // index into TrainingData::recordings
    double onsetSeconds = 0;
    int label = -1;
    QString subject, split;
};

// A job's data: how windows are cut and preprocessed, and the windows themselves.
struct TrainingData {
    QString name;  // the dataset's name, or a description of the files
    DatasetSpec spec;
    QVector<SourceRecording> recordings;
    QVector<WindowRef> windows;
    QStringList excluded;  // "file: reason" of files that gave no window
    QStringList warnings;  // what the run must say before it trains (guessed subjects...)

    QVector<int> indicesOf(const QString& split) const;
    // SHA-256 over the spec, the recordings' content hashes and every window.
    QString contentHash() const;
    // Windows per split and class, subjects per split.
    QJsonObject summary() const;
    // What rebuilds these windows on another machine: the name, the spec and every recording
    // with its SHA-256 ({name, spec, recordings: [{path, sha256}]}).
    QJsonObject definition() const;
};

class RecordingStore;
struct DatasetItem;
// Turns stored items into window references, one SourceRecording per recording (recordings
// already in *out are reused).
bool appendWindows(RecordingStore& store, const QVector<DatasetItem>& items, TrainingData* out,
                   QString* error);

// A recording outside any dataset (`alfee infer FILE`) as a job reads it: where `workspace`
// holds the same content (by SHA-256), with its stored mapping (the user's overrides, BIDS bad
// channels), as training and evaluation read it; else mapped by the label rules. False with
// *error when the file cannot be read.
bool sourceOfFile(Workspace* workspace, const QString& path, SourceRecording* out, QString* error);

bool loadDatasetData(Workspace& workspace, const QString& name, TrainingData* out, QString* error);
// Imports the files below `paths` (known content is not imported again) and cuts windows with
// `spec`; files that fail or match no class are listed in out->excluded.
bool loadFileData(Workspace& workspace, const QStringList& paths, const DatasetSpec& spec,
                  TrainingData* out, QString* error);

}  // namespace alfee::core
