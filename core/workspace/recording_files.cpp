// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/recording_files.h"

#include <QDirIterator>
#include <QFileInfo>

#include "core/recording/fif_links.h"
#include "core/recording/recording_formats.h"

namespace alfee::core {
namespace {

// A later part of a split FIF recording: the first part reads it.
bool isFifContinuation(const QString& path) {
    const QString name = path.toLower();
    return name.endsWith(".fif") && readFifLinks(path).continuesAnother;
}

}  // namespace

QStringList findRecordingFiles(const QStringList& paths, QStringList* skipped) {
    QStringList out;
    for (const QString& p : paths) {
        if (!QFileInfo(p).isDir()) {
            out << p;
            continue;
        }
        QStringList found;
        QDirIterator it(p, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            if (isFifContinuation(f)) continue;  // read with the part it continues
            if (isRecordingFileName(f))
                found << f;
            else if (skipped)
                skipped->append(f);
        }
        found.sort();
        out << found;
    }
    return out;
}

}  // namespace alfee::core
