// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Inspect tab: a model (the bundled pretrained one, a run's checkpoint or a file), a
// recording and a window, shown as the reconstruction viewer and the attention maps. The
// model runs on a worker thread; stepping through windows never blocks the window.

#include <QWidget>

#include "core/engine/attention_maps.h"
#include "core/engine/reconstruction.h"

class QComboBox;
class QDoubleSpinBox;
class QPushButton;
class QTabWidget;

namespace alfee::ui {

class AttentionView;
class JobController;
class ReconstructionView;
class WorkspaceDocument;

// Chooses what to inspect and runs the reconstruction or attention job for the visible view.
class ModelInspector : public QWidget {
    Q_OBJECT
  public:
    explicit ModelInspector(QWidget* parent = nullptr);
    ~ModelInspector() override;

    // The window's document: its runs' checkpoints and its recordings are the choices.
    void setDocument(WorkspaceDocument* document);
    // Alone: opens `path` into a document of its own.
    void setWorkspace(const QString& path);
    // Reads the runs and recordings of the workspace again (new checkpoints, imports).
    void refresh();
    // Selects a model and a recording by path, then shows the window at `onset`.
    void inspect(const QString& checkpoint, const QString& recording, double onset);
    // Steps `windows` windows forwards (negative: back).
    void stepWindows(int windows);
    // Saves the visible figure as PNG or SVG (by suffix).
    bool exportFigure(const QString& path, QString* error);

    ReconstructionView* reconstruction() const { return reconstruction_; }
    AttentionView* attention() const { return attention_; }
    QTabWidget* views() const { return views_; }
    QComboBox* modelChooser() const { return model_; }
    QComboBox* recordingChooser() const { return recording_; }
    QComboBox* taskChooser() const { return task_; }
    QDoubleSpinBox* onset() const { return onset_; }
    bool busy() const;

  signals:
    void shown();  // a figure was drawn from a finished job
    void message(const QString& text);

  protected:
    void keyPressEvent(QKeyEvent* event) override;

  private:
    void createChoosers();
    void connectChoosers();
    void request();
    void startJob();
    void chooseOtherModel();
    void chooseOtherRecording();
    void exportChosenFile();
    void onRecordingChanged();
    QString signalProblem(const QString& path, double* seconds) const;
    void onFinished(const QString& status, const QString& message);
    double windowSeconds() const { return 10.0; }

    WorkspaceDocument* document_ = nullptr;
    QComboBox* model_ = nullptr;
    QComboBox* recording_ = nullptr;
    QComboBox* task_ = nullptr;
    QDoubleSpinBox* onset_ = nullptr;
    QPushButton* export_ = nullptr;
    QTabWidget* views_ = nullptr;
    ReconstructionView* reconstruction_ = nullptr;
    AttentionView* attention_ = nullptr;
    JobController* jobs_ = nullptr;
    QString unreadable_;      // why the chosen recording cannot be inspected at all
    QString recordingShown_;  // the recording the views are of
    bool pending_ = false;    // something changed while a job ran: run again when it ends
};

}  // namespace alfee::ui
