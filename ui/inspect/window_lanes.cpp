// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inspect/window_lanes.h"

#include <qcustomplot.h>
#include <algorithm>
#include <cmath>

#include "core/electrodes/electrode_vocabulary.h"

namespace alfee::ui {

void windowLane(const QVector<float>& x, int lane, int n, double uvPerLane, QVector<QPointF>* out) {
    constexpr double kRate = 256;
    double mean = 0;
    int finite = 0;
    for (int i = 0; i < n; ++i)
        if (std::isfinite(x[lane * n + i])) mean += x[lane * n + i], ++finite;
    mean /= std::max(1, finite);
    out->resize(n);
    for (int i = 0; i < n; ++i) {
        const float v = x[lane * n + i];
        (*out)[i] = {i / kRate, std::isfinite(v) ? -lane + (v - mean) / uvPerLane : std::nan("")};
    }
}

namespace {

// Named ticks, thinned at draw time to what the axis's current length holds.
class ThinningTicker : public QCPAxisTickerText {
  public:
    explicit ThinningTicker(QCPAxis* axis) : axis_(axis) {}

  protected:
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override {
        const QVector<double> all = QCPAxisTickerText::createTickVector(tickStep, range);
        const double pixelsPerUnit =
            (axis_->orientation() == Qt::Vertical ? axis_->axisRect()->height()
                                                  : axis_->axisRect()->width()) /
            std::max(1e-9, range.size());
        const int every = std::max(1, int(std::ceil(QFontMetrics(axis_->tickLabelFont()).height() /
                                                    std::max(1e-9, pixelsPerUnit))));
        QVector<double> kept;
        for (int i = 0; i < all.size(); i += every) kept << all[i];
        return kept;
    }

  private:
    QCPAxis* axis_;
};

}  // namespace

QSharedPointer<QCPAxisTickerText> electrodeTicker(QCPAxis* axis, const QStringList& electrodes,
                                                  double firstAt, double step) {
    QSharedPointer<QCPAxisTickerText> names(new ThinningTicker(axis));
    for (int i = 0; i < electrodes.size(); ++i)
        names->addTick(firstAt + i * step, core::electrodeDisplayName(electrodes[i]));
    return names;
}

void labelLanes(QCustomPlot* plot, const QStringList& electrodes, double seconds) {
    plot->yAxis->setTicker(electrodeTicker(plot->yAxis, electrodes, 0, -1));
    plot->yAxis->setRange(-electrodes.size() + 0.5, 0.5);
    plot->xAxis->setRange(0, seconds);
}

}  // namespace alfee::ui
