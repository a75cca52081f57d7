// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The demo workspace over the sample recordings that ship in resources/demo.

#include <QStringList>

namespace alfee::core {

// The folder of the bundled sample recordings (core/resources/resource_location.h: demo/ in
// $ALFEE_RESOURCES or in share/alfee-workbench beside bin/); empty when none is found.
QString demoRecordingsDir();

// Creates a workspace at `path` (unless it exists) with the demo recordings, the double-banana
// montage and two datasets (EEGMAT rest vs arithmetic, EEGMMIDB imagined left vs right fist).
// `log` gets one line per step.
bool createDemoWorkspace(const QString& path, QStringList* log, QString* error);

}  // namespace alfee::core
