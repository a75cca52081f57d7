#include "core/dsp/polyphase_resampler.h"

#include <cmath>
#include <numeric>
#include <stdexcept>

namespace alfee::core::dsp {
namespace {

double sinc(double x) { return x == 0.0 ? 1.0 : std::sin(M_PI * x) / (M_PI * x); }

std::vector<double> kaiserLowpass(int numTaps, double cutoff, double beta) {
    const double alpha = (numTaps - 1) / 2.0;
    const double i0Beta = std::cyl_bessel_i(0.0, beta);
    std::vector<double> h(numTaps);
    double sum = 0;
    for (int n = 0; n < numTaps; ++n) {
        const double m = n - alpha;
        const double r = m / alpha;
        const double window = std::cyl_bessel_i(0.0, beta * std::sqrt(std::max(0.0, 1.0 - r * r))) / i0Beta;
        h[n] = cutoff * sinc(cutoff * m) * window;
        sum += h[n];
    }
    for (double& v : h) v /= sum;  // unit gain at DC, as firwin(scale=True)
    return h;
}

}  // namespace

PolyphaseResampler::PolyphaseResampler(int up, int down) {
    if (up < 1 || down < 1) throw std::invalid_argument("resampling factors must be positive");
    const int g = std::gcd(up, down);
    up_ = up / g;
    down_ = down / g;
    const int maxRate = std::max(up_, down_);
    halfLength_ = 10 * maxRate;
    taps_ = kaiserLowpass(2 * halfLength_ + 1, 1.0 / maxRate, 5.0);
    for (double& v : taps_) v *= up_;
}

PolyphaseResampler PolyphaseResampler::forRates(double fromHz, double toHz) {
    // Rates in EDF files are rational; 1/1000 Hz resolution covers every real device.
    const long long from = std::llround(fromHz * 1000), to = std::llround(toHz * 1000);
    const long long g = std::gcd(from, to);
    return PolyphaseResampler(static_cast<int>(to / g), static_cast<int>(from / g));
}

size_t PolyphaseResampler::outputLength(size_t n) const {
    const size_t total = n * up_;
    return total / down_ + (total % down_ != 0);
}

std::vector<double> PolyphaseResampler::apply(const std::vector<double>& x) const {
    const long long n = static_cast<long long>(x.size());
    const size_t nOut = outputLength(x.size());
    const long long prePad = down_ - halfLength_ % down_;
    const long long preRemove = (halfLength_ + prePad) / down_;
    const long long tapCount = static_cast<long long>(taps_.size());
    std::vector<double> y(nOut);
    for (size_t o = 0; o < nOut; ++o) {
        // Position in the upsampled stream, shifted so that the filter is centred on it.
        const long long t = (static_cast<long long>(o) + preRemove) * down_ - prePad;
        long long iLow = t - (tapCount - 1) <= 0 ? 0 : (t - (tapCount - 1) + up_ - 1) / up_;
        long long iHigh = t < 0 ? -1 : t / up_;
        if (iHigh >= n) iHigh = n - 1;
        double acc = 0;
        for (long long i = iLow; i <= iHigh; ++i) acc += taps_[t - i * up_] * x[i];
        y[o] = acc;
    }
    return y;
}

}  // namespace alfee::core::dsp
