#include "core/electrodes/channel_mapping.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "core/electrodes/electrode_vocabulary.h"

namespace alfee::core {

using Status = ChannelMapEntry::Status;

ChannelMapping ChannelMapping::fromRecording(const RecordingInfo& info) {
    const auto& vocabulary = ElectrodeVocabulary::instance();
    ChannelMapping mapping;
    for (int i = 0; i < info.signalInfos.size(); ++i) {
        const SignalInfo& s = info.signalInfos[i];
        ChannelMapEntry e;
        e.signal = i;
        e.label = s.label;
        const QString name = normaliseChannelLabel(s.label);
        const bool known = vocabulary.indexOf(name) >= 0;
        e.type = guessChannelType(s.label, s.unit, known);
        if (known && e.type == ChannelType::Eeg) {
            const int taken = mapping.signalForElectrode(name);
            e.electrode = name;
            e.status = taken < 0 ? Status::Mapped : Status::Duplicate;
            if (taken >= 0)
                e.note = QStringLiteral("%1 is already given by '%2'")
                             .arg(name, info.signalInfos[taken].label);
        } else if (isBipolarLabel(s.label)) {
            e.note = QT_TRANSLATE_NOOP("alfee::core", "a bipolar derivation, not one electrode");
        } else if (known) {
            e.note = QStringLiteral("a %1 channel").arg(channelTypeName(e.type));
        } else {
            e.note = QT_TRANSLATE_NOOP("alfee::core", "not in the electrode vocabulary");
        }
        mapping.entries_.push_back(e);
    }
    return mapping;
}

QVector<ChannelMapEntry> ChannelMapping::mapped() const {
    QVector<ChannelMapEntry> out;
    for (const auto& e : entries_)
        if (e.status == Status::Mapped) out.push_back(e);
    return out;
}

QVector<ChannelMapEntry> ChannelMapping::unmapped() const {
    QVector<ChannelMapEntry> out;
    for (const auto& e : entries_)
        if (e.status == Status::Unmapped) out.push_back(e);
    return out;
}

QVector<ChannelMapEntry> ChannelMapping::duplicates() const {
    QVector<ChannelMapEntry> out;
    for (const auto& e : entries_)
        if (e.status == Status::Duplicate) out.push_back(e);
    return out;
}

int ChannelMapping::signalForElectrode(const QString& electrode) const {
    for (const auto& e : entries_)
        if (e.status == Status::Mapped && e.electrode == electrode) return e.signal;
    return -1;
}

bool ChannelMapping::excludeLabel(const QString& label, const QString& note) {
    for (ChannelMapEntry& e : entries_) {
        if (e.label != label) continue;
        e.electrode.clear();
        e.status = ChannelMapEntry::Status::Unmapped;
        e.overridden = true;
        e.note = note;
        return true;
    }
    return false;
}

bool ChannelMapping::overrideLabel(const QString& label, const QString& electrode, QString* error) {
    int row = -1;
    for (int i = 0; i < entries_.size(); ++i)
        if (entries_[i].label == label) row = i;
    if (row < 0) {
        *error =
            QCoreApplication::translate("alfee::core", "no channel is labelled '%1'").arg(label);
        return false;
    }
    ChannelMapEntry& e = entries_[row];
    if (electrode.isEmpty()) {
        e.electrode.clear();
        e.status = Status::Unmapped;
        e.overridden = true;
        e.note = QT_TRANSLATE_NOOP("alfee::core", "unmapped by the user");
        return true;
    }
    const QString name = normaliseChannelLabel(electrode);
    if (ElectrodeVocabulary::instance().indexOf(name) < 0) {
        *error =
            QCoreApplication::translate("alfee::core", "'%1' is not an electrode of the vocabulary")
                .arg(electrode);
        return false;
    }
    const int taken = signalForElectrode(name);
    if (taken >= 0 && taken != e.signal) {
        *error = QCoreApplication::translate("alfee::core",
                                             "mapping clash: %1 is already given by channel '%2'")
                     .arg(name, entries_[taken].label);
        return false;
    }
    e.electrode = name;
    e.status = Status::Mapped;
    e.type = ChannelType::Eeg;
    e.overridden = true;
    e.note = "set by the user";
    return true;
}

QString ChannelMapping::statusName(Status status) {
    switch (status) {
        case Status::Mapped:
            return "mapped";
        case Status::Duplicate:
            return "duplicate";
        default:
            return "unmapped";
    }
}

QJsonObject ChannelMapping::toJson() const {
    QJsonArray rows;
    for (const auto& e : entries_)
        rows.append(QJsonObject{{"signal", e.signal},
                                {"label", e.label},
                                {"electrode", e.electrode},
                                {"type", channelTypeName(e.type)},
                                {"status", statusName(e.status)},
                                {"overridden", e.overridden},
                                {"note", e.note}});
    return {{"vocabulary_version", ElectrodeVocabulary::kVersion}, {"channels", rows}};
}

bool ChannelMapping::fromJson(const QJsonObject& json, ChannelMapping* out, QString* error) {
    if (json.value("vocabulary_version").toInt() != ElectrodeVocabulary::kVersion) {
        *error = QCoreApplication::translate(
            "alfee::core", "the mapping was made for another electrode vocabulary version");
        return false;
    }
    ChannelMapping m;
    for (const auto& v : json.value("channels").toArray()) {
        const QJsonObject o = v.toObject();
        ChannelMapEntry e;
        e.signal = o.value("signal").toInt();
        e.label = o.value("label").toString();
        e.electrode = o.value("electrode").toString();
        e.type = channelTypeFromName(o.value("type").toString());
        const QString status = o.value("status").toString();
        e.status = status == "mapped"      ? Status::Mapped
                   : status == "duplicate" ? Status::Duplicate
                                           : Status::Unmapped;
        e.overridden = o.value("overridden").toBool();
        e.note = o.value("note").toString();
        if (e.status == Status::Mapped &&
            ElectrodeVocabulary::instance().indexOf(e.electrode) < 0) {
            *error = QCoreApplication::translate("alfee::core",
                                                 "'%1' is not an electrode of the vocabulary")
                         .arg(e.electrode);
            return false;
        }
        m.entries_.push_back(e);
    }
    *out = m;
    return true;
}

}  // namespace alfee::core
