// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Rational-rate resampling as scipy.signal.resample_poly(x, up, down) with its Kaiser FIR.

#include <cstddef>
#include <vector>

namespace alfee::core::dsp {

// Resampler for one rate pair; build once, apply to many channels (thread-safe to apply).
class PolyphaseResampler {
  public:
    // up/down are reduced by their gcd; rates such as 500 -> 256 give 64/125.
    PolyphaseResampler(int up, int down);
    static PolyphaseResampler forRates(double fromHz, double toHz);

    int up() const { return up_; }
    int down() const { return down_; }
    size_t outputLength(size_t inputLength) const;
    std::vector<double> apply(const std::vector<double>& x) const;
    const std::vector<double>& taps() const { return taps_; }

  private:
    int up_, down_;
    int halfLength_;
    std::vector<double> taps_;  // firwin(2*half+1, 1/max(up,down), ('kaiser', 5.0)) * up
    // taps_ split by phase and reversed, so that each output is one contiguous dot product:
    // phases_[p][m - 1 - j] = taps_[p + j * up].
    std::vector<std::vector<double>> phases_;
};

}  // namespace alfee::core::dsp
