// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/electrodes/channel_mapping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include "core/electrodes/electrode_vocabulary.h"

namespace alfee::core {

using Status = ChannelMapEntry::Status;

namespace {

const QRegularExpression& biosemiCapLabel() {
    static const QRegularExpression re(QStringLiteral("^([A-H])(\\d{1,3})$"));
    return re;
}

// BioSemi caps name their positions A1-A32, B1-B32... (the "ABC" layout): there A1 and A2 are
// two scalp positions, not the ears, and C3 or F7 are not the 10-20 sites of those names. A
// recording is taken as such when a label of that form names no 10-20/10-10 site (A3, B12...).
bool hasBiosemiCapLabels(const RecordingInfo& info) {
    const auto& vocabulary = ElectrodeVocabulary::instance();
    for (const SignalInfo& s : info.signalInfos) {
        const QString label = s.label.trimmed();
        if (biosemiCapLabel().match(label).hasMatch() &&
            vocabulary.indexOf(normaliseChannelLabel(label)) < 0)
            return true;
    }
    return false;
}

}  // namespace

ChannelMapping ChannelMapping::fromRecording(const RecordingInfo& info) {
    const auto& vocabulary = ElectrodeVocabulary::instance();
    const bool biosemiCap = hasBiosemiCapLabels(info);
    ChannelMapping mapping;
    for (int i = 0; i < info.signalInfos.size(); ++i) {
        const SignalInfo& s = info.signalInfos[i];
        ChannelMapEntry e;
        e.signal = i;
        e.label = s.label;
        const QString name = normaliseChannelLabel(s.label);
        const bool capPosition =
            biosemiCap && biosemiCapLabel().match(s.label.trimmed()).hasMatch();
        const bool known = vocabulary.indexOf(name) >= 0 && !capPosition;
        e.type = capPosition ? ChannelType::Eeg : guessChannelType(s.label, s.unit, known);
        if (capPosition) {
            e.note = QT_TRANSLATE_NOOP("alfee::core",
                                       "a BioSemi cap position (A1-H32): where it sits depends on "
                                       "the cap; map it by hand");
        } else if (known && e.type == ChannelType::Eeg) {
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
    e.note = QT_TRANSLATE_NOOP("alfee::core", "set by the user");
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

QString mappingNoteText(const QString& note) {
    // The notes are stored in English (workspaces and JSON are read in any language); those
    // with a value in them are matched by their shape and translated with it.
    static const QRegularExpression given(QStringLiteral("^(\\S+) is already given by '(.*)'$"));
    static const QRegularExpression typed(QStringLiteral("^a (\\S+) channel$"));
    if (const auto m = given.match(note); m.hasMatch())
        return QCoreApplication::translate("alfee::core", "%1 is already given by '%2'")
            .arg(m.captured(1), m.captured(2));
    if (const auto m = typed.match(note); m.hasMatch())
        return QCoreApplication::translate("alfee::core", "a %1 channel").arg(m.captured(1));
    return QCoreApplication::translate("alfee::core", note.toUtf8().constData());
}

}  // namespace alfee::core
