// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Physical units of EDF signals: which are voltages, and their factor to microvolts.

#include <QString>
#include <optional>

namespace alfee::core {

// Factor that turns a value in `unit` into microvolts; empty when the unit is not a voltage.
std::optional<double> microvoltFactor(const QString& unit);

}  // namespace alfee::core
