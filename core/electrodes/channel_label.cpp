// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/electrodes/channel_label.h"

#include <QRegularExpression>
#include <QStringList>

#include "core/recording/units.h"

namespace alfee::core {
namespace {

// Reference suffixes that mean "this electrode against the recording reference".
const QStringList kReferenceSuffixes = {"REF", "LE", "RE", "AR", "AVG", "AV", "CAR", "AVERAGE"};

QString stripTypePrefix(QString s) {
    static const QRegularExpression prefix(R"(^(EEG|EOG|ECG|EKG|EMG)[\s:_-]+)",
                                           QRegularExpression::CaseInsensitiveOption);
    return s.remove(prefix);
}

}  // namespace

QString channelTypeName(ChannelType type) {
    switch (type) {
        case ChannelType::Eeg:
            return "EEG";
        case ChannelType::Eog:
            return "EOG";
        case ChannelType::Ecg:
            return "ECG";
        case ChannelType::Emg:
            return "EMG";
        default:
            return "other";
    }
}

ChannelType channelTypeFromName(const QString& name) {
    for (ChannelType t : {ChannelType::Eeg, ChannelType::Eog, ChannelType::Ecg, ChannelType::Emg})
        if (channelTypeName(t).compare(name, Qt::CaseInsensitive) == 0) return t;
    return ChannelType::Other;
}

QString normaliseChannelLabel(const QString& label) {
    QString s = stripTypePrefix(label.trimmed()).toUpper();
    while (s.endsWith('.')) s.chop(1);
    s = s.trimmed();
    const int dash = s.lastIndexOf('-');
    if (dash > 0 && kReferenceSuffixes.contains(s.mid(dash + 1).trimmed()))
        s = s.left(dash).trimmed();
    static const QStringList oldNames = {"T3", "T4", "T5", "T6"};
    static const QStringList newNames = {"T7", "T8", "P7", "P8"};
    const int alias = oldNames.indexOf(s);
    return alias >= 0 ? newNames[alias] : s;
}

bool isBipolarLabel(const QString& label) {
    return normaliseChannelLabel(label).contains('-');
}

ChannelType guessChannelType(const QString& label, const QString& unit, bool mapsToVocabulary) {
    const QString u = label.toUpper();
    if (u.contains("EOG") || u.startsWith("HEOG") || u.startsWith("VEOG")) return ChannelType::Eog;
    if (u.contains("ECG") || u.contains("EKG")) return ChannelType::Ecg;
    if (u.contains("EMG")) return ChannelType::Emg;
    const bool voltage = microvoltFactor(unit).has_value();
    if (mapsToVocabulary && (voltage || unit.trimmed().isEmpty())) return ChannelType::Eeg;
    if (u.startsWith("EEG") && voltage) return ChannelType::Eeg;
    return ChannelType::Other;
}

}  // namespace alfee::core
