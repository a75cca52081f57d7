// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One model window's traces (C rows of 256 samples a second, microvolts) laid out in lanes as
// the signal viewer lays out a page: lane i centred at y = -i, one microvolt scale for all.

#include <QPointF>
#include <QStringList>
#include <QVector>

#include <QSharedPointer>

class QCustomPlot;
class QCPAxis;
class QCPAxisTickerText;

namespace alfee::ui {

class LaneTraces;

// Row `lane` of a C x n array as (seconds, lanes) points about its mean; NaN breaks the line.
void windowLane(const QVector<float>& samples, int lane, int n, double uvPerLane,
                QVector<QPointF>* out);
// Electrode names as ticks of `axis`, one a unit; when the axis is too short for all of them
// (64 channels in a small window), every second, third... name, so that none overlap.
QSharedPointer<QCPAxisTickerText> electrodeTicker(QCPAxis* axis, const QStringList& electrodes,
                                                  double firstAt, double step);
// Electrode names as the y ticks of `plot`'s lanes, and the ranges of C lanes of `seconds`.
void labelLanes(QCustomPlot* plot, const QStringList& electrodes, double seconds);

}  // namespace alfee::ui
