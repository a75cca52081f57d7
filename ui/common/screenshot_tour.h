// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `alfee-workbench --screenshots DIR`: one PNG per main view, in light and dark.

#include <QString>

namespace alfee::ui {

class MainWindow;

// Walks the views of a window showing the demo workspace and saves PNGs into `dir`; returns
// the number written, or -1 with *error set.
// `suffix` ends each file name ("-zh_CN"); a translated tour is taken in the light theme only.
int takeScreenshots(MainWindow& window, const QString& dir, QString* error,
                    const QString& suffix = QString());

}  // namespace alfee::ui
