// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/recording_json.h"

#include <QJsonArray>
#include <QMap>

namespace alfee::core {

QJsonObject annotationToJson(const Annotation& a) {
    return {{"onset_s", a.onsetSeconds()},
            {"duration_s", a.hasDuration() ? QJsonValue(a.durationSeconds()) : QJsonValue()},
            {"text", a.text}};
}

namespace {

QJsonObject signalFields(const SignalInfo& s, int index, const ChannelMapEntry& m) {
    return {{"index", index},
            {"header_index", s.headerIndex},
            {"label", s.label},
            {"rate_hz", s.rateHz},
            {"samples", s.samples},
            {"unit", s.unit},
            {"transducer", s.transducer},
            {"prefilter", s.prefilter},
            {"physical_min", s.physMin},
            {"physical_max", s.physMax},
            {"digital_min", s.digMin},
            {"digital_max", s.digMax},
            {"samples_per_record", s.samplesPerRecord},
            {"type", channelTypeName(m.type)},
            {"electrode", m.electrode},
            {"mapping", ChannelMapping::statusName(m.status)},
            {"mapping_note", m.note}};
}

QJsonObject signalToJson(const SignalInfo& s, int index, const ChannelMapEntry& m) {
    QJsonObject json = signalFields(s, index, m);
    if (!s.position.isEmpty())
        json["position"] = QJsonArray{s.position[0], s.position[1], s.position[2]};
    return json;
}

}  // namespace

QJsonObject recordingToJson(const Recording& recording, const ChannelMapping& mapping) {
    const RecordingInfo& info = recording.info();
    QJsonArray signalArray, annotations, segments, warnings;
    for (int i = 0; i < info.signalInfos.size(); ++i)
        signalArray.append(signalToJson(info.signalInfos[i], i, mapping.entries()[i]));
    QMap<QString, int> counts;
    for (const Annotation& a : info.annotations) {
        annotations.append(annotationToJson(a));
        ++counts[a.text];
    }
    QJsonObject summary;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) summary[it.key()] = it.value();
    for (const Segment& s : info.segments)
        segments.append(QJsonObject{{"onset_s", s.onsetSeconds},
                                    {"first_record", s.firstRecord},
                                    {"records", s.recordCount},
                                    {"duration_s", s.recordCount * info.recordDuration}});
    for (const HeaderIssue& w : recording.warnings()) warnings.append(w.text());
    return {{"file", info.path},
            {"format", info.format},
            {"reader", recording.readerName()},
            {"discontinuous", info.segments.size() > 1},
            {"declared_discontinuous", info.discontinuous},
            {"start", info.start.isValid() ? info.start.toString(Qt::ISODate) : QString()},
            {"start_subsecond_s", info.startSubsecond100ns / 1e7},
            {"duration_s", info.durationSeconds()},
            {"recorded_s", info.recordedSeconds()},
            {"records", info.records},
            {"record_duration_s", info.recordDuration},
            {"patient", info.patient},
            {"recording", info.recordingId},
            {"signals", signalArray},
            {"mapped_electrodes", static_cast<int>(mapping.mapped().size())},
            {"annotations", annotations},
            {"annotation_counts", summary},
            {"segments", segments},
            {"warnings", warnings}};
}

}  // namespace alfee::core
