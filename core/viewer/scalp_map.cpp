// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/viewer/scalp_map.h"

#include <QPainterPath>
#include <algorithm>
#include <cmath>

#include "core/dsp/spherical_spline.h"
#include "core/electrodes/electrode_vocabulary.h"

namespace alfee::core {
namespace {

// matplotlib's Reds at nine stops.
const QRgb kReds[] = {0xfff5f0, 0xfee0d2, 0xfcbba1, 0xfc9272, 0xfb6a4a,
                      0xef3b2c, 0xcb181d, 0xa50f15, 0x67000d};

// Where the head of `area` sits: centre and radius (room left for nose and ears).
std::pair<QPointF, double> headIn(const QRectF& area) {
    const double radius = 0.43 * std::min(area.width(), area.height());
    return {area.center() + QPointF(0, radius * 0.04), radius};
}

QPointF diskPositionOf(const QString& electrode) {
    const ElectrodeVocabulary& v = ElectrodeVocabulary::instance();
    return dsp::projectToDisk(v.at(v.indexOf(electrode)).positionMm);
}

}  // namespace

ScalpMap::ScalpMap(const QStringList& electrodes, int grid) : grid_(grid) {
    for (int i = 0; i < electrodes.size(); ++i)
        if (ElectrodeVocabulary::instance().indexOf(electrodes[i]) >= 0 &&
            !mapped_.contains(electrodes[i]))
            mapped_ << electrodes[i], columns_ << i;
    if (mapped_.size() < 3) return;  // no surface through fewer than three points
    // Electrodes below the 90 degree line (Fp1, T7, O1 of the 10-20 system) would fall on or
    // outside the head: the head is drawn large enough that the lowest sits inside its rim.
    for (const QString& e : mapped_)
        extent_ =
            std::max(extent_, std::hypot(diskPositionOf(e).x(), diskPositionOf(e).y()) / 0.92);
    const dsp::SphericalSpline spline(dsp::SphericalSpline::unitPositionsOf(mapped_));
    const int n = mapped_.size();
    solveRows_.fill(0, (n + 1) * n);
    for (int j = 0; j < n; ++j) {
        QVector<double> unit(n, 0.0);
        unit[j] = 1;
        const QVector<double> w = spline.weightsOf(unit);
        for (int k = 0; k <= n; ++k) solveRows_[k * n + j] = w[k];
    }
    for (int y = 0; y < grid; ++y)
        for (int x = 0; x < grid; ++x) {
            const double u = 2.0 * (x + 0.5) / grid - 1, v = 2.0 * (y + 0.5) / grid - 1;
            if (u * u + v * v > 1) continue;
            pixels_ << y * grid + x;
            basis_ << spline.basisAt(dsp::unprojectFromDisk(u * extent_, v * extent_));
        }
}

QImage ScalpMap::image(const QVector<double>& values, double lo, double hi) const {
    QImage out(grid_, grid_, QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::transparent);
    const int n = mapped_.size();
    if (pixels_.isEmpty()) return out;
    QVector<double> weights(n + 1, 0.0);
    for (int k = 0; k <= n; ++k)
        for (int j = 0; j < n; ++j) weights[k] += solveRows_[k * n + j] * values.value(columns_[j]);
    const double span = std::max(hi - lo, 1e-12);
    for (int p = 0; p < pixels_.size(); ++p) {
        double v = 0;
        for (int k = 0; k <= n; ++k) v += basis_[p * (n + 1) + k] * weights[k];
        out.setPixel(pixels_[p] % grid_, pixels_[p] / grid_,
                     sequentialColour((v - lo) / span).rgba());
    }
    return out;
}

namespace {

// Dark ink on the light end of the map, light ink on the dark end, with a halo of the other:
// the theme's text colour alone vanished into the map (white names on pale reds).
void drawLabel(QPainter& p, const QRectF& box, const QString& text, const QColor& under) {
    const bool lightUnder = under.lightnessF() > 0.55;
    const QColor ink = lightUnder ? QColor(20, 20, 20) : QColor(250, 250, 250);
    const QColor halo = lightUnder ? QColor(255, 255, 255, 170) : QColor(0, 0, 0, 170);
    p.setPen(halo);
    for (const QPointF d : {QPointF(-1, 0), QPointF(1, 0), QPointF(0, -1), QPointF(0, 1)})
        p.drawText(box.translated(d), Qt::AlignHCenter | Qt::AlignTop, text);
    p.setPen(ink);
    p.drawText(box, Qt::AlignHCenter | Qt::AlignTop, text);
}

}  // namespace

void ScalpMap::paint(QPainter& p, const QRectF& area, const QVector<double>& values, double lo,
                     double hi, const QColor& ink, bool names) const {
    const auto [centre, radius] = headIn(area);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath disk;
    disk.addEllipse(centre, radius, radius);
    p.setClipPath(disk);
    const QImage map = image(values, lo, hi);
    const QRectF mapRect(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
    p.drawImage(mapRect, map);
    p.setClipping(false);
    p.setPen(QPen(ink, std::max(1.0, radius / 80)));
    p.setBrush(Qt::NoBrush);
    drawHeadOutline(p, centre, radius);
    const double dot = std::max(1.5, radius / 45);
    for (const QString& e : mapped_) {
        const QPointF at = centre + diskPositionOf(e) * (radius / extent_);
        const QPointF inMap = (at - mapRect.topLeft()) * (map.width() / mapRect.width());
        const QColor under =
            map.valid(inMap.toPoint()) ? map.pixelColor(inMap.toPoint()) : QColor(Qt::white);
        p.setPen(Qt::NoPen);
        p.setBrush(under.lightnessF() > 0.55 ? QColor(20, 20, 20) : QColor(250, 250, 250));
        p.drawEllipse(at, dot, dot);
        if (names)
            drawLabel(p, QRectF(at.x() - 20, at.y() + dot, 40, 14), electrodeDisplayName(e), under);
    }
    p.restore();
}

void drawHeadOutline(QPainter& p, const QPointF& centre, double radius) {
    p.drawEllipse(centre, radius, radius);
    QPainterPath nose;
    nose.moveTo(centre + QPointF(-radius * 0.1, -radius * 0.99));
    nose.lineTo(centre + QPointF(0, -radius * 1.12));
    nose.lineTo(centre + QPointF(radius * 0.1, -radius * 0.99));
    p.drawPath(nose);
    for (const double side : {-1.0, 1.0})
        p.drawEllipse(centre + QPointF(side * radius * 1.03, 0), radius * 0.05, radius * 0.14);
}

QColor sequentialColour(double fraction) {
    const double f = std::clamp(std::isfinite(fraction) ? fraction : 0.0, 0.0, 1.0) * 8;
    const int i = std::min(7, int(f));
    const QColor a(kReds[i]), b(kReds[i + 1]);
    const double t = f - i;
    return QColor::fromRgbF(a.redF() + t * (b.redF() - a.redF()),
                            a.greenF() + t * (b.greenF() - a.greenF()),
                            a.blueF() + t * (b.blueF() - a.blueF()));
}

void drawColourBar(QPainter& p, const QRectF& area, double lo, double hi, const QString& label,
                   const QColor& ink) {
    const QFontMetricsF fm(p.font());
    const QRectF bar(area.left(), area.top() + 1.8 * fm.height(), std::min(14.0, area.width() / 3),
                     area.height() - 2.6 * fm.height());
    for (int y = 0; y < int(bar.height()); ++y)
        p.fillRect(QRectF(bar.left(), bar.bottom() - y - 1, bar.width(), 1),
                   sequentialColour(y / std::max(1.0, bar.height() - 1)));
    p.setPen(ink);
    p.setBrush(Qt::NoBrush);
    p.drawRect(bar);
    const QRectF text(bar.right() + 4, 0, area.right() - bar.right() - 4, fm.height());
    p.drawText(text.translated(0, bar.top() - fm.height() / 2), Qt::AlignLeft | Qt::AlignVCenter,
               QString::number(hi, 'g', 3));
    p.drawText(text.translated(0, bar.bottom() - fm.height() / 2), Qt::AlignLeft | Qt::AlignVCenter,
               QString::number(lo, 'g', 3));
    p.drawText(QRectF(area.left(), area.top(), area.width(), fm.height()),
               Qt::AlignLeft | Qt::AlignTop, label);
}

}  // namespace alfee::core
