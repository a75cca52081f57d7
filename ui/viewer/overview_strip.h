// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A strip under the viewer's toolbar that shows the whole recording: each annotation at its
// time (a tick, or a bar over its span; one colour per text), the gaps of an EDF+D file, and
// the page on screen as a frame. A click or a drag jumps there.

#include <QVector>
#include <QWidget>

#include "core/recording/recording_info.h"
#include "core/recording/recording_timeline.h"

namespace alfee::ui {

// The whole recording at a glance, one pixel column per duration / width seconds.
class OverviewStrip : public QWidget {
    Q_OBJECT
  public:
    explicit OverviewStrip(QWidget* parent = nullptr);

    void setRecording(double duration, const QVector<core::TimeGap>& gaps);
    void setAnnotations(const QVector<core::Annotation>& annotations);
    void setPage(double start, double seconds);
    // The seconds at pixel column `x` (the strip's own coordinates), and back.
    double secondsAt(int x) const;
    int pixelAt(double seconds) const;
    QSize sizeHint() const override;

  signals:
    // The user clicked or dragged to `seconds`: the page should be centred there.
    void jumpRequested(double seconds);

  protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

  private:
    double duration_ = 0, pageStart_ = 0, pageSeconds_ = 0;
    QVector<core::TimeGap> gaps_;
    QVector<core::Annotation> annotations_;
};

}  // namespace alfee::ui
