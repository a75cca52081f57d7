#include "ui/import_worker.h"

#include <QFileInfo>

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

void ImportWorker::run() {
    QString error;
    QVector<ImportLine> lines;
    {
        auto ws = core::Workspace::open(workspace_, &error);
        if (!ws) {
            emit finished({{workspace_, ImportLine::Result::Failed, error}}, false);
            return;
        }
        core::RecordingStore store(*ws);
        QStringList skipped;
        const QStringList files = core::findRecordingFiles(paths_, &skipped);
        for (const QString& f : skipped)
            lines.push_back({f, ImportLine::Result::Skipped, skippedReason(f)});
        for (int i = 0; i < files.size() && !cancelled_; ++i) {
            emit progress(i, files.size(), QFileInfo(files[i]).fileName());
            const core::ImportOutcome o = store.importFile(files[i]);
            lines.push_back(lineFor(o, files[i]));
            emit progress(i + 1, files.size(), o.message);
        }
    }  // the connection closes on this thread before the GUI reopens the workspace
    emit finished(lines, cancelled_);
}

}  // namespace alfee::ui
