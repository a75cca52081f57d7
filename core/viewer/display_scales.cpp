#include "core/viewer/display_scales.h"

#include <QRegularExpression>

namespace alfee::core {

QString displayTypeName(DisplayType type) {
    switch (type) {
        case DisplayType::Eeg:
            return QStringLiteral("EEG");
        case DisplayType::Eog:
            return QStringLiteral("EOG");
        case DisplayType::Ecg:
            return QStringLiteral("ECG");
        case DisplayType::Emg:
            return QStringLiteral("EMG");
        case DisplayType::Misc:
            return QStringLiteral("misc");
        case DisplayType::Stim:
            return QStringLiteral("stim");
    }
    return {};
}

DisplayType displayTypeOf(const ChannelMapEntry& entry, const QString& unit) {
    static const QRegularExpression stim(
        QStringLiteral("^(status|trigger|trig|sti\\w*|stim\\w*|marker|event\\w*)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (stim.match(entry.label.trimmed()).hasMatch() || unit.trimmed().compare("Boolean") == 0)
        return DisplayType::Stim;
    switch (entry.type) {
        case ChannelType::Eeg:
            return DisplayType::Eeg;
        case ChannelType::Eog:
            return DisplayType::Eog;
        case ChannelType::Ecg:
            return DisplayType::Ecg;
        case ChannelType::Emg:
            return DisplayType::Emg;
        case ChannelType::Other:
            break;
    }
    return DisplayType::Misc;
}

DisplayScales::DisplayScales() {
    scales_ = {{DisplayType::Eeg, 50.0},   {DisplayType::Eog, 150.0},   {DisplayType::Ecg, 500.0},
               {DisplayType::Emg, 1000.0}, {DisplayType::Misc, 1000.0}, {DisplayType::Stim, 0.0}};
}

double DisplayScales::perLane(DisplayType type, bool voltage) const {
    if (type == DisplayType::Misc && !voltage) return 0.0;  // unknown units: fit the page
    return scales_.value(type, 0.0);
}

void DisplayScales::zoom(double factor) {
    for (auto it = scales_.begin(); it != scales_.end(); ++it) it.value() *= factor;
}

}  // namespace alfee::core
