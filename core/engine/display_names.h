// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The words the GUI shows for values that are stored and exchanged in English (split names,
// run statuses, job phases): the registry, the CLI and JSON keep the English value.

#include <QString>

namespace alfee::core {

// "train", "validation", "test" in the user's language; other values as they are.
QString splitDisplayName(const QString& split);
// "running", "finished", "interrupted", "cancelled", "failed".
QString runStatusDisplayName(const QString& status);
// A job's phase: "preparing data", "training", "validating", "testing", "predicting"...
QString phaseDisplayName(const QString& phase);

}  // namespace alfee::core
