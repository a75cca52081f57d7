// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/eeglab_source.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cmath>

namespace alfee::core {

namespace {

// A count field (nbchan, pnts, trials): a whole number of at least `least`, else -1.
qint64 countOf(const MatValue& v, qint64 least) {
    const double n = v.number();
    if (!std::isfinite(n) || n < double(least) || n != std::floor(n) || n > 1e12) return -1;
    return qint64(n);
}

qint64 to100ns(double seconds) {
    return qint64(std::llround(seconds * 1e7));
}

qint32 digital(float microvolts) {
    const double d = std::round(double(microvolts) * EeglabSource::kDigitsPerUv);
    return qint32(std::clamp(d, -2147483647.0, 2147483647.0));
}

}  // namespace

std::unique_ptr<EeglabSource> EeglabSource::open(const QString& path, QVector<HeaderIssue>* issues,
                                                 QString* why) {
    std::unique_ptr<EeglabSource> source(new EeglabSource);
    source->file_ = MatFile::open(path, why);
    if (!source->file_) return nullptr;
    source->issues_ = issues;
    source->info_.path = path;
    source->eeg_ = source->file_->read("EEG");
    if (!source->describe(why) || !source->readSamples(why)) return nullptr;
    source->describeChannels();
    source->readEvents();
    source->makeSegments();
    source->summarise();
    source->file_.reset();  // every value needed is copied out
    source->issues_ = nullptr;
    return source;
}

EeglabSource::~EeglabSource() = default;

// EEG's fields: inside the EEG struct (pop_saveset's layout) or top-level variables (EEGLAB
// 2019 and later save them so, to load the header without the samples).
MatValue EeglabSource::field(const char* name) {
    return eeg_.isStruct() ? eeg_.field(name) : file_->read(name);
}

bool EeglabSource::describe(QString* why) {
    if (!eeg_.isStruct() && field("srate").isNull()) {
        *why = QCoreApplication::translate(
            "alfee::core",
            "a MATLAB file but not an EEGLAB dataset: it has no EEG structure and no "
            "srate, nbchan and data variables");
        return false;
    }
    channels_ = int(countOf(field("nbchan"), 1));
    pnts_ = countOf(field("pnts"), 1);
    const MatValue trials = field("trials");
    trials_ = trials.isEmpty() ? 1 : countOf(trials, 1);
    rate_ = field("srate").number();
    const double xmin = field("xmin").number();
    xmin_ = std::isfinite(xmin) ? xmin : 0.0;
    if (channels_ <= 0 || pnts_ <= 0 || trials_ <= 0) {
        *why = QCoreApplication::translate(
            "alfee::core", "its nbchan, pnts or trials is not a positive whole number");
        return false;
    }
    if (!(rate_ > 0) || !std::isfinite(rate_)) {
        *why = QCoreApplication::translate("alfee::core", "its sampling rate (srate) is %1 Hz")
                   .arg(rate_);
        return false;
    }
    info_.format =
        file_->isVersion73() ? QStringLiteral("EEGLAB (MATLAB 7.3)") : QStringLiteral("EEGLAB");
    info_.recordingId = field("setname").text();
    info_.patient = field("subject").text();
    return true;
}

bool EeglabSource::readSamples(QString* why) {
    const MatValue data = field("data");
    if (data.isText()) return readFdt(data.text(), why);
    QVector<float> columns;
    if (data.isEmpty() || !data.toFloats(&columns, why)) {
        *why = QCoreApplication::translate(
            "alfee::core", "its data field holds neither samples nor the name of a .fdt file");
        return false;
    }
    if (columns.size() != qint64(channels_) * pnts_ * trials_) {
        *why = QCoreApplication::translate(
                   "alfee::core",
                   "its data holds %1 values, not the %2 channels x %3 samples x %4 epochs its "
                   "header gives")
                   .arg(columns.size())
                   .arg(channels_)
                   .arg(pnts_)
                   .arg(trials_);
        return false;
    }
    return keepColumns(columns, pnts_ * trials_);
}

// The .fdt: by the name inside, else by the .set's own name (a dataset renamed after saving
// keeps the old name inside).
QString EeglabSource::fdtPath(const QString& name) const {
    const QDir dir = QFileInfo(info_.path).dir();
    const QString named = dir.filePath(QFileInfo(name).fileName());
    return QFileInfo::exists(named)
               ? named
               : dir.filePath(QFileInfo(info_.path).completeBaseName() + ".fdt");
}

// A .fdt holds float32 samples, all channels of one time point after another (little-endian
// on every platform this program builds for).
bool EeglabSource::readFdt(const QString& name, QString* why) {
    const QString fdt = fdtPath(name);
    QFile file(fdt);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = QCoreApplication::translate("alfee::core",
                                           "the data file %1 that it names cannot be read (%2)")
                   .arg(QFileInfo(info_.path).dir().filePath(QFileInfo(name).fileName()),
                        file.errorString());
        return false;
    }
    qint64 held = 0;
    if (!timePointsHeld(fdt, file.size(), &held, why)) return false;
    QVector<float> columns(held * channels_);
    const qint64 bytes = held * channels_ * 4;
    if (file.read(reinterpret_cast<char*>(columns.data()), bytes) != bytes) {
        *why = QCoreApplication::translate("alfee::core", "the data file %1 could not be read (%2)")
                   .arg(fdt, file.errorString());
        return false;
    }
    return keepColumns(columns, held);
}

// The whole time points (whole epochs) of the .fdt, at most the header's; fewer said.
bool EeglabSource::timePointsHeld(const QString& fdt, qint64 fileBytes, qint64* held,
                                  QString* why) {
    const qint64 promised = pnts_ * trials_, rowBytes = qint64(channels_) * 4;
    *held = std::min(promised, fileBytes / rowBytes);
    if (trials_ > 1) *held -= *held % pnts_;
    if (*held * rowBytes > kMaxBytes) {
        *why = QCoreApplication::translate(
                   "alfee::core", "%1 GB of samples, more than this reader holds in memory")
                   .arg(*held * rowBytes / 1e9);
        return false;
    }
    if (*held <= 0) {
        *why = QCoreApplication::translate("alfee::core",
                                           "its data file %1 holds %2 bytes, not one whole %3")
                   .arg(fdt)
                   .arg(fileBytes)
                   .arg(trials_ > 1 ? QCoreApplication::translate("alfee::core", "epoch")
                                    : QCoreApplication::translate("alfee::core",
                                                                  "sample of every channel"));
        return false;
    }
    if (*held < promised)
        issues_->push_back({HeaderIssue::Severity::Warning, QStringLiteral("data"),
                            QCoreApplication::translate(
                                "alfee::core",
                                "its data file %1 holds %2 of the %3 samples per channel that the "
                                "header promises: read as it is")
                                .arg(QFileInfo(fdt).fileName())
                                .arg(*held)
                                .arg(promised)});
    return true;
}

bool EeglabSource::keepColumns(const QVector<float>& columns, qint64 timePoints) {
    timePoints_ = timePoints;
    samples_.resize(columns.size());
    for (int c = 0; c < channels_; ++c)
        for (qint64 t = 0; t < timePoints; ++t)
            samples_[c * timePoints + t] = columns[t * channels_ + c];
    return true;
}

void EeglabSource::describeChannels() {
    const MatValue locs = field("chanlocs");
    const bool named = locs.isStruct() && locs.elements() == channels_;
    if (locs.isStruct() && locs.elements() > 0 && !named)
        issues_->push_back({HeaderIssue::Severity::Warning, QStringLiteral("chanlocs"),
                            QCoreApplication::translate(
                                "alfee::core",
                                "chanlocs lists %1 channels for %2 signals: the channels are "
                                "named by number")
                                .arg(locs.elements())
                                .arg(channels_)});
    for (int c = 0; c < channels_; ++c) {
        SignalInfo s;
        s.headerIndex = c;
        s.label = named ? locs.field("labels", c).text() : QString();
        if (s.label.isEmpty()) s.label = QStringLiteral("EEG %1").arg(c, 3, 10, QChar('0'));
        s.transducer = named ? locs.field("type", c).text() : QString();
        s.unit = QStringLiteral("uV");
        const double x = named ? locs.field("X", c).number() : std::nan("");
        const double y = named ? locs.field("Y", c).number() : std::nan("");
        const double z = named ? locs.field("Z", c).number() : std::nan("");
        if (std::isfinite(x) && std::isfinite(y) && std::isfinite(z)) s.position = {x, y, z};
        s.rateHz = rate_;
        s.samples = timePoints_;
        s.samplesPerRecord = 1;
        const auto [low, high] = std::minmax_element(samples_.cbegin() + c * timePoints_,
                                                     samples_.cbegin() + (c + 1) * timePoints_);
        s.physMin = *low, s.physMax = *high;
        s.digMin = digital(s.physMin), s.digMax = digital(s.physMax);
        info_.signalInfos << s;
    }
    info_.records = timePoints_;
    info_.recordDuration = 1.0 / rate_;
}

// Latencies are 1-based samples of the data as stored (epochs end to end); durations are in
// samples. A boundary's duration is the data EEGLAB removed there, not part of the file.
void EeglabSource::readEvents() {
    const MatValue events = field("event");
    if (!events.isStruct()) return;
    int unplaced = 0, outside = 0;
    for (qint64 k = 0; k < events.elements(); ++k) {
        const double latency = events.field("latency", k).number();
        if (!std::isfinite(latency)) {
            ++unplaced;
            continue;
        }
        if (latency - 1 > timePoints_ || latency < 0.5) {
            ++outside;
            continue;
        }
        Annotation a;
        a.text = events.field("type", k).text();
        a.onset100ns = to100ns((latency - 1) / rate_);
        const double duration = events.field("duration", k).number();
        // A duration past the last sample ends there (as MNE clips it).
        const double end = std::min(latency - 1 + duration, double(timePoints_));
        if (a.text != QLatin1String("boundary") && std::isfinite(duration) && duration > 0)
            a.duration100ns = to100ns(end / rate_) - a.onset100ns;
        info_.annotations << a;
    }
    if (unplaced)
        issues_->push_back({HeaderIssue::Severity::Warning, QStringLiteral("event"),
                            QCoreApplication::translate(
                                "alfee::core", "%1 events have no latency and are left out")
                                .arg(unplaced)});
    if (outside)
        issues_->push_back(
            {HeaderIssue::Severity::Warning, QStringLiteral("event"),
             QCoreApplication::translate(
                 "alfee::core", "%1 events lie outside the samples the file holds and are left out")
                 .arg(outside)});
    std::stable_sort(
        info_.annotations.begin(), info_.annotations.end(),
        [](const Annotation& a, const Annotation& b) { return a.onset100ns < b.onset100ns; });
}

// Epochs, or the stretches between boundary events, end to end in time: the time EEGLAB cut
// out at a boundary is not known in recording time, and epochs have no time between them.
void EeglabSource::makeSegments() {
    QVector<qint64> starts{0};
    if (trials_ > 1) {
        for (qint64 e = 1; e * pnts_ < timePoints_; ++e) starts << e * pnts_;
    } else {
        for (const Annotation& a : info_.annotations) {
            // A boundary lies half a sample before the first sample after the cut.
            const qint64 cut = qint64(std::llround(a.onset100ns / 1e7 * rate_ + 0.5));
            if (a.text == QLatin1String("boundary") && cut > starts.back() && cut < timePoints_)
                starts << cut;
        }
    }
    starts << timePoints_;
    for (int i = 0; i + 1 < starts.size(); ++i)
        info_.segments.push_back({starts[i], starts[i + 1] - starts[i], starts[i] / rate_});
}

void EeglabSource::summarise() {
    if (trials_ <= 1) return;
    info_.format += QCoreApplication::translate("alfee::core",
                                                ", %1 epochs of %2 s from %3 s around their events")
                        .arg(info_.segments.size())
                        .arg(pnts_ / rate_)
                        .arg(xmin_);
}

bool EeglabSource::readPhysical(int signal, qint64 start, qint64 count, double* out, QString*) {
    const float* channel = samples_.constData() + signal * timePoints_ + start;
    std::copy(channel, channel + count, out);
    return true;
}

bool EeglabSource::readDigital(int signal, qint64 start, qint64 count, qint32* out, QString*) {
    const float* channel = samples_.constData() + signal * timePoints_ + start;
    std::transform(channel, channel + count, out, digital);
    return true;
}

}  // namespace alfee::core
