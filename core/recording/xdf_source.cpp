// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/xdf_source.h"

#include <xdf.h>

#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <algorithm>
#include <cmath>

#include "core/recording/library_output.h"
#include "core/recording/trial_read.h"

namespace alfee::core {

namespace {

QString text(const std::string& s) {
    return QString::fromStdString(s).trimmed();
}

using ChannelMeta = std::map<std::string, std::string>;

QString valueOf(const ChannelMeta* channel, const char* key) {
    if (!channel) return {};
    const auto it = channel->find(key);
    return it == channel->end() ? QString() : text(it->second);
}

// XDF's units are words ("microvolts") or symbols; the program's are EDF's ("uV").
QString unitOf(const ChannelMeta* channel) {
    const QString unit = valueOf(channel, "unit");
    const QString lower = unit.toLower();
    if (lower == "microvolts" || lower == "microvolt" || lower == "µv" || lower == "uv")
        return QStringLiteral("uV");
    if (lower == "millivolts" || lower == "mv") return QStringLiteral("mV");
    if (lower == "volts" || lower == "volt" || lower == "v") return QStringLiteral("V");
    return unit;
}

bool numeric(const Xdf::Stream& s) {
    return s.info.channel_format != "string" && !s.time_series.empty() &&
           s.info.nominal_srate > 0 && !s.time_stamps.empty();
}

}  // namespace

// The reading of one file: which stream, its channels, segments and the markers.
class XdfReading {
  public:
    XdfReading(XdfSource& source, QVector<HeaderIssue>* issues)
        : source_(source), info_(source.info_), issues_(issues) {}

    bool load(const QString& path, QString* why) {
        const std::string name = QFile::encodeName(path).toStdString();
        int status = 0;
        // libxdf trusts every length in the file: a damaged one can crash it.
        if (!survivesTrialRead(
                QStringLiteral("libxdf"), [&] { return Xdf().load_xdf(name) == 0 ? 0 : 3; }, why))
            return false;
        const QString printed = captureLibraryOutput([&] { status = xdf_.load_xdf(name); });
        if (status != 0) {
            *why = QCoreApplication::translate("alfee::core", "libxdf cannot read it as XDF (%1)")
                       .arg(printed.trimmed());
            return false;
        }
        info_.path = path;
        info_.format = QStringLiteral("XDF");
        return true;
    }

    bool chooseStream(QString* why) {
        QStringList numericNames;
        for (size_t i = 0; i < xdf_.streams.size(); ++i) {
            const Xdf::Stream& s = xdf_.streams[i];
            if (!numeric(s)) continue;
            numericNames << QStringLiteral("'%1' (%2, %3 channels)")
                                .arg(text(s.info.name), text(s.info.type))
                                .arg(s.info.channel_count);
            if (chosen_ < 0 || better(s, xdf_.streams[size_t(chosen_)])) chosen_ = int(i);
        }
        if (chosen_ < 0) {
            *why = QCoreApplication::translate(
                "alfee::core", "it holds no regularly sampled numeric stream (EEG)");
            return false;
        }
        const Xdf::Stream& s = stream();
        if (numericNames.size() > 1)
            warn(QStringLiteral("streams"),
                 QCoreApplication::translate("alfee::core",
                                             "%1 numeric streams (%2): read '%3', an EEG stream "
                                             "with the most channels")
                     .arg(numericNames.size())
                     .arg(numericNames.join(", "), text(s.info.name)));
        info_.recordingId = text(s.info.name);
        return true;
    }

    void describeChannels() {
        const Xdf::Stream& s = stream();
        const int channels = int(s.time_series.size());
        for (int c = 0; c < channels; ++c) {
            SignalInfo si;
            si.headerIndex = c;
            const ChannelMeta* meta =
                size_t(c) < s.info.channels.size() ? &s.info.channels[size_t(c)] : nullptr;
            si.label = valueOf(meta, "label");
            if (si.label.isEmpty())
                si.label = QStringLiteral("%1 %2").arg(text(s.info.name)).arg(c + 1);
            si.unit = unitOf(meta);
            si.transducer = valueOf(meta, "type");
            si.rateHz = s.info.nominal_srate;
            si.samples = qint64(s.time_series[c].size());
            si.samplesPerRecord = 1;
            const auto [low, high] =
                std::minmax_element(s.time_series[c].begin(), s.time_series[c].end());
            si.physMin = si.samples ? *low : 0, si.physMax = si.samples ? *high : 0;
            si.digMin = std::llround(si.physMin), si.digMax = std::llround(si.physMax);
            info_.signalInfos << si;
            source_.samples_ << s.time_series[c];
        }
        info_.records = info_.signalInfos.isEmpty() ? 0 : info_.signalInfos[0].samples;
        info_.recordDuration = 1.0 / s.info.nominal_srate;
    }

    // Segments where the time stamps jump: samples the stream lost.
    void makeSegments() {
        const std::vector<double>& t = stream().time_stamps;
        const double interval = info_.recordDuration;
        qint64 first = 0;
        for (qint64 i = 1; i <= qint64(t.size()); ++i) {
            if (i < qint64(t.size()) && t[i] - t[i - 1] <= XdfSource::kGapIntervals * interval)
                continue;
            info_.segments.push_back({first, i - first, t[first] - t.front()});
            first = i;
        }
        if (info_.segments.size() > 1) info_.discontinuous = true;
    }

    void readMarkers() {
        const double t0 = stream().time_stamps.front(), end = info_.durationSeconds();
        int outside = 0;
        for (const auto& entry : xdf_.eventMap) {
            const auto& [name, time] = entry.first;
            const double onset = time - t0;
            if (onset < 0 || onset >= end) {
                ++outside;
                continue;
            }
            Annotation a;
            a.onset100ns = std::llround(onset * 1e7);
            a.text = text(name);
            info_.annotations << a;
        }
        std::stable_sort(
            info_.annotations.begin(), info_.annotations.end(),
            [](const Annotation& a, const Annotation& b) { return a.onset100ns < b.onset100ns; });
        if (outside)
            warn(QStringLiteral("markers"),
                 QCoreApplication::translate("alfee::core",
                                             "%1 markers lie outside the EEG stream's time and "
                                             "are left out")
                     .arg(outside));
    }

  private:
    const Xdf::Stream& stream() const { return xdf_.streams[size_t(chosen_)]; }
    // EEG-typed first, then the one with more channels.
    static bool better(const Xdf::Stream& a, const Xdf::Stream& b) {
        const bool aEeg = text(a.info.type).compare("EEG", Qt::CaseInsensitive) == 0;
        const bool bEeg = text(b.info.type).compare("EEG", Qt::CaseInsensitive) == 0;
        if (aEeg != bEeg) return aEeg;
        return a.time_series.size() > b.time_series.size();
    }
    void warn(const QString& where, const QString& what) {
        issues_->push_back({HeaderIssue::Severity::Warning, where, what});
    }

    XdfSource& source_;
    RecordingInfo& info_;
    QVector<HeaderIssue>* issues_;
    Xdf xdf_;
    int chosen_ = -1;
};

std::unique_ptr<XdfSource> XdfSource::open(const QString& path, QVector<HeaderIssue>* issues,
                                           QString* why) {
    std::unique_ptr<XdfSource> source(new XdfSource);
    XdfReading reading(*source, issues);
    if (!reading.load(path, why) || !reading.chooseStream(why)) return nullptr;
    reading.describeChannels();
    reading.makeSegments();
    reading.readMarkers();
    return source;
}

bool XdfSource::readPhysical(int signal, qint64 start, qint64 count, double* out, QString*) {
    std::copy_n(samples_[signal].begin() + start, count, out);
    return true;
}

bool XdfSource::readDigital(int signal, qint64 start, qint64 count, qint32* out, QString*) {
    const auto first = samples_[signal].begin() + start;
    std::transform(first, first + count, out, [](float v) {
        return qint32(std::clamp(std::round(double(v)), -2147483647.0, 2147483647.0));
    });
    return true;
}

}  // namespace alfee::core
