#pragma once
// The Workbench's main window: for now a recordings table over the workspace's import.

#include <QMainWindow>

class QTableWidget;

namespace alfee::ui {

// Top-level window of alfee-workbench.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    // Adds the recordings at `paths` to the table (header summary per file).
    void showRecordings(const QStringList& paths);

private:
    void openFiles();
    QTableWidget* table_ = nullptr;
};

}  // namespace alfee::ui
