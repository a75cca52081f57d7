// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataset/window_extractor.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

#include "core/electrodes/electrode_vocabulary.h"
#include "core/recording/recording_timeline.h"

namespace alfee::core {
namespace {

// Samples [first, last) of the channels of one rate around the window, in microvolts.
struct RateGroup {
    double rateHz = 0;
    qint64 first = 0, last = 0;
    double firstSeconds = 0;  // recording time of sample `first`
    QVector<int> rows;        // rows of the window, in order
    std::vector<std::vector<double>> data;
};

bool readGroup(const Recording& rec, const QVector<int>& signalsOfRows, RateGroup* g,
               QString* error) {
    for (int row : g->rows) {
        QVector<float> microvolts;
        if (!rec.readMicrovolts(signalsOfRows[row], g->first, g->last - g->first, &microvolts,
                                error))
            return false;
        g->data.emplace_back(microvolts.begin(), microvolts.end());
    }
    return true;
}

// Samples of a group's rate around the window, never across the edges of the segment that
// holds it: EDF+D segments are stored back to back, so sample k is not at k / rate seconds.
void placeGroup(const Segment& segment, qint64 samplesPerRecord, qint64 signalSamples,
                double onsetSeconds, double seconds, double contextSeconds, RateGroup* g) {
    const qint64 segmentFirst = segment.firstRecord * samplesPerRecord;
    const qint64 segmentEnd =
        std::min(signalSamples, segmentFirst + segment.recordCount * samplesPerRecord);
    const double local = onsetSeconds - segment.onsetSeconds;
    g->first =
        segmentFirst + std::max<qint64>(0, std::llround((local - contextSeconds) * g->rateHz));
    g->last = std::min(segmentEnd,
                       segmentFirst + std::llround((local + seconds + contextSeconds) * g->rateHz));
    g->firstSeconds = segment.onsetSeconds + (g->first - segmentFirst) / g->rateHz;
}

QString outsideMessage(const Recording& recording, double onsetSeconds, double seconds) {
    return QCoreApplication::translate("alfee::core",
                                       "%1: the window %2-%3 s lies outside the recording's data "
                                       "(past its end or across a gap between segments)")
        .arg(recording.info().path)
        .arg(onsetSeconds)
        .arg(onsetSeconds + seconds);
}

}  // namespace

bool extractWindow(const Recording& recording, const ChannelMapping& mapping,
                   const QStringList& electrodes, double onsetSeconds, double seconds,
                   const dsp::PreprocessConfig& config, PreparedWindow* out, QString* error,
                   double contextSeconds) {
    QStringList wanted = electrodes;
    if (wanted.isEmpty())
        for (const ChannelMapEntry& e : mapping.mapped()) wanted << e.electrode;
    const RecordingTimeline timeline(recording.info());
    const Segment* segment = timeline.segmentHolding(onsetSeconds, onsetSeconds + seconds);
    if (!segment) {
        *error = outsideMessage(recording, onsetSeconds, seconds);
        return false;
    }
    QVector<int> signalsOfRows;
    QVector<RateGroup> groups;
    for (const QString& electrode : wanted) {
        const int signal = mapping.signalForElectrode(electrode);
        if (signal < 0) {
            *error = QCoreApplication::translate("alfee::core", "%1: no channel maps to %2")
                         .arg(recording.info().path, electrode);
            return false;
        }
        const SignalInfo& s = recording.info().signalInfos[signal];
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const RateGroup& g) { return g.rateHz == s.rateHz; });
        if (it == groups.end()) {
            RateGroup g;
            g.rateHz = s.rateHz;
            placeGroup(*segment, s.samplesPerRecord, s.samples, onsetSeconds, seconds,
                       contextSeconds, &g);
            groups.push_back(g);
            it = groups.end() - 1;
        }
        it->rows << signalsOfRows.size();
        signalsOfRows << signal;
    }
    PreparedWindow w;
    w.samplesPerChannel = static_cast<int>(std::llround(seconds * config.targetRateHz));
    w.data.resize(wanted.size() * w.samplesPerChannel);
    w.mean.resize(wanted.size());
    w.std.resize(wanted.size());
    for (RateGroup& g : groups) {
        if (!readGroup(recording, signalsOfRows, &g, error)) return false;
        dsp::preprocessChannels(g.data, g.rateHz, config);
        const qint64 offset = std::llround((onsetSeconds - g.firstSeconds) * config.targetRateHz);
        for (int k = 0; k < g.rows.size(); ++k) {
            std::vector<double>& y = g.data[k];
            if (offset < 0 || offset + w.samplesPerChannel > qint64(y.size())) {
                *error = outsideMessage(recording, onsetSeconds, seconds);
                return false;
            }
            std::vector<double> cut(y.begin() + offset, y.begin() + offset + w.samplesPerChannel);
            const dsp::ZScore z = dsp::zscoreInPlace(cut, config.zscoreEpsilon);
            const int row = g.rows[k];
            w.mean[row] = z.mean;
            w.std[row] = z.std;
            std::copy(cut.begin(), cut.end(), w.data.begin() + qint64(row) * w.samplesPerChannel);
        }
    }
    w.electrodes = wanted;
    for (const QString& e : wanted) w.vocabularyIndex << ElectrodeVocabulary::instance().indexOf(e);
    *out = w;
    return true;
}

}  // namespace alfee::core
