// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Imports recordings into a workspace on a worker thread, with progress and cancel.

#include <QObject>
#include <QStringList>
#include <atomic>

#include "ui/datasets/import_report.h"

namespace alfee::core {
class Workspace;
}

namespace alfee::ui {

// Lives on a worker thread (moveToThread); opens its own SQLite connection there.
class ImportWorker : public QObject {
    Q_OBJECT
  public:
    ImportWorker(QString workspace, QStringList paths)
        : workspace_(std::move(workspace)), paths_(std::move(paths)) {
        ++live_;
    }
    ~ImportWorker() override { --live_; }
    // Workers not yet deleted (a test checks that none outlives its import).
    static int liveCount() { return live_; }
    void cancel() { cancelled_ = true; }

  public slots:
    void run();

  signals:
    void progress(int done, int total, const QString& message);
    void finished(const QVector<alfee::ui::ImportLine>& lines, bool cancelled);

  private:
    void importBidsRoot(core::Workspace& ws, const QString& root, QVector<ImportLine>* lines);

    QString workspace_;
    QStringList paths_;
    std::atomic_bool cancelled_{false};
    static inline std::atomic_int live_{0};
};

}  // namespace alfee::ui
