// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Cuts labelled windows out of a workspace's recordings according to a DatasetSpec.

#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <QVector>

#include "core/dataset/dataset_spec.h"
#include "core/workspace/recording_store.h"

namespace alfee::core {

// One window of a dataset.
struct DatasetItem {
    qint64 recordingId = 0;
    double onsetSeconds = 0;
    int label = 0;  // index into DatasetSpec::classNames()
    QString subject;
    QString split;
};

// A built dataset: its windows and why recordings were left out.
struct DatasetBuild {
    DatasetSpec spec;
    QVector<DatasetItem> items;
    QStringList excluded;  // "file: reason"
    // What a user must know before training on it: guessed subjects, events that gave no window.
    QStringList warnings;
    QMap<QString, int> subjectSchemes;  // recordings per naming scheme that named their subject
    int recordingsUsed = 0;

    // Counts per class, subject, split and split x class, as shown before saving.
    QJsonObject summary() const;
};

// Windows, labels, subjects and splits for every recording that matches the spec (and is in
// *onlyRecordings when given).
bool buildDataset(const DatasetSpec& spec, RecordingStore& store, DatasetBuild* out, QString* error,
                  const QSet<qint64>* onlyRecordings = nullptr);

}  // namespace alfee::core
