// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The viewer's annotation editing: the Annotate button (key A) and the label new spans get, the
// mouse on the trace plot (AnnotationMouse), the menu of an annotation (rename, channels,
// delete) and its dialogs; the edits go to RecordingAnnotations (undoable, saved at once).

#include <QWidget>
#include <optional>

#include "core/recording/recording_info.h"

class QComboBox;
class QToolButton;

namespace alfee::ui {

class AnnotationMouse;
class RecordingAnnotations;
class TracePlot;

// A toolbar part of the viewer that edits the annotations drawn on its trace plot.
class AnnotationTools : public QWidget {
    Q_OBJECT
  public:
    AnnotationTools(TracePlot* plot, QWidget* parent = nullptr);

    RecordingAnnotations* annotations() const { return annotations_; }
    AnnotationMouse* mouse() const { return mouse_; }
    // The recording's file and signal labels (the channels an annotation may concern).
    void setRecording(const QString& path, const QStringList& labels);
    void setAnnotating(bool on);
    bool annotating() const;
    // The text new annotations get (the label box).
    QString label() const;
    void setLabel(const QString& text);
    QComboBox* labelBox() const { return label_; }
    int selected() const { return selected_; }
    void select(int index);

    // The edits, also from the mouse, the keys and the menu; false with a problem() when refused.
    bool addSpan(double from, double to);
    bool addMarker(double at);  // no duration
    bool deleteSelected();
    bool rename(int index, const QString& text);
    bool setChannels(int index, const QStringList& channels);
    bool move(int index, double onset, double seconds);
    // Writes the annotations shown (CSV, MNE text, BIDS events.tsv, or an EDF+/BDF+ copy of the
    // recording with them); false with a problem().
    bool exportTo(const QString& path, QStringList* written);
    // Asks for a new text, the channels or the file in a dialog (tests call the above).
    void askRename(int index);
    void askChannels(int index);
    void askExport();

  signals:
    void problem(const QString& message);
    void exported(const QStringList& files);
    // Enter in the label box, a dialog or the menu closed: the keys are the viewer's again
    // (a line edit with the focus took Ctrl+Z for its own undo).
    void keysBack();

  private:
    void showMenu(int index, const QPoint& globalPos);
    void offerLabels();
    void reselect();
    bool changeAndKeepSelected(int index, const core::Annotation& a);
    bool edited(bool ok, const QString& error);

    TracePlot* plot_;
    AnnotationMouse* mouse_ = nullptr;
    RecordingAnnotations* annotations_ = nullptr;
    QToolButton* annotate_ = nullptr;
    QComboBox* label_ = nullptr;
    QString recording_;
    QStringList signalLabels_;
    int selected_ = -1;
    std::optional<core::Annotation> selectedValue_;  // what selected_ pointed at
};

}  // namespace alfee::ui
