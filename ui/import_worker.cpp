#include "ui/import_worker.h"

#include <QFileInfo>

#include "core/workspace/recording_files.h"
#include "core/workspace/recording_store.h"

namespace alfee::ui {

void ImportWorker::run() {
    QString error;
    QStringList failures;
    int imported = 0;
    {
        auto ws = core::Workspace::open(workspace_, &error);
        if (!ws) {
            emit finished(0, {error}, false);
            return;
        }
        core::RecordingStore store(*ws);
        const QStringList files = core::findRecordingFiles(paths_);
        for (int i = 0; i < files.size() && !cancelled_; ++i) {
            emit progress(i, files.size(), QFileInfo(files[i]).fileName());
            const core::ImportOutcome o = store.importFile(files[i]);
            if (o.kind == core::ImportOutcome::Kind::Failed) failures << o.message;
            if (o.kind == core::ImportOutcome::Kind::Imported ||
                o.kind == core::ImportOutcome::Kind::Relocated)
                ++imported;
            emit progress(i + 1, files.size(), o.message);
        }
    }  // the connection closes on this thread before the GUI reopens the workspace
    emit finished(imported, failures, cancelled_);
}

}  // namespace alfee::ui
