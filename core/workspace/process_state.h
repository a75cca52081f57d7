// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Whether the process that wrote a record into a workspace (a run, an import) still runs.

#include <QtGlobal>

namespace alfee::core {

// True while `pid` runs on this machine; a zombie (killed, not yet reaped: in a container nobody
// may ever reap it) is not alive.
bool processAlive(qint64 pid);

}  // namespace alfee::core
