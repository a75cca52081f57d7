#pragma once
// What a process that ended without finishing (killed, crashed, the machine went down) left
// unfinished in a workspace, said once at the next start: an import, and training runs.

#include <QStringList>

namespace alfee::core {

class Workspace;

// One sentence per interrupted import or run whose process is gone from this machine; the runs
// are marked interrupted (resumable) and the import's record is cleared, so each is said once.
// Empty when nothing was interrupted or on error (*error set).
QStringList takeInterruptedWork(Workspace& ws, QString* error);

}  // namespace alfee::core
