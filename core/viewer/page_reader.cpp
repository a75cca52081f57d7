// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/viewer/page_reader.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/dsp/iir_design.h"
#include "core/dsp/zero_phase.h"
#include "core/electrodes/electrode_vocabulary.h"
#include "core/recording/units.h"

namespace alfee::core {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void removeMean(QVector<double>* y) {
    double sum = 0;
    qint64 n = 0;
    for (double v : *y)
        if (!std::isnan(v)) sum += v, ++n;
    if (n == 0) return;
    const double mean = sum / n;
    for (double& v : *y) v -= mean;  // NaN stays NaN
}

}  // namespace

PageReader::PageReader(const Recording& recording, const ChannelMapping& mapping)
    : rec_(recording), mapping_(mapping), timeline_(recording.info()) {
    for (const ChannelMapEntry& e : mapping_.mapped()) {
        electrodes_ << e.electrode;
        electrodeSignal_ << e.signal;
    }
    QString error;
    setMontage({QStringLiteral("as recorded"), Montage::Kind::AsRecorded, {}}, &error);
}

PageReader::Source PageReader::asRecorded(const ChannelMapEntry& entry) const {
    const SignalInfo& s = rec_.info().signalInfos[entry.signal];
    const QString name =
        entry.isModelInput() ? electrodeDisplayName(entry.electrode) : s.label.trimmed();
    return {name, displayTypeOf(entry, s.unit), {{entry.signal, 1.0}}};
}

bool PageReader::setMontage(const Montage& montage, QString* error) {
    QVector<Source> sources;
    if (montage.kind == Montage::Kind::AsRecorded) {
        for (const ChannelMapEntry& e : mapping_.entries()) sources.push_back(asRecorded(e));
    } else {
        QStringList skipped;
        const QVector<Derivation> derived = montage.derive(electrodes_, &skipped, error);
        if (derived.isEmpty()) return false;
        for (const Derivation& d : derived) {
            Source s{d.name, DisplayType::Eeg, {}};
            for (const auto& [electrode, weight] : d.terms)
                s.terms.push_back({electrodeSignal_[electrodes_.indexOf(electrode)], weight});
            sources.push_back(s);
        }
        for (const ChannelMapEntry& e : mapping_.entries())
            if (!e.isModelInput() && e.type != ChannelType::Eeg) sources.push_back(asRecorded(e));
    }
    sources_ = sources;
    shown_.clear();
    return true;
}

QStringList PageReader::traceNames() const {
    QStringList names;
    for (const Source& s : sources_) names << s.name;
    return names;
}

bool PageReader::readPiece(int signal, const SamplePiece& piece, const ViewFilters& f,
                           std::vector<double>* values, QString* error) const {
    const SignalInfo& s = rec_.info().signalInfos[signal];
    const bool filtering = (f.bandpass || f.notch) && s.rateHz > 0;
    const qint64 context = filtering ? std::llround(2.0 * s.rateHz) : 0;  // settles the filters
    const qint64 readFirst = std::max(piece.segmentFirst, piece.first - context);
    const qint64 readEnd = std::min(piece.segmentEnd, piece.first + piece.count + context);
    QVector<float> raw;
    const bool ok = microvoltFactor(s.unit).has_value()
                        ? rec_.readMicrovolts(signal, readFirst, readEnd - readFirst, &raw, error)
                        : rec_.readFloat(signal, readFirst, readEnd - readFirst, &raw, error);
    if (!ok) return false;
    std::vector<double> y(raw.begin(), raw.end());
    if (filtering && y.size() > 16) {
        if (f.bandpass && f.lowHz < f.highHz && f.highHz < s.rateHz / 2)
            y = dsp::sosFiltFilt(dsp::butterworthBandpass(4, f.lowHz, f.highHz, s.rateHz), y);
        if (f.notch && f.notchHz < s.rateHz / 2)
            y = dsp::sosFiltFilt({dsp::iirNotch(f.notchHz, 30.0, s.rateHz)}, y);
    }
    const auto from = y.begin() + (piece.first - readFirst);
    values->assign(from, from + piece.count);
    return true;
}

bool PageReader::sumTerms(const Source& source, const SamplePiece& piece, int pieceIndex,
                          const ViewFilters& filters, PieceCache* cache, std::vector<double>* sum,
                          QString* error) const {
    sum->assign(piece.count, 0.0);
    for (const auto& [signal, weight] : source.terms) {
        std::vector<double>& values = (*cache)[{signal, pieceIndex}];
        if (values.empty() && !readPiece(signal, piece, filters, &values, error)) return false;
        for (size_t i = 0; i < std::min(sum->size(), values.size()); ++i)
            (*sum)[i] += weight * values[i];
    }
    return true;
}

bool PageReader::readTrace(const Source& source, double start, double seconds, int pixels,
                           const ViewFilters& viewFilters, PieceCache* cache, Trace* out,
                           QString* error) const {
    const SignalInfo& first = rec_.info().signalInfos[source.terms.front().first];
    out->name = source.name;
    out->type = source.type;
    out->sourceSignals.clear();
    for (const auto& term : source.terms) out->sourceSignals << term.first;
    out->voltage = microvoltFactor(first.unit).has_value();
    out->unit = out->voltage ? QStringLiteral("uV") : first.unit.trimmed();
    out->x.clear();
    out->y.clear();
    out->envelope = false;
    const auto pieces =
        timeline_.pieces(first.samplesPerRecord, first.rateHz, start, start + seconds);
    // Trigger codes are steps, not a signal: a filter would ring around every step.
    ViewFilters filters = viewFilters;
    if (source.type == DisplayType::Stim) filters.bandpass = filters.notch = false;
    for (int p = 0; p < pieces.size(); ++p) {
        const SamplePiece& piece = pieces[p];
        std::vector<double> sum;
        const bool plain = source.terms.size() == 1 && source.terms[0].second == 1.0;
        if (plain ? !readPiece(source.terms[0].first, piece, filters, &sum, error)
                  : !sumTerms(source, piece, p, filters, cache, &sum, error))
            return false;
        std::vector<double> x(sum.size());
        for (size_t i = 0; i < x.size(); ++i) x[i] = piece.firstSeconds + i / first.rateHz;
        if (!out->x.isEmpty()) out->x << (out->x.back() + x.front()) / 2, out->y << kNaN;
        const int columns = std::max<int>(
            1, std::lround(pixels * piece.count / first.rateHz / std::max(seconds, 1e-9)));
        appendEnvelope(x.data(), sum.data(), piece.count, columns, out);
    }
    if (filters.removeDc && source.type != DisplayType::Stim) removeMean(&out->y);
    return true;
}

void appendEnvelope(const double* x, const double* y, qint64 n, int pixels, Trace* out) {
    const qint64 at = out->y.size();
    if (n <= 2 * qint64(pixels) || pixels <= 0) {
        out->x.resize(at + n);
        out->y.resize(at + n);
        std::copy(x, x + n, out->x.begin() + at);
        std::copy(y, y + n, out->y.begin() + at);
        return;
    }
    out->envelope = true;
    out->x.resize(at + 2 * pixels);
    out->y.resize(at + 2 * pixels);
    double* ox = out->x.data() + at;
    double* oy = out->y.data() + at;
    for (int p = 0; p < pixels; ++p) {
        const qint64 a = n * p / pixels, b = std::max(a + 1, n * (p + 1) / pixels);
        const auto [lo, hi] = std::minmax_element(y + a, y + b);
        ox[2 * p] = ox[2 * p + 1] = x[a];
        oy[2 * p] = *lo;
        oy[2 * p + 1] = *hi;
    }
}

void minMaxEnvelope(const QVector<double>& x, const QVector<double>& y, int pixels, Trace* out) {
    out->x.clear();
    out->y.clear();
    out->envelope = false;
    appendEnvelope(x.data(), y.data(), y.size(), pixels, out);
}

bool PageReader::read(double start, double seconds, int pixels, const ViewFilters& filters,
                      QVector<Trace>* traces, QString* error) const {
    traces->clear();
    PieceCache cache;
    for (int k = 0; k < sources_.size(); ++k) {
        if (!isShown(k)) continue;
        Trace t;
        if (!readTrace(sources_[k], start, seconds, pixels, filters, &cache, &t, error))
            return false;
        traces->push_back(std::move(t));
    }
    return true;
}

}  // namespace alfee::core
