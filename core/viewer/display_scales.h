// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How much signal one lane of the viewer holds, per channel type, as MNE's browser does: EEG at
// tens of microvolts, ECG at hundreds, stimulus channels as steps fitted to their lane.

#include <QMap>
#include <QString>
#include <QVector>

#include "core/electrodes/channel_mapping.h"

namespace alfee::core {

// The kinds of trace the viewer scales apart (MNE's channel types).
enum class DisplayType { Eeg, Eog, Ecg, Emg, Misc, Stim };

QString displayTypeName(DisplayType type);
// From the mapping's type; status, trigger and annotation-like labels are stimulus channels.
DisplayType displayTypeOf(const ChannelMapEntry& entry, const QString& unit);

// Amount per lane for each type: microvolts for voltages, the physical unit otherwise; 0 means
// fitted to the page (stimulus channels and non-voltage misc channels).
class DisplayScales {
  public:
    DisplayScales();  // MNE's scalings, with EEG at 50 uV per lane
    double perLane(DisplayType type, bool voltage) const;
    void set(DisplayType type, double perLane) { scales_[type] = perLane; }
    // Multiplies every fixed scale (the gain keys act on all types at once, as in MNE).
    void zoom(double factor);

  private:
    QMap<DisplayType, double> scales_;
};

// Lane coordinates of one value: `offset` is the lane's centre, the trace is clipped at
// `clip` lanes either side (MNE: 1.5 x the half-lane it owns, i.e. 0.75).
inline double laneY(double value, double perLane, double offset, double clip = 0.75) {
    const double y = value / perLane;
    return offset + (y > clip ? clip : y < -clip ? -clip : y);
}

// One microvolt scale for the lanes of a model window (C rows of samples): six times the median
// of the channels' standard deviations, so that +-3 SD fill a lane.
double windowMicrovoltsPerLane(const QVector<float>& samples, int channels);

}  // namespace alfee::core
