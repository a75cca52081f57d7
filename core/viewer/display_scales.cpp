// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/viewer/display_scales.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

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

double windowMicrovoltsPerLane(const QVector<float>& x, int channels) {
    const int n = x.size() / std::max(1, channels);
    QVector<double> deviations;
    for (int c = 0; c < channels; ++c) {
        double sum = 0, squares = 0;
        for (int i = 0; i < n; ++i) {
            const double v = x[c * n + i];
            if (std::isfinite(v)) sum += v, squares += v * v;
        }
        deviations << std::sqrt(std::max(0.0, squares / n - std::pow(sum / n, 2)));
    }
    std::sort(deviations.begin(), deviations.end());
    return 6 * (deviations.isEmpty() ? 1.0 : std::max(1e-3, deviations[deviations.size() / 2]));
}

}  // namespace alfee::core
