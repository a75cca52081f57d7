// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An import in progress, recorded in the workspace (its meta table) while it runs: a process
// killed in the middle leaves the record behind, so the next start can say that the import was
// interrupted and how far it got. Each recording is imported in a transaction of its own, so an
// interrupted import loses at most the file it was on.

#include <QDateTime>
#include <QStringList>
#include <optional>

namespace alfee::core {

class Workspace;

// What was being imported, by which process, and how many recordings the workspace had then.
struct ImportJournal {
    qint64 pid = 0;
    QString host;
    QDateTime started;
    QStringList paths;
    qint64 recordingsBefore = 0;
};

// Records the import of `paths` by this process (replacing an older record).
bool beginImportJournal(Workspace& ws, const QStringList& paths, QString* error);
// Removes the record: the import ended, finished or cancelled.
bool endImportJournal(Workspace& ws, QString* error);
// How many recordings the workspace gained since the journal was begun (never below 0).
qint64 recordingsAddedSince(Workspace& ws, const ImportJournal& journal, QString* error);
// The recorded import, if any (nullopt also on error, with *error set).
std::optional<ImportJournal> readImportJournal(Workspace& ws, QString* error);

}  // namespace alfee::core
