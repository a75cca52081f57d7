// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The signal viewer: the traces of one recording under a montage, page by page, in recording
// time (EDF+D segments at their true onsets), each channel type on its own scale, display
// filters, keyboard and wheel paging, channel selection and a cursor readout. Reads only the
// page on screen (core::PageReader), at the width it is drawn at.

#include <QWidget>
#include <memory>

#include "core/recording/recording.h"
#include "core/viewer/display_scales.h"
#include "core/viewer/page_reader.h"

class QCustomPlot;
class QComboBox;
class QCheckBox;
class QDoubleSpinBox;
class QHBoxLayout;
class QTimer;
class QLabel;
class QStackedWidget;
class QUndoStack;

namespace alfee::ui {

class AnnotationList;
class AnnotationTools;
class OverviewStrip;
class ChannelChooser;
class TracePlot;
class WorkspaceDocument;

// A page-at-a-time EEG browser for one recording.
class SignalViewer : public QWidget {
    Q_OBJECT
  public:
    explicit SignalViewer(QWidget* parent = nullptr);
    ~SignalViewer() override;

    // Opens `path` with the mapping (the label rules' mapping when none is given); keeps the
    // recording shown so far when it fails.
    bool openRecording(const QString& path, QString* error,
                       const core::ChannelMapping* mapping = nullptr);
    void clear();  // back to the empty viewer and its hint
    // The document whose workspace keeps edited annotations.
    void setDocument(WorkspaceDocument* document);
    // The recording open is workspace recording `id`: its annotations are the workspace's, and
    // editable (the file's own until then, read-only).
    bool showWorkspaceRecording(qint64 id, QString* error);
    // The annotations shown: the workspace's (edited or the file's), or the file's.
    const QVector<core::Annotation>& annotations() const;
    AnnotationTools* annotationTools() const { return annotationTools_; }
    OverviewStrip* overview() const { return overview_; }
    // The annotation edits' history of the recording shown; null for a file outside the
    // workspace.
    QUndoStack* undoStack() const;
    bool hasRecording() const { return rec_ != nullptr; }
    const core::RecordingInfo* info() const;
    QString filePath() const { return rec_ ? rec_->info().path : QString(); }

    void goTo(double seconds);  // first second of the page, clamped to the recording
    void nextPage();            // over a gap to the next data
    void previousPage();
    void scrollByFraction(double fraction);  // Left/Right: a tenth of a page
    void setPageSeconds(double seconds);
    // EEG microvolts per lane; the other types keep their ratio to it (MNE's scalings).
    void setMicrovoltsPerDivision(double uv);
    // Shows the montage (the editor's, or one of the combo's); false, with `problem`, and as
    // recorded when the recording lacks its electrodes.
    bool setMontage(const core::Montage& montage);
    void setMontageIndex(int index);
    QStringList montageNames() const;
    void setFilters(const core::ViewFilters& filters);
    const core::ViewFilters& filters() const { return filters_; }
    void setTraceShown(int trace, bool shown);  // one trace of the current montage
    void setShownTraces(const QVector<bool>& shown);

    double pageStart() const { return start_; }
    double pageSeconds() const { return page_; }
    double duration() const;
    double microvoltsPerDivision() const { return scales_.perLane(core::DisplayType::Eeg, true); }
    const core::DisplayScales& scales() const { return scales_; }
    int drawnSampleCount() const;
    int traceCount() const { return traces_.size(); }
    const QVector<core::Trace>& traces() const { return traces_; }
    QStringList traceNames() const;
    int readPixelWidth() const { return readWidth_; }
    TracePlot* tracePlot() const { return plot_; }
    QCustomPlot* plot() const;
    AnnotationList* annotationOnlyList() const { return annotationOnly_; }
    ChannelChooser* channelChooser() const { return channels_; }
    QString emptyHint() const;
    QString statusText() const;  // the line under the traces
    QString cursorText() const;  // the readout of the point under the mouse
    bool showsAnnotationsOnly() const;

  signals:
    void pageChanged(double start, double end);
    void problem(const QString& message);
    void recordingChanged(const QString& path);
    void annotationsChanged();
    void undoStackChanged();

  protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

  private:
    QWidget* makeToolbar();
    QWidget* makeFilterControls(QWidget* bar);
    void placeFilterControls();
    void fillMontages();
    void fillChannels();
    void rescale();
    void redraw();
    void filtersEdited();
    void wheelTurned(int steps, Qt::KeyboardModifiers modifiers);
    void zoomGain(int direction);
    void showStatus();
    bool annotationKey(int key);

    std::unique_ptr<core::Recording> rec_;
    std::unique_ptr<core::PageReader> reader_;
    core::ViewFilters filters_;
    core::DisplayScales scales_;
    // The combo's montages: the built-in ones this recording allows, then the montage editor's.
    struct NamedMontage {
        QString label;
        core::Montage montage;
    };
    QVector<NamedMontage> montages_;
    int builtInMontages_ = 0;
    QVector<core::Trace> traces_;
    QStackedWidget* stack_ = nullptr;
    TracePlot* plot_ = nullptr;
    AnnotationList* annotationOnly_ = nullptr;
    QLabel *hint_ = nullptr, *file_ = nullptr, *status_ = nullptr, *cursor_ = nullptr;
    QComboBox *pageBox_ = nullptr, *gainBox_ = nullptr, *montageBox_ = nullptr,
              *notchBox_ = nullptr;
    QCheckBox *bandpassBox_ = nullptr, *dcBox_ = nullptr;
    QDoubleSpinBox *lowBox_ = nullptr, *highBox_ = nullptr;
    QTimer* edgeTimer_ = nullptr;  // applies stepped band edges once the steps pause
    QHBoxLayout *firstRow_ = nullptr, *secondRow_ = nullptr;  // the toolbar's rows
    QWidget* filterControls_ = nullptr;                       // in the first row when it fits
    ChannelChooser* channels_ = nullptr;
    AnnotationTools* annotationTools_ = nullptr;
    OverviewStrip* overview_ = nullptr;
    double start_ = 0, page_ = 10;
    int readWidth_ = 0;
    bool opening_ = false;  // openRecording() at work: the page is drawn at its end
};

}  // namespace alfee::ui
