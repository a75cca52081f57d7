// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/units.h"

namespace alfee::core {

std::optional<double> microvoltFactor(const QString& unit) {
    QString u = unit.trimmed();
    u.replace(QChar(0x00B5), 'u').replace(QChar(0x03BC), 'u');  // micro sign, Greek mu
    if (u == "uV") return 1.0;
    if (u.compare("uV", Qt::CaseInsensitive) == 0) return 1.0;
    if (u == "mV") return 1e3;
    if (u == "V") return 1e6;
    if (u == "nV") return 1e-3;
    return std::nullopt;
}

}  // namespace alfee::core
