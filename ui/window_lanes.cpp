#include "ui/window_lanes.h"

#include <qcustomplot.h>
#include <algorithm>
#include <cmath>

#include "core/electrodes/electrode_vocabulary.h"

namespace alfee::ui {

double microvoltsPerLane(const QVector<float>& x, int channels) {
    const int n = x.size() / std::max(1, channels);
    QVector<double> deviations;
    for (int c = 0; c < channels; ++c) {
        double sum = 0, squares = 0;
        for (int i = 0; i < n; ++i) {
            const double v = x[c * n + i];
            if (std::isfinite(v)) sum += v, squares += v * v;
        }
        deviations << std::sqrt(std::max(0.0, squares / n - std::pow(sum / n, 2)));
    }
    std::sort(deviations.begin(), deviations.end());
    return 6 * (deviations.isEmpty() ? 1.0 : std::max(1e-3, deviations[deviations.size() / 2]));
}

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
