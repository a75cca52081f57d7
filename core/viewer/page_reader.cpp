#include "core/viewer/page_reader.h"

#include <algorithm>
#include <cmath>

#include "core/dsp/iir_design.h"
#include "core/dsp/zero_phase.h"
#include "core/recording/units.h"

namespace alfee::core {

PageReader::PageReader(const Recording& recording, const ChannelMapping& mapping)
    : rec_(recording), mapping_(mapping) {
    for (const ChannelMapEntry& e : mapping_.mapped()) {
        electrodes_ << e.electrode;
        electrodeSignal_ << e.signal;
    }
}

bool PageReader::setMontage(const Montage& montage, QString* error) {
    asRecorded_ = montage.kind == Montage::Kind::AsRecorded;
    if (asRecorded_) {
        derivations_.clear();
        return true;
    }
    QStringList skipped;
    auto derived = montage.derive(electrodes_, &skipped, error);
    if (derived.isEmpty()) return false;
    derivations_ = derived;
    return true;
}

QStringList PageReader::traceNames() const {
    QStringList names;
    if (asRecorded_)
        for (const SignalInfo& s : rec_.info().signalInfos) names << s.label;
    else
        for (const Derivation& d : derivations_) names << d.name;
    return names;
}

bool PageReader::readSignal(int signal, double start, double seconds, const ViewFilters& f,
                            QVector<double>* values, double* firstTime, QString* error) const {
    const SignalInfo& s = rec_.info().signalInfos[signal];
    const bool filtering = (f.bandpass || f.notch) && s.rateHz > 0;
    const double context = filtering ? 2.0 : 0.0;  // seconds read around the page to settle filters
    const qint64 first = std::clamp<qint64>(std::llround(start * s.rateHz), 0, s.samples);
    const qint64 last =
        std::clamp<qint64>(std::llround((start + seconds) * s.rateHz), first, s.samples);
    const qint64 readFirst = std::max<qint64>(0, first - std::llround(context * s.rateHz));
    const qint64 readLast = std::min<qint64>(s.samples, last + std::llround(context * s.rateHz));
    QVector<float> raw;
    const bool voltage = microvoltFactor(s.unit).has_value();
    const bool ok = voltage
                        ? rec_.readMicrovolts(signal, readFirst, readLast - readFirst, &raw, error)
                        : rec_.readFloat(signal, readFirst, readLast - readFirst, &raw, error);
    if (!ok) return false;
    std::vector<double> y(raw.begin(), raw.end());
    if (filtering && y.size() > 16) {
        if (f.bandpass && f.highHz < s.rateHz / 2)
            y = dsp::sosFiltFilt(dsp::butterworthBandpass(4, f.lowHz, f.highHz, s.rateHz), y);
        if (f.notch && f.notchHz < s.rateHz / 2)
            y = dsp::sosFiltFilt({dsp::iirNotch(f.notchHz, 30.0, s.rateHz)}, y);
    }
    *values = QVector<double>(y.begin() + (first - readFirst), y.begin() + (last - readFirst));
    *firstTime = first / s.rateHz;
    return true;
}

void minMaxEnvelope(const QVector<double>& x, const QVector<double>& y, int pixels, Trace* out) {
    out->x.clear();
    out->y.clear();
    if (y.size() <= 2 * pixels || pixels <= 0) {
        out->x = x;
        out->y = y;
        out->envelope = false;
        return;
    }
    out->envelope = true;
    const qint64 n = y.size();
    for (int p = 0; p < pixels; ++p) {
        const qint64 a = n * p / pixels, b = std::max(a + 1, n * (p + 1) / pixels);
        const auto [lo, hi] = std::minmax_element(y.begin() + a, y.begin() + b);
        out->x << x[a] << x[a];
        out->y << *lo << *hi;
    }
}

bool PageReader::read(double start, double seconds, int pixels, const ViewFilters& filters,
                      QVector<Trace>* traces, QString* error) const {
    traces->clear();
    auto emitTrace = [&](const QString& name, const QVector<double>& y, double t0, double rate) {
        QVector<double> x(y.size());
        for (int i = 0; i < y.size(); ++i) x[i] = t0 + i / rate;
        Trace t;
        t.name = name;
        minMaxEnvelope(x, y, pixels, &t);
        traces->push_back(t);
    };
    if (asRecorded_) {
        for (int s = 0; s < rec_.info().signalInfos.size(); ++s) {
            if (!isShown(s)) continue;
            QVector<double> y;
            double t0 = 0;
            if (!readSignal(s, start, seconds, filters, &y, &t0, error)) return false;
            emitTrace(rec_.info().signalInfos[s].label, y, t0, rec_.info().signalInfos[s].rateHz);
        }
        return true;
    }
    // Derivations: read each electrode a shown trace needs once, combine at its rate.
    QVector<bool> needed(electrodes_.size(), false);
    for (int k = 0; k < derivations_.size(); ++k)
        if (isShown(k))
            for (const auto& term : derivations_[k].terms)
                needed[electrodes_.indexOf(term.first)] = true;
    QVector<QVector<double>> data(electrodes_.size());
    double t0 = 0, rate = 0;
    for (int e = 0; e < electrodes_.size(); ++e) {
        if (!needed[e]) continue;
        if (!readSignal(electrodeSignal_[e], start, seconds, filters, &data[e], &t0, error))
            return false;
        rate = rec_.info().signalInfos[electrodeSignal_[e]].rateHz;
    }
    for (int k = 0; k < derivations_.size(); ++k) {
        if (!isShown(k)) continue;
        const Derivation& d = derivations_[k];
        QVector<double> y;
        for (const auto& [electrode, weight] : d.terms) {
            const QVector<double>& src = data[electrodes_.indexOf(electrode)];
            if (y.isEmpty()) y.fill(0.0, src.size());
            for (int i = 0; i < std::min(y.size(), src.size()); ++i) y[i] += weight * src[i];
        }
        emitTrace(d.name, y, t0, rate);
    }
    return true;
}

}  // namespace alfee::core
