// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The drawing half of the signal viewer: one lane per trace, each clipped to its lane and scaled
// by its channel type, EDF+D gaps shaded, annotations in a band above the traces, a vertical
// scroll bar when the lanes do not fit, and a readout of time and amplitude under the cursor.

#include <QWidget>

#include "core/viewer/display_scales.h"
#include "core/viewer/page_reader.h"

class QCustomPlot;
class QScrollBar;

namespace alfee::ui {

class LaneTraces;

// A QCustomPlot with lanes; lane i (0 at the top) is centred at y = -i.
class TracePlot : public QWidget {
    Q_OBJECT
  public:
    explicit TracePlot(QWidget* parent = nullptr);

    void setPage(const QVector<core::Trace>& traces, double start, double seconds,
                 const core::DisplayScales& scales);
    // Gaps and annotations drawn with the next page.
    void setDecorations(const QVector<core::TimeGap>& gaps, const QVector<core::SegmentJoin>& joins,
                        const QVector<core::Annotation>& annotations);
    // The file's signal labels, by signal: an annotation of some channels is shaded on the lanes
    // computed from them.
    void setSignalLabels(const QStringList& labels) { signalLabels_ = labels; }
    const QVector<core::Annotation>& annotations() const { return annotations_; }
    // The annotation drawn selected (-1: none), and a span drawn outlined while the mouse drags
    // one (from > to: none); both redraw at once.
    void setSelectedAnnotation(int index);
    int selectedAnnotation() const { return selected_; }
    void setSpanPreview(double from, double to);
    // The top of the data area, and the band of annotation labels under it (pixels of plot()).
    QRect annotationBand() const;
    void clear();

    // The number of pixel columns a page should be read at (the data area's width).
    int pixelWidth() const;
    int firstLane() const;
    int visibleLanes() const { return visible_; }
    void scrollLanes(int delta);
    int drawnPoints() const { return drawn_; }
    // What trace i looks like on screen: (seconds, lanes) points, NaN between segments.
    const QVector<QPointF>& lanePoints(int trace) const;
    QCustomPlot* plot() const { return plot_; }
    QColor traceColour(int trace) const;  // as drawn
    QScrollBar* scrollBar() const { return scroll_; }
    static constexpr double kClip = 0.75;  // MNE's 1.5 x half a lane

    // Text of the readout at a point of the plot widget (empty outside the data).
    QString readoutAt(const QPoint& at) const;

  signals:
    void widthChanged();  // the page should be read again at the new width
    void wheelTurned(int steps, Qt::KeyboardModifiers modifiers);
    void cursorText(const QString& text);
    void lanesChanged();  // another set of lanes on screen (scrolled, resized)

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

  private:
    void fitLanes();
    void drawDecorations();
    void drawJoins();
    QVector<std::pair<double, QString>> pageLabels() const;
    void drawAnnotationLabels();
    void drawAnnotationSpans();
    void drawSpan(double on, double off, double top, double bottom, const QBrush& fill,
                  const QPen& outline, bool laneCoordinates);
    QVector<int> lanesOf(const core::Annotation& a) const;
    void addAnnotationLabel(double onset, const QString& text);
    void applyColours();
    QColor colourOf(core::DisplayType type) const;
    double valueAt(int trace, double seconds, bool* found) const;

    QCustomPlot* plot_ = nullptr;
    LaneTraces* lanes_ = nullptr;
    QScrollBar* scroll_ = nullptr;
    QVector<core::Trace> traces_;
    QVector<core::TimeGap> gaps_;
    QVector<core::SegmentJoin> joins_;
    QVector<core::Annotation> annotations_;
    QStringList signalLabels_;
    int selected_ = -1;
    double previewFrom_ = 1, previewTo_ = 0;
    double start_ = 0, seconds_ = 10;
    int visible_ = 0, drawn_ = 0, readWidth_ = 0, wheelEighths_ = 0;
};

}  // namespace alfee::ui
