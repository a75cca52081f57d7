#include "ui/window_lanes.h"

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

void labelLanes(QCustomPlot* plot, const QStringList& electrodes, double seconds) {
    QSharedPointer<QCPAxisTickerText> names(new QCPAxisTickerText);
    for (int lane = 0; lane < electrodes.size(); ++lane)
        names->addTick(-lane, core::electrodeDisplayName(electrodes[lane]));
    plot->yAxis->setTicker(names);
    plot->yAxis->setRange(-electrodes.size() + 0.5, 0.5);
    plot->xAxis->setRange(0, seconds);
}

}  // namespace alfee::ui
