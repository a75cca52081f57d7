#pragma once
// The Workbench's main window: the recordings of the open workspace.

#include <QMainWindow>

class QTableWidget;

namespace alfee::ui {

// Top-level window of alfee-workbench.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    // Opens `path`, or creates the demo workspace there first when it does not exist yet; the
    // creation runs on a worker thread.
    void openWorkspace(const QString& path);
    QString workspacePath() const { return workspacePath_; }
    int recordingCount() const;

signals:
    void workspaceShown();

private:
    void chooseWorkspace();
    void showWorkspace(const QString& path);
    void importFiles();

    QTableWidget* table_ = nullptr;
    QString workspacePath_;
};

}  // namespace alfee::ui
