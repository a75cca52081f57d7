// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where the files the programs read at run time are (demo recordings, the shipped checkpoint):
// $ALFEE_RESOURCES if set, otherwise share/alfee-workbench beside the executable's bin/ folder,
// the same relative place in an installed tree (/usr/bin -> /usr/share/alfee-workbench) and in
// the build tree (the build mirrors it with links to resources/). No source path is compiled in.

#include <QString>

namespace alfee::core {

// The absolute path of `relative` (e.g. "demo/Subject00_1.edf") in the first resource folder
// that has it; empty when none has.
QString findResource(const QString& relative);

// The resource folders searched, in order (for messages).
QStringList resourceFolders();

}  // namespace alfee::core
