// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The workspace schema as a list of migrations; migration N brings version N-1 to N.

#include <QStringList>
#include <QVector>

namespace alfee::core {

// SQL statements of each migration, in order: element 0 creates version 1.
const QVector<QStringList>& workspaceMigrations();

}  // namespace alfee::core
