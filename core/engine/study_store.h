// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The study tables of a workspace (the only writer of studies and study_runs): a study is its
// configuration and its cells, one per arm x fold x seed, each an ordinary run once started.

#include <QJsonObject>
#include <QStringList>
#include <QVector>
#include <optional>

#include "core/workspace/workspace.h"

namespace alfee::core {

// One arm x fold x seed of a study, and the run that trains it (0: not started yet).
struct StudyCell {
    QString arm;
    int fold = 0;
    qint64 seed = 0;
    QStringList testSubjects;
    qint64 run = 0;
};

// A study as stored.
struct StudyRecord {
    qint64 id = 0;
    QString name, createdAt;
    QJsonObject config;
    QVector<StudyCell> cells;  // in the order they run
};

// Reads and writes the study tables. One per thread, like its Workspace.
class StudyStore {
  public:
    explicit StudyStore(Workspace& workspace) : ws_(workspace) {}

    // Stores a new study with its cells (their runs not started); its id.
    std::optional<qint64> create(const QString& name, const QJsonObject& config,
                                 const QVector<StudyCell>& cells, QString* error);
    std::optional<StudyRecord> find(qint64 id, QString* error);
    QVector<StudyRecord> list(QString* error);
    // The run that trains a cell, recorded as soon as the run exists (a study killed during it
    // resumes that run).
    bool setRun(qint64 study, const StudyCell& cell, qint64 run, QString* error);
    // The study and cell a run belongs to, if any (for the runs list).
    std::optional<std::pair<qint64, StudyCell>> cellOfRun(qint64 run, QString* error);

  private:
    bool loadCells(StudyRecord* study, QString* error);
    Workspace& ws_;
};

}  // namespace alfee::core
