// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/report_figures.h"

#include <QFileInfo>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

#include "core/electrodes/electrode_vocabulary.h"
#include "core/viewer/display_scales.h"
#include "core/viewer/scalp_map.h"

namespace alfee::core {
namespace {

constexpr int kRate = 256;
const QColor kInk(34, 34, 34), kRed(214, 39, 40), kShade(31, 119, 180, 45), kGrid(200, 200, 200);

QImage blankImage(int width, int height) {
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    return image;
}

// Row `c` of a C x n array as a path in `lane` (pixels), about its mean.
QPainterPath tracePath(const QVector<float>& x, int c, int n, const QRectF& lane, double uv) {
    double mean = 0;
    int finite = 0;
    for (int i = 0; i < n; ++i)
        if (std::isfinite(x[c * n + i])) mean += x[c * n + i], ++finite;
    mean /= std::max(1, finite);
    QPainterPath path;
    bool drawing = false;
    for (int i = 0; i < n; ++i) {
        const float v = x[c * n + i];
        if (!std::isfinite(v)) {
            drawing = false;
            continue;
        }
        const QPointF p(lane.left() + lane.width() * i / n,
                        lane.center().y() - (v - mean) / uv * lane.height());
        drawing ? path.lineTo(p) : path.moveTo(p);
        drawing = true;
    }
    return path;
}

void drawTimeAxis(QPainter& p, const QRectF& area, int seconds) {
    p.setPen(kInk);
    for (int t = 0; t <= seconds; ++t) {
        const double x = area.left() + area.width() * t / std::max(1, seconds);
        p.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() + 4));
        p.drawText(QRectF(x - 20, area.bottom() + 5, 40, 14), Qt::AlignCenter, QString::number(t));
    }
}

}  // namespace

QImage reconstructionImage(const ReconstructionResult& r, int width) {
    const int c = r.electrodes.size(), n = r.steps * kRate, laneHeight = 26;
    QImage image = blankImage(width, c * laneHeight + 60);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area(48, 24, width - 60, c * laneHeight);
    const double uv = windowMicrovoltsPerLane(r.original, c);
    p.setPen(kInk);
    p.drawText(QRectF(0, 2, width, 18), Qt::AlignLeft,
               QStringLiteral("%1 at %2 s, %3 task; one lane %4 uV; shaded: hidden from the model")
                   .arg(QFileInfo(r.recording).fileName())
                   .arg(r.onsetSeconds)
                   .arg(r.task)
                   .arg(uv, 0, 'f', 0));
    for (int ch = 0; ch < c; ++ch) {
        const QRectF lane(area.left(), area.top() + ch * laneHeight, area.width(), laneHeight);
        for (int t = 0; t < r.steps; ++t)
            if (r.hidden.value(ch * r.steps + t))
                p.fillRect(QRectF(lane.left() + lane.width() * t / r.steps, lane.top(),
                                  lane.width() / r.steps, lane.height()),
                           kShade);
        p.setPen(kInk);
        p.drawText(QRectF(0, lane.top(), area.left() - 4, lane.height()),
                   Qt::AlignRight | Qt::AlignVCenter, electrodeDisplayName(r.electrodes[ch]));
        p.setClipRect(lane.adjusted(0, -lane.height() * 0.25, 0, lane.height() * 0.25));
        p.setPen(QPen(kInk, 0.8));
        p.drawPath(tracePath(r.original, ch, n, lane, uv));
        p.setPen(QPen(kRed, 0.8));
        p.drawPath(tracePath(r.reconstructed, ch, n, lane, uv));
        p.setClipping(false);
    }
    drawTimeAxis(p, area, r.steps);
    return image;
}

namespace {

// Each second's attention over the electrodes, the mean of the layers.
QVector<QVector<double>> meanOverLayers(const AttentionMaps& a) {
    QVector<QVector<double>> perStep(a.steps, QVector<double>(a.electrodes.size(), 0.0));
    for (int s = 0; s < a.steps; ++s)
        for (int l = 0; l < a.layers; ++l) {
            const QVector<float> w = a.channelAt(l, s);
            for (int i = 0; i < perStep[s].size(); ++i) perStep[s][i] += w.value(i) / a.layers;
        }
    return perStep;
}

// The first task token's attention over the seconds as bars in `strip`.
void drawTaskBars(QPainter& p, const AttentionMaps& a, const QRectF& strip) {
    const int t = a.steps;
    double top = 1e-9;
    for (int s = 0; s < t; ++s) top = std::max(top, double(a.task.value(s)));
    for (int s = 0; s < t; ++s) {
        const double h = strip.height() * a.task.value(s) / top;
        p.fillRect(QRectF(strip.left() + strip.width() * (s + 0.05) / t, strip.bottom() - h,
                          strip.width() * 0.9 / t, h),
                   QColor(31, 119, 180));
    }
    p.setPen(kGrid);
    p.drawLine(strip.bottomLeft(), strip.bottomRight());
    p.setPen(kInk);
    p.drawText(QRectF(strip.left(), strip.top() - 20, strip.width(), 16), Qt::AlignLeft,
               QStringLiteral("task token '%1': attention over the seconds (highest %2)")
                   .arg(a.tasks.front())
                   .arg(top, 0, 'f', 3));
    drawTimeAxis(p, strip, t);
}

}  // namespace

QImage attentionImage(const AttentionMaps& a, int width) {
    const int t = a.steps;
    const int columns = std::max(1, std::min(t, 5)), rows = (t + columns - 1) / columns;
    const double cell = (width - 90.0) / columns;
    const int stripHeight = a.tasks.isEmpty() ? 0 : 110;
    QImage image = blankImage(width, int(rows * cell) + 30 + stripHeight);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QVector<QVector<double>> perStep = meanOverLayers(a);
    double lo = 1e300, hi = -1e300;  // one colour scale for every second
    for (const QVector<double>& step : perStep)
        for (double v : step) lo = std::min(lo, v), hi = std::max(hi, v);
    p.setPen(kInk);
    p.drawText(QRectF(0, 2, width, 18), Qt::AlignLeft,
               QStringLiteral("%1 at %2 s: channel-encoder attention per second (mean of %3 "
                              "layer(s))")
                   .arg(QFileInfo(a.recording).fileName())
                   .arg(a.onsetSeconds)
                   .arg(a.layers));
    const ScalpMap map(a.electrodes, 81);
    for (int s = 0; s < t; ++s) {
        const QRectF box(cell * (s % columns), 24 + cell * (s / columns), cell, cell);
        map.paint(p, box.adjusted(4, 14, -4, -2), perStep[s], lo, hi, kInk);
        p.setPen(kInk);
        p.drawText(QRectF(box.left(), box.top(), box.width(), 14), Qt::AlignCenter,
                   QStringLiteral("%1-%2 s").arg(s).arg(s + 1));
    }
    drawColourBar(p, QRectF(width - 80, 40, 70, rows * cell - 40), lo, hi, "attention", kInk);
    if (stripHeight > 0)
        drawTaskBars(p, a, QRectF(48, rows * cell + 50, width - 140, stripHeight - 50));
    return image;
}

}  // namespace alfee::core
