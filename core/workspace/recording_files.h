#pragma once
// Which files an import takes: the files given, and every EDF/BDF file below the given folders.

#include <QStringList>

namespace alfee::core {

// Folders are searched recursively (sorted within each folder); other paths pass unchanged, so
// that a wrong one gets its own clear error from the import.
QStringList findRecordingFiles(const QStringList& paths);

}  // namespace alfee::core
