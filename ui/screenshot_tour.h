#pragma once
// `alfee-workbench --screenshots DIR`: one PNG per main view, in light and dark.

#include <QString>

namespace alfee::ui {

class MainWindow;

// Walks the views of a window showing the demo workspace and saves PNGs into `dir`; returns
// the number written, or -1 with *error set.
int takeScreenshots(MainWindow& window, const QString& dir, QString* error);

}  // namespace alfee::ui
