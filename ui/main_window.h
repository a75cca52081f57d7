#pragma once
// The Workbench's main window: the recordings of the open workspace.

#include <QMainWindow>

class QListWidget;
class QTabWidget;
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
    // Opens a recording of the workspace in the viewer tab, with its stored mapping.
    bool viewRecording(int row);
    class SignalViewer* viewer() const { return viewer_; }
    QTabWidget* tabs() const { return tabs_; }
    // Dark or light palette (Fusion); the default follows the system's.
    static void applyTheme(bool dark);

signals:
    void workspaceShown();

private:
    void chooseWorkspace();
    void showWorkspace(const QString& path);
    void importFiles();

    void fillAnnotations();

    QTableWidget* table_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    class SignalViewer* viewer_ = nullptr;
    QListWidget* annotations_ = nullptr;
    QString workspacePath_;
    QVector<qint64> rowIds_;
};

}  // namespace alfee::ui
