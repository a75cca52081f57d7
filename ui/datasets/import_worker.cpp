// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/datasets/import_worker.h"

#include <QFileInfo>

#include "core/bids/bids_import.h"
#include "core/workspace/import_journal.h"
#include "core/workspace/recording_files.h"
#include "core/workspace/recording_store.h"

namespace alfee::ui {
namespace {

// The store's messages start with the path; the report has its own file column.
QString reasonOf(const QString& message, const QString& file) {
    return message.startsWith(file + ": ") ? message.mid(file.size() + 2) : message;
}

ImportLine lineFor(const core::ImportOutcome& o, const QString& file) {
    using Kind = core::ImportOutcome::Kind;
    using Result = ImportLine::Result;
    const Result result = o.kind == Kind::Imported         ? Result::Imported
                          : o.kind == Kind::AlreadyPresent ? Result::Duplicate
                          : o.kind == Kind::Relocated      ? Result::Moved
                                                           : Result::Failed;
    return {file, result, result == Result::Imported ? QString() : reasonOf(o.message, file)};
}

}  // namespace

// A BIDS dataset: its recordings with their sidecars; warnings as lines of their own.
void ImportWorker::importBidsRoot(core::Workspace& ws, const QString& root,
                                  QVector<ImportLine>* lines) {
    QString error;
    const auto dataset = core::scanBids(root, &error);
    if (!dataset) return lines->push_back({root, ImportLine::Result::Failed, error});
    const auto summary = core::importBids(ws, *dataset, [&](int done, int total) {
        emit progress(done, total, QFileInfo(dataset->recordings[done - 1].path).fileName());
    });
    for (const auto& [path, outcome] : summary.outcomes) lines->push_back(lineFor(outcome, path));
    for (const QString& w : summary.warnings) {
        const int colon = w.indexOf(": ");
        lines->push_back({w.left(colon), ImportLine::Result::Warning, w.mid(colon + 2)});
    }
}

void ImportWorker::run() {
    QString error;
    QVector<ImportLine> lines;
    {
        auto ws = core::Workspace::open(workspace_, &error);
        if (!ws) {
            emit finished({{workspace_, ImportLine::Result::Failed, error}}, false);
            return;
        }
        // Left behind if this process is killed: the next start says the import was interrupted.
        if (!core::beginImportJournal(*ws, paths_, &error)) {
            emit finished({{workspace_, ImportLine::Result::Failed, error}}, false);
            return;
        }
        core::RecordingStore store(*ws);
        QStringList plain;
        for (const QString& p : paths_)
            if (core::isBidsRoot(p))
                importBidsRoot(*ws, p, &lines);
            else
                plain << p;
        QStringList skipped;
        const QStringList files = core::findRecordingFiles(plain, &skipped);
        for (const QString& f : skipped)
            lines.push_back({f, ImportLine::Result::Skipped, skippedReason(f)});
        for (int i = 0; i < files.size() && !cancelled_; ++i) {
            emit progress(i, files.size(), QFileInfo(files[i]).fileName());
            const core::ImportOutcome o = store.importFile(files[i]);
            lines.push_back(lineFor(o, files[i]));
            emit progress(i + 1, files.size(), o.message);
        }
        if (!core::endImportJournal(*ws, &error))
            lines.push_back({workspace_, ImportLine::Result::Warning, error});
    }  // the connection closes on this thread before the GUI reopens the workspace
    emit finished(lines, cancelled_);
}

}  // namespace alfee::ui
