// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/viewer/annotation_mouse.h"

#include <qcustomplot.h>

#include <QMouseEvent>
#include <algorithm>
#include <cmath>

#include "ui/viewer/trace_plot.h"

namespace alfee::ui {
namespace {

constexpr int kEdgePixels = 4;  // an edge is grabbed this close
constexpr int kDragPixels = 3;  // less is a click, not a drag

}  // namespace

AnnotationMouse::AnnotationMouse(TracePlot* plot) : QObject(plot), plot_(plot) {
    plot_->plot()->installEventFilter(this);
    plot_->plot()->setMouseTracking(true);
}

void AnnotationMouse::setAnnotating(bool on) {
    annotating_ = on;
    plot_->plot()->setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
}

double AnnotationMouse::secondsAt(int x) const {
    return plot_->plot()->xAxis->pixelToCoord(x);
}

// Edges first (of any annotation, top to bottom of the data area, in annotate mode), then the
// band: a long span's body must leave the traces under it to the new spans drawn there.
int AnnotationMouse::hit(const QPoint& at, Part* part) const {
    *part = Part::None;
    const QRect band = plot_->annotationBand();
    const QCPAxis* x = plot_->plot()->xAxis;
    const QVector<core::Annotation>& list = plot_->annotations();
    const bool inData = plot_->plot()->axisRect()->rect().contains(at);
    int body = -1;
    for (int i = list.size() - 1; i >= 0; --i) {
        const double on = x->coordToPixel(list[i].onsetSeconds());
        const double off = x->coordToPixel(list[i].onsetSeconds() + list[i].durationSeconds());
        if (annotating_ && inData && list[i].hasDuration() && list[i].duration100ns > 0) {
            const bool end = std::abs(at.x() - off) <= kEdgePixels;
            if (end || std::abs(at.x() - on) <= kEdgePixels) {
                *part = end ? Part::End : Part::Start;
                return i;
            }
        }
        if (body < 0 && band.contains(at) && at.x() >= on - kEdgePixels &&
            at.x() <= std::max(off, on + kEdgePixels))
            body = i;
    }
    if (body >= 0) *part = Part::Body;
    return body;
}

bool AnnotationMouse::eventFilter(QObject* watched, QEvent* event) {
    if (watched != plot_->plot()) return false;
    auto* mouse = static_cast<QMouseEvent*>(event);
    switch (event->type()) {
        case QEvent::MouseButtonPress:
            return pressed(mouse);
        case QEvent::MouseMove:
            return moved(mouse);
        case QEvent::MouseButtonRelease:
            return released(mouse);
        case QEvent::MouseButtonDblClick: {
            Part part;
            const int i = hit(mouse->pos(), &part);
            if (i >= 0 && part == Part::Body) emit annotationActivated(i);
            return i >= 0;
        }
        default:
            return false;
    }
}

bool AnnotationMouse::pressed(QMouseEvent* event) {
    Part part;
    const int i = hit(event->pos(), &part);
    if (event->button() == Qt::RightButton) {
        if (i < 0) return false;
        emit annotationSelected(i);
        emit annotationMenuRequested(i, event->globalPosition().toPoint());
        return true;
    }
    if (event->button() != Qt::LeftButton) return false;
    pressX_ = event->pos().x();
    if (i >= 0) {
        emit annotationSelected(i);
        if (!annotating_) return true;
        dragging_ = part, index_ = i;
        onset_ = plot_->annotations()[i].onsetSeconds();
        seconds_ = plot_->annotations()[i].durationSeconds();
        return true;
    }
    emit annotationSelected(-1);
    if (!annotating_ || !plot_->plot()->axisRect()->rect().contains(event->pos())) return false;
    drawing_ = true;
    onset_ = secondsAt(pressX_);
    return true;
}

void AnnotationMouse::draggedSpan(int x, double* from, double* to) const {
    const double shift = secondsAt(x) - secondsAt(pressX_);
    if (drawing_) {
        *from = std::min(onset_, secondsAt(x)), *to = std::max(onset_, secondsAt(x));
    } else if (dragging_ == Part::Body) {
        *from = onset_ + shift, *to = onset_ + seconds_ + shift;
    } else if (dragging_ == Part::Start) {
        *from = std::min(onset_ + shift, onset_ + seconds_), *to = onset_ + seconds_;
    } else {
        *from = onset_, *to = std::max(onset_, onset_ + seconds_ + shift);
    }
    *from = std::max(0.0, *from), *to = std::max(*from, *to);
}

bool AnnotationMouse::moved(QMouseEvent* event) {
    if (!drawing_ && dragging_ == Part::None) {
        showCursor(event->pos());
        return false;  // the readout under the cursor goes on
    }
    double from = 0, to = 0;
    draggedSpan(event->pos().x(), &from, &to);
    plot_->setSpanPreview(from, to);
    return false;
}

bool AnnotationMouse::released(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || (!drawing_ && dragging_ == Part::None)) return false;
    double from = 0, to = 0;
    draggedSpan(event->pos().x(), &from, &to);
    const bool dragged = std::abs(event->pos().x() - pressX_) >= kDragPixels;
    plot_->setSpanPreview(1, 0);
    if (dragged && drawing_) emit spanDrawn(from, to);
    if (dragged && dragging_ != Part::None) emit annotationDragged(index_, from, to - from);
    drawing_ = false, dragging_ = Part::None, index_ = -1;
    return true;
}

void AnnotationMouse::showCursor(const QPoint& at) {
    if (!annotating_) return;
    Part part;
    hit(at, &part);
    plot_->plot()->setCursor(part == Part::Start || part == Part::End ? Qt::SizeHorCursor
                             : part == Part::Body                     ? Qt::SizeAllCursor
                                                                      : Qt::CrossCursor);
}

}  // namespace alfee::ui
