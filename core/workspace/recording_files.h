// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which files an import takes: the files given, and every EDF/BDF file below the given folders.

#include <QStringList>

namespace alfee::core {

// Folders are searched recursively (sorted within each folder) for EDF/BDF files; other paths
// pass unchanged, so that a wrong one gets its own clear error from the import. Other files
// found in the folders are listed in *skipped when it is given.
QStringList findRecordingFiles(const QStringList& paths, QStringList* skipped = nullptr);

}  // namespace alfee::core
