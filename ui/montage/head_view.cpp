// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/montage/head_view.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

#include "core/dsp/spherical_spline.h"
#include "core/electrodes/electrode_vocabulary.h"
#include "core/viewer/scalp_map.h"

namespace alfee::ui {

HeadView::HeadView(QWidget* parent) : QWidget(parent) {
    setMinimumSize(240, 250);
}

void HeadView::setCovered(const QStringList& electrodes) {
    covered_ = electrodes;
    update();
}

void HeadView::setReference(const core::Montage& montage) {
    reference_ = montage;
    update();
}

QPointF HeadView::positionOf(const QString& electrode, const QPointF& centre, double radius) const {
    const int i = core::ElectrodeVocabulary::instance().indexOf(electrode);
    if (i < 0) return {qQNaN(), qQNaN()};
    const core::Position3D at = core::ElectrodeVocabulary::instance().at(i).positionMm;
    return centre + core::dsp::projectToDisk(at) * radius;
}

void HeadView::drawReference(QPainter& p, const QPointF& centre, double radius) const {
    const QPalette pal = palette();
    QColor line = pal.color(QPalette::Highlight);
    p.setBrush(Qt::NoBrush);
    if (reference_.kind == core::Montage::Kind::Bipolar) {
        p.setPen(QPen(line, 2.0));
        for (const auto& [plus, minus] : reference_.pairs) {
            const QPointF a = positionOf(plus, centre, radius),
                          b = positionOf(minus, centre, radius);
            if (!qIsNaN(a.x()) && !qIsNaN(b.x())) p.drawLine(a, b);
        }
    } else if (reference_.kind == core::Montage::Kind::LinkedEars) {
        p.setPen(QPen(line, 2.0));
        for (const QString& ear : {QStringLiteral("A1"), QStringLiteral("A2")}) {
            const QPointF at = positionOf(ear, centre, radius);
            if (!qIsNaN(at.x())) p.drawEllipse(at, radius / 12, radius / 12);
        }
    }
    p.setPen(pal.color(QPalette::Text));
    p.drawText(rect().adjusted(6, 4, -6, -4), Qt::AlignRight | Qt::AlignTop,
               tr("reference: %1").arg(referenceName()));
}

QString HeadView::referenceName() const {
    switch (reference_.kind) {
        case core::Montage::Kind::AsRecorded:
            return tr("as recorded");
        case core::Montage::Kind::Average:
            return tr("average");
        case core::Montage::Kind::LinkedEars:
            return tr("linked ears (A1, A2)");
        case core::Montage::Kind::Bipolar:
            break;
    }
    return reference_.pairs == core::Montage::doubleBanana().pairs ? tr("double banana")
                                                                   : reference_.name;
}

// The covered positions' names first, then the others' (in the muted colour) where they fit:
// all ninety names at once overlapped at 900x620.
void HeadView::drawLabels(QPainter& p, const QPointF& centre, double radius, double dot) {
    const QPalette pal = palette();
    const QFontMetricsF metrics(p.font());
    labels_.clear();
    for (const bool covered : {true, false})
        for (const core::Electrode& e : core::ElectrodeVocabulary::instance().electrodes()) {
            if (covered_.contains(e.name) != covered) continue;
            const QPointF at = centre + core::dsp::projectToDisk(e.positionMm) * radius;
            const double w = metrics.horizontalAdvance(e.displayName());
            const QRectF box(at.x() - w / 2, at.y() + dot, w, metrics.height());
            if (std::any_of(labels_.begin(), labels_.end(),
                            [&](const QRectF& other) { return other.intersects(box); }))
                continue;
            labels_ << box;
            p.setPen(covered ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
            p.drawText(box, Qt::AlignCenter, e.displayName());
        }
}

void HeadView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const double radius = 0.36 * std::min(width(), height());
    const QPointF centre(width() / 2.0, height() / 2.0 + radius * 0.05);
    p.setPen(QPen(pal.color(QPalette::Text), 1.5));
    p.setBrush(Qt::NoBrush);
    core::drawHeadOutline(p, centre, radius);
    QFont small = font();
    small.setPointSizeF(std::max(5.5, radius / 28));
    p.setFont(small);
    const double dot = std::max(3.0, radius / 30);
    drawReference(p, centre, radius);
    for (const core::Electrode& e : core::ElectrodeVocabulary::instance().electrodes()) {
        const QPointF at = centre + core::dsp::projectToDisk(e.positionMm) * radius;
        const bool on = covered_.contains(e.name);
        p.setPen(QPen(on ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), 1));
        p.setBrush(on ? pal.color(QPalette::Highlight) : Qt::NoBrush);
        p.drawEllipse(at, dot, dot);
    }
    drawLabels(p, centre, radius, dot);
    p.setPen(pal.color(QPalette::Text));
    p.drawText(rect().adjusted(6, 4, -6, -4), Qt::AlignLeft | Qt::AlignBottom,
               tr("%1 of %2 electrodes covered")
                   .arg(covered_.size())
                   .arg(core::ElectrodeVocabulary::kSize));
}

}  // namespace alfee::ui
