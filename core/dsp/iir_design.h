// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Butterworth and notch designs, following scipy.signal.butter / iirnotch step for step.

#include "core/dsp/biquad.h"

namespace alfee::core::dsp {

// butter(order, [low, high], 'bandpass', fs, output='sos').
Sos butterworthBandpass(int order, double lowHz, double highHz, double fs);
// butter(order, cutoff, 'highpass' or 'lowpass', fs, output='sos').
Sos butterworthHighpass(int order, double cutoffHz, double fs);
Sos butterworthLowpass(int order, double cutoffHz, double fs);
// iirnotch(f0, Q, fs) as one section.
Biquad iirNotch(double f0Hz, double quality, double fs);

}  // namespace alfee::core::dsp
