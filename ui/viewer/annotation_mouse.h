// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the mouse does to the annotations of the trace plot. In either mode a click on an
// annotation's band selects it, a double click asks to rename it and a right click asks for its
// menu. In annotate mode (the viewer's Annotate button, key A) a drag over the traces draws a
// new span, an annotation's edges drag to resize it and its band drags to move it.

#include <QObject>
#include <QPoint>

class QMouseEvent;

namespace alfee::ui {

class TracePlot;

// An event filter on a TracePlot's plot; says what was done through its signals.
class AnnotationMouse : public QObject {
    Q_OBJECT
  public:
    explicit AnnotationMouse(TracePlot* plot);

    void setAnnotating(bool on);
    bool annotating() const { return annotating_; }
    // What is under `at` (pixels of the plot): the annotation's index, -1 for none, and which
    // part of it.
    enum class Part { None, Body, Start, End };
    int hit(const QPoint& at, Part* part) const;
    // The seconds at pixel column `x` of the plot.
    double secondsAt(int x) const;

  signals:
    void spanDrawn(double from, double to);
    void annotationDragged(int index, double onset, double seconds);
    void annotationSelected(int index);
    void annotationActivated(int index);
    void annotationMenuRequested(int index, const QPoint& globalPos);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    bool pressed(QMouseEvent* event);
    bool moved(QMouseEvent* event);
    bool released(QMouseEvent* event);
    void showCursor(const QPoint& at);
    // The span the drag gives now: [*from, *to] in seconds.
    void draggedSpan(int x, double* from, double* to) const;

    TracePlot* plot_;
    bool annotating_ = false;
    Part dragging_ = Part::None;
    bool drawing_ = false;
    int index_ = -1;    // the annotation dragged
    int pressX_ = 0;    // where the drag began (pixels)
    double onset_ = 0;  // the dragged annotation's span before the drag, or the drawn span's start
    double seconds_ = 0;
};

}  // namespace alfee::ui
