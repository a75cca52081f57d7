// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Forward-backward filtering with scipy's odd padding and steady-state initial conditions.

#include <vector>

#include "core/dsp/biquad.h"

namespace alfee::core::dsp {

// scipy.signal.sosfiltfilt(sos, x) with padtype='odd' and the default pad length (also equal to
// filtfilt(b, a, x) for a single section). Signals shorter than the pad are padded by len-1.
std::vector<double> sosFiltFilt(const Sos& sos, const std::vector<double>& x);

// sosFiltFilt of several channels of one length at once (four interleaved lanes, which fills
// the pipeline that one channel's recursion leaves idle). Results equal sosFiltFilt's.
void sosFiltFiltChannels(const Sos& sos, std::vector<std::vector<double>>& channels);

// One causal pass (scipy.signal.sosfilt) from the given per-section states; states are updated.
void sosFilter(const Sos& sos, std::vector<double>& x, std::vector<std::array<double, 2>>& states);

// Steady-state states for a unit step (scipy.signal.sosfilt_zi).
std::vector<std::array<double, 2>> sosSteadyState(const Sos& sos);

}  // namespace alfee::core::dsp
