// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The attention viewer: where the model looked in one window. A scalp map of the channel
// encoder's attention for the chosen second, a time slider linked to the window's traces, and
// the fine-tuning token's attention over the seconds as a strip under the traces.

#include <QWidget>

#include "core/engine/attention_maps.h"

class QComboBox;
class QCustomPlot;
class QCPAxisRect;
class QCPBars;
class QCPItemRect;
class QLabel;
class QSlider;

namespace alfee::ui {

class LaneTraces;
class ScalpMapWidget;

// Draws a core::AttentionMaps; a plain widget, the inspector runs the job.
class AttentionView : public QWidget {
    Q_OBJECT
  public:
    explicit AttentionView(QWidget* parent = nullptr);
    void setMaps(const core::AttentionMaps& maps);
    void showMessage(const QString& message);
    // Drops the maps and says why (an error, another recording).
    void clear(const QString& message);
    const core::AttentionMaps& maps() const { return maps_; }
    void setStep(int step);  // the second the scalp map shows
    int step() const;
    QSlider* slider() const { return slider_; }
    QComboBox* layerChooser() const { return layer_; }
    ScalpMapWidget* scalpMap() const { return map_; }
    QCustomPlot* tracesPlot() const { return traces_; }
    QCPBars* taskBars() const { return taskBars_; }

  protected:
    void changeEvent(QEvent* event) override;

  private:
    QVector<double> layerValues(int step) const;  // the chosen layer, or the mean of all
    void drawTraces();
    void drawTaskStrip();
    void showStep();
    void applyColours();

    core::AttentionMaps maps_;
    ScalpMapWidget* map_ = nullptr;
    QComboBox* layer_ = nullptr;
    QSlider* slider_ = nullptr;
    QLabel* caption_ = nullptr;
    QLabel* prediction_ = nullptr;
    QCustomPlot* traces_ = nullptr;
    LaneTraces* lanes_ = nullptr;
    QCPAxisRect* strip_ = nullptr;
    QCPBars* taskBars_ = nullptr;
    QCPItemRect* cursor_ = nullptr;
};

}  // namespace alfee::ui
