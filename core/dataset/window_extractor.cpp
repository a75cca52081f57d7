#include "core/dataset/window_extractor.h"

#include <cmath>

#include "core/electrodes/electrode_vocabulary.h"

namespace alfee::core {
namespace {

// Samples of one channel around the window, preprocessed, cut to the window at the target rate.
bool prepareChannel(const Recording& rec, int signal, double onset, double seconds,
                    const dsp::PreprocessConfig& config, double context, std::vector<double>* out,
                    QString* error) {
    const SignalInfo& s = rec.info().signalInfos[signal];
    const qint64 first = std::max<qint64>(0, std::llround((onset - context) * s.rateHz));
    const qint64 last = std::min<qint64>(s.samples, std::llround((onset + seconds + context) * s.rateHz));
    QVector<float> microvolts;
    if (!rec.readMicrovolts(signal, first, last - first, &microvolts, error)) return false;
    const std::vector<double> raw(microvolts.begin(), microvolts.end());
    const std::vector<double> y = dsp::preprocessChannel(raw, s.rateHz, config);
    const qint64 offset = std::llround((onset - first / s.rateHz) * config.targetRateHz);
    const qint64 n = std::llround(seconds * config.targetRateHz);
    if (offset < 0 || offset + n > qint64(y.size())) {
        *error = QStringLiteral("%1: the window %2-%3 s lies outside channel '%4'")
                     .arg(rec.info().path)
                     .arg(onset)
                     .arg(onset + seconds)
                     .arg(s.label);
        return false;
    }
    out->assign(y.begin() + offset, y.begin() + offset + n);
    return true;
}

}  // namespace

bool extractWindow(const Recording& recording, const ChannelMapping& mapping,
                   const QStringList& electrodes, double onsetSeconds, double seconds,
                   const dsp::PreprocessConfig& config, PreparedWindow* out, QString* error,
                   double contextSeconds) {
    QStringList wanted = electrodes;
    if (wanted.isEmpty())
        for (const ChannelMapEntry& e : mapping.mapped()) wanted << e.electrode;
    PreparedWindow w;
    w.samplesPerChannel = static_cast<int>(std::llround(seconds * config.targetRateHz));
    for (const QString& electrode : wanted) {
        const int signal = mapping.signalForElectrode(electrode);
        if (signal < 0) {
            *error = QStringLiteral("%1: no channel maps to %2").arg(recording.info().path, electrode);
            return false;
        }
        std::vector<double> y;
        if (!prepareChannel(recording, signal, onsetSeconds, seconds, config, contextSeconds, &y, error))
            return false;
        const dsp::ZScore z = dsp::zscoreInPlace(y, config.zscoreEpsilon);
        w.electrodes << electrode;
        w.vocabularyIndex << ElectrodeVocabulary::instance().indexOf(electrode);
        w.mean << z.mean;
        w.std << z.std;
        for (double v : y) w.data << static_cast<float>(v);
    }
    *out = w;
    return true;
}

}  // namespace alfee::core
