// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Datasets of a workspace: saved with their spec, summary and windows, in one transaction.

#include <optional>

#include "core/dataset/dataset_builder.h"
#include "core/workspace/workspace.h"

namespace alfee::core {

// A dataset as stored.
struct StoredDataset {
    qint64 id = 0;
    DatasetSpec spec;
    QJsonObject summary;
    QVector<DatasetItem> items;
};

// Reads and writes the datasets tables.
class DatasetStore {
  public:
    explicit DatasetStore(Workspace& workspace) : ws_(workspace) {}

    // Saves a built dataset; a name that exists is an error unless `replace`.
    bool save(const DatasetBuild& build, bool replace, qint64* id, QString* error);
    std::optional<StoredDataset> load(const QString& name, QString* error);
    QStringList names(QString* error);

    // Edits the GUI can undo: delete keeps nothing (restore puts a loaded copy back, its
    // summary and windows as they were); rename changes the name in the spec too.
    bool remove(const QString& name, QString* error);
    bool rename(const QString& from, const QString& to, QString* error);
    bool restore(const StoredDataset& dataset, QString* error);

  private:
    // One dataset row and its windows, inside a transaction.
    bool insert(const DatasetSpec& spec, const QJsonObject& summary,
                const QVector<DatasetItem>& items, qint64* id, QString* why);

    Workspace& ws_;
};

}  // namespace alfee::core
