// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/viewer/overview_strip.h"

#include <QMouseEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>

#include "ui/viewer/annotation_colour.h"

namespace alfee::ui {

OverviewStrip::OverviewStrip(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("The whole recording: annotations, gaps and the page shown. Click to go there."));
}

QSize OverviewStrip::sizeHint() const {
    return {400, 18};
}

void OverviewStrip::setRecording(double duration, const QVector<core::TimeGap>& gaps) {
    duration_ = duration;
    gaps_ = gaps;
    update();
}

void OverviewStrip::setAnnotations(const QVector<core::Annotation>& annotations) {
    annotations_ = annotations;
    update();
}

void OverviewStrip::setPage(double start, double seconds) {
    pageStart_ = start, pageSeconds_ = seconds;
    update();
}

double OverviewStrip::secondsAt(int x) const {
    if (duration_ <= 0 || width() <= 1) return 0;
    return std::clamp(double(x) / (width() - 1) * duration_, 0.0, duration_);
}

int OverviewStrip::pixelAt(double seconds) const {
    if (duration_ <= 0) return 0;
    return int(std::lround(seconds / duration_ * (width() - 1)));
}

void OverviewStrip::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::AlternateBase));
    if (duration_ <= 0) return;
    for (const core::TimeGap& gap : gaps_)
        p.fillRect(QRect(QPoint(pixelAt(gap.from), 0), QPoint(pixelAt(gap.to), height() - 1)),
                   QBrush(palette().color(QPalette::Mid), Qt::BDiagPattern));
    for (const core::Annotation& a : annotations_) {
        const int from = pixelAt(a.onsetSeconds());
        const int to = std::max(from, pixelAt(a.onsetSeconds() + a.durationSeconds()));
        p.fillRect(QRect(QPoint(from, 3), QPoint(to, height() - 4)),
                   annotationColour(a.text, palette()));
    }
    QPen frame(palette().color(QPalette::Text), 2);
    p.setPen(frame);
    const int left = pixelAt(pageStart_);
    const int right = std::max(left + 2, pixelAt(pageStart_ + pageSeconds_));
    p.drawRect(QRect(QPoint(left, 1), QPoint(std::min(right, width() - 1), height() - 2)));
}

void OverviewStrip::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) emit jumpRequested(secondsAt(event->pos().x()));
}

void OverviewStrip::mouseMoveEvent(QMouseEvent* event) {
    if (event->buttons() & Qt::LeftButton) emit jumpRequested(secondsAt(event->pos().x()));
}

}  // namespace alfee::ui
