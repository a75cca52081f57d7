// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/process_state.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <cerrno>
#include <csignal>

namespace alfee::core {

bool processAlive(qint64 pid) {
    if (pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno != EPERM)) return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) return true;
    const QByteArray text = stat.readAll();
    const int close = text.lastIndexOf(')');  // the state follows the command name
    return close < 0 || text.mid(close + 2, 1) != "Z";
}

}  // namespace alfee::core
