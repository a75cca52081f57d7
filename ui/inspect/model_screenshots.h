// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The screenshot tour's model half: every page of the fine-tuning wizard, the dashboard during
// and after a run and with two runs side by side, the reconstruction viewer, the attention maps
// and the first page of a PDF report. It trains the pretrained model (6 epochs, as `alfee demo`)
// and the hybrid probe on the demo recordings, each beside its band-power baseline.

#include <QString>

namespace alfee::ui {

class MainWindow;

// Saves the model screens of the current theme (`theme` names the files), training the runs
// first when the workspace has no finished hybrid probe yet. Returns the number written.
int takeModelScreenshots(MainWindow& window, const QString& dir, const QString& theme,
                         const QString& suffix);

}  // namespace alfee::ui
