// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The annotations of a recording as a table (onset, duration, text): one click jumps to an
// event, and the table follows the page the viewer shows.

#include <QTableWidget>

#include "core/recording/recording_info.h"

namespace alfee::ui {

// Annotation table shared by the main window's dock and the viewer (annotation-only files).
class AnnotationList : public QTableWidget {
    Q_OBJECT
  public:
    explicit AnnotationList(QWidget* parent = nullptr);
    void setAnnotations(const QVector<core::Annotation>& annotations);
    // Marks the events inside [start, end) and scrolls to the first of them.
    void followPage(double start, double end);
    double onsetAt(int row) const;
    int firstRowInPage() const { return firstInPage_; }

  signals:
    void jumpRequested(double onsetSeconds);

  private:
    QVector<core::Annotation> annotations_;
    int firstInPage_ = -1;
};

// "12.5 s", "1:02:03" for long onsets; durations the same way, "-" when the TAL has none.
QString formatSeconds(double seconds);

}  // namespace alfee::ui
