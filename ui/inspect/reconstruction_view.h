// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The reconstruction viewer's figure: one window's original and reconstructed traces in
// microvolts per channel with the patches hidden from the model shaded, the original and
// reconstructed spectra of a chosen channel, and the error per channel.

#include <QWidget>

#include "core/engine/reconstruction.h"

class QComboBox;
class QCustomPlot;
class QLabel;

namespace alfee::ui {

class LaneTraces;

// Draws a core::ReconstructionResult; a plain widget, the inspector runs the job.
class ReconstructionView : public QWidget {
    Q_OBJECT
  public:
    explicit ReconstructionView(QWidget* parent = nullptr);
    void setResult(const core::ReconstructionResult& result);
    void showMessage(const QString& message);  // above the result (loading)
    // Drops the result and says why: after an error or with another recording, the traces of
    // the previous one must not stay under the new name.
    void clear(const QString& message);
    // The masking task in words ("channel" reads "Channels masked").
    static QString taskDisplayName(const QString& task);
    const core::ReconstructionResult& result() const { return result_; }
    QCustomPlot* tracesPlot() const { return traces_; }
    QCustomPlot* spectrumPlot() const { return spectrum_; }
    QCustomPlot* errorPlot() const { return errors_; }
    QComboBox* channelChooser() const { return channel_; }
    double microvoltsPerLane() const { return uvPerLane_; }

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void drawTraces();
    void shadeHidden();
    void drawSpectrum();
    void drawErrors();
    void applyColours();

    core::ReconstructionResult result_;
    QCustomPlot* traces_ = nullptr;
    QCustomPlot* spectrum_ = nullptr;
    QCustomPlot* errors_ = nullptr;
    LaneTraces* lanes_ = nullptr;
    QComboBox* channel_ = nullptr;
    QLabel* caption_ = nullptr;
    double uvPerLane_ = 0;
};

}  // namespace alfee::ui
