// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/data_preview.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include "core/workspace/workspace.h"

namespace alfee::core {

bool copyWorkspace(const QString& workspace, const QString& copyPath, QString* error) {
    auto ws = Workspace::open(workspace, error);
    if (!ws) return false;
    QSqlQuery q(ws->db());
    if (!q.prepare("VACUUM INTO ?")) {
        *error = q.lastError().text();
        return false;
    }
    q.addBindValue(copyPath);
    if (!q.exec()) {
        *error = QStringLiteral("%1: cannot copy to %2: %3")
                     .arg(workspace, copyPath, q.lastError().text());
        return false;
    }
    return true;
}

bool previewTrainingData(const FineTuneOptions& options, const QString& scratchDir,
                         TrainingData* out, QString* error) {
    const QString copy = QDir(scratchDir).filePath("preview.alfee");
    QFile::remove(copy);
    if (!copyWorkspace(options.workspace, copy, error)) return false;
    auto ws = Workspace::open(copy, error);
    if (!ws) return false;
    return options.datasets.isEmpty()
               ? loadFileData(*ws, options.dataPaths, options.spec, out, error)
               : loadDatasetData(*ws, options.datasets.front(), out, error);
}

}  // namespace alfee::core
