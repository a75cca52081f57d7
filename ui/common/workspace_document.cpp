// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/workspace_document.h"

#include <QSqlQuery>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

#include "core/workspace/workspace.h"

namespace alfee::ui {

WorkspaceDocument::WorkspaceDocument(QObject* parent) : QObject(parent) {
    undoGroup_ = new QUndoGroup(this);
    watch_ = new QTimer(this);
    watch_->setInterval(2000);
    connect(watch_, &QTimer::timeout, this, &WorkspaceDocument::lookForOtherWriters);
}

// The tabs still alive hear of the end (the runs tab deletes for good what it hid).
WorkspaceDocument::~WorkspaceDocument() {
    if (workspace_) emit aboutToClose();
}

bool WorkspaceDocument::open(const QString& path, QString* error, bool create) {
    auto next =
        create ? core::Workspace::openOrCreate(path, error) : core::Workspace::open(path, error);
    if (!next) return false;
    if (workspace_) emit aboutToClose();
    workspace_ = std::move(next);
    dataVersion_ = -1;
    lookForOtherWriters();  // the version to compare with from now on
    watch_->start();
    emit opened();
    return true;
}

void WorkspaceDocument::close() {
    if (!workspace_) return;
    emit aboutToClose();
    workspace_.reset();
    watch_->stop();
    emit opened();
}

QString WorkspaceDocument::show(const QString& path, bool create) {
    QString error;
    if (path.isEmpty())
        close();
    else
        open(path, &error, create);
    return error;
}

QString WorkspaceDocument::path() const {
    return workspace_ ? workspace_->path() : QString();
}

void WorkspaceDocument::addUndoStack(QUndoStack* stack) {
    undoGroup_->addStack(stack);
}

// data_version changes when another connection commits; this connection's own writes leave it
// as it is (the tabs say those through the signals above).
void WorkspaceDocument::lookForOtherWriters() {
    if (!workspace_) return;
    QSqlQuery q(workspace_->db());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next()) return;
    const qint64 version = q.value(0).toLongLong();
    const bool changed = dataVersion_ >= 0 && version != dataVersion_;
    dataVersion_ = version;
    if (changed) emit changedElsewhere();
}

}  // namespace alfee::ui
