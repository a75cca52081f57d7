// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A scalp map on screen: core::ScalpMap's picture with a title and a colour bar.

#include <QWidget>
#include <memory>

#include "core/viewer/scalp_map.h"

namespace alfee::ui {

// Shows one set of values at electrodes, interpolated over the head.
class ScalpMapWidget : public QWidget {
    Q_OBJECT
  public:
    explicit ScalpMapWidget(QWidget* parent = nullptr);
    // Values per electrode (canonical names), drawn over [lo, hi] under `title`.
    void setValues(const QStringList& electrodes, const QVector<double>& values, double lo,
                   double hi, const QString& title, const QString& unit);
    void clear();
    const QVector<double>& values() const { return values_; }
    QSize sizeHint() const override { return {380, 360}; }

  protected:
    void paintEvent(QPaintEvent* event) override;

  private:
    static constexpr int kExportGrid = 361;
    const core::ScalpMap& mapFor(const QPainter& p);

    std::unique_ptr<core::ScalpMap> map_;   // rebuilt only when the electrodes change
    std::unique_ptr<core::ScalpMap> fine_;  // the same at kExportGrid, for SVG
    QStringList electrodes_;
    QVector<double> values_;
    double lo_ = 0, hi_ = 1;
    QString title_, unit_;
};

}  // namespace alfee::ui
