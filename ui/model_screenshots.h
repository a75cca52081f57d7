#pragma once
// The screenshot tour's model half: every page of the fine-tuning wizard, the dashboard during
// and after a run and with two runs side by side, the reconstruction viewer, the attention maps
// and the first page of a PDF report. It trains two short runs on the demo recordings.

#include <QString>

namespace alfee::ui {

class MainWindow;

// Saves the model screens of the current theme (`theme` names the files), training the two
// runs first when the workspace has fewer. Returns the number written.
int takeModelScreenshots(MainWindow& window, const QString& dir, const QString& theme,
                         const QString& suffix);

}  // namespace alfee::ui
