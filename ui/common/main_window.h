// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Workbench's main window: dataset manager, montage editor, signal viewer and runs
// dashboard as tabs, an annotation dock, recent workspaces and settings.

#include <QMainWindow>
#include <functional>

class QLabel;
class QMenu;
class QTabWidget;
class QUndoStack;

namespace alfee::ui {

class AnnotationList;
class DatasetManager;
class HelpGuide;
class MontageEditor;
class ModelInspector;
class RunsDashboard;
class SignalViewer;
class WorkspaceDocument;

// Top-level window of alfee-workbench.
class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens `path`, or creates the demo workspace there first when it does not exist yet (the
    // first start: the guide then says what to do next); the creation runs on a worker thread.
    void openWorkspace(const QString& path);
    // Where the application keeps its demo workspace (opened when no other is asked for).
    static QString demoWorkspacePath();
    bool showsDemo() const;
    HelpGuide* guide() const { return guide_; }
    // Files handed over on the command line (a file manager's "Open with"): imported into the
    // workspace once it shows, the first one then opened in the viewer.
    void openFilesWhenShown(const QStringList& files);
    // What the last workspace opened said was interrupted (an import, runs), one line each.
    QStringList interruptedWork() const { return interrupted_; }
    QString workspacePath() const;
    WorkspaceDocument* document() const { return document_; }
    int recordingCount() const;
    // Opens a recording of the workspace (by table row) in the viewer, with its stored mapping.
    bool viewRecording(int row);
    bool viewRecordingId(qint64 id);

    SignalViewer* viewer() const { return viewer_; }
    DatasetManager* datasetManager() const { return datasets_; }
    MontageEditor* montageEditor() const { return montage_; }
    RunsDashboard* runsDashboard() const { return runs_; }
    ModelInspector* inspector() const { return inspector_; }
    QTabWidget* tabs() const { return tabs_; }
    QAction* undoAction() const { return undo_; }
    AnnotationList* annotationList() const { return annotations_; }

    // "light", "dark" or "system" (the platform's palette).
    static void applyTheme(const QString& theme);
    static void applyTheme(bool dark) { applyTheme(QString(dark ? "dark" : "light")); }
    static QPalette darkPalette();

    // Asked when the window closes while a run trains here; true closes (the run is cancelled
    // with a checkpoint and named at the next start). A question box when not set.
    std::function<bool(const QString& question)> confirmQuit;
    // Asked before recordings go into the demo workspace (they went in silently): the workspace
    // to import them into (the demo's own path, or a new one made for them), or empty not to
    // import. A question box and the New-workspace dialog when not set.
    std::function<QString(const QStringList& files)> chooseImportWorkspace;

  signals:
    void workspaceShown();

  protected:
    void closeEvent(QCloseEvent* event) override;

  private:
    void makeMenus();
    void makeHelpMenu();
    void showGuide();
    void chooseWorkspace();
    void createWorkspace();
    QString newWorkspaceFromDialog();
    bool confirmImportTarget(const QStringList& files);
    QString askImportWorkspace(const QStringList& files);
    void showWorkspace(const QString& path);
    void reportInterrupted(const QStringList& lines);
    void showWorkspaceLabel();
    void importAndView(const QStringList& files);
    void viewFile(const QString& path);
    void rememberRecent(const QString& path);
    void fillRecentMenu();
    void showSettings();
    QUndoStack* currentUndoStack() const;  // of the tab shown; none for the inspector
    void activateUndoStack();
    void refreshUndoActions();

    QTabWidget* tabs_ = nullptr;
    DatasetManager* datasets_ = nullptr;
    MontageEditor* montage_ = nullptr;
    SignalViewer* viewer_ = nullptr;
    RunsDashboard* runs_ = nullptr;
    ModelInspector* inspector_ = nullptr;
    AnnotationList* annotations_ = nullptr;
    QMenu* recent_ = nullptr;
    QLabel* workspaceLabel_ = nullptr;  // the workspace and its recordings, always shown
    QAction *undo_ = nullptr, *redo_ = nullptr;
    WorkspaceDocument* document_ = nullptr;
    QStringList interrupted_;
    HelpGuide* guide_ = nullptr;
    bool dockHiddenAwayFromViewer_ = false;
    bool demoImportAgreed_ = false;  // the user chose the demo workspace for their files once
};

}  // namespace alfee::ui
