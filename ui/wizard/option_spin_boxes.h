// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Spin boxes that take range, default and tooltip from a row of a training option table
// (core/engine/training_option.h), so the wizard offers exactly what the command line accepts.

#include "core/engine/training_option.h"

class QDoubleSpinBox;
class QSpinBox;
class QWidget;

namespace alfee::ui {

// The row of fineTuneOptionTable() with this flag ("epochs"); the table must have it.
const core::OptionSpec& fineTuneOption(const QString& flag);

// The option's help in the user's language (the tables mark the wizard's rows for
// translation), with the flag that sets it from the command line.
QString optionToolTip(const core::OptionSpec& spec);

// A spin box for a whole-number option, at its default.
QSpinBox* optionSpinBox(const core::OptionSpec& spec, QWidget* parent);
// A spin box for a real option with `decimals` shown, at its default; an exclusive minimum
// becomes the smallest step the box can show.
QDoubleSpinBox* optionSpinBox(const core::OptionSpec& spec, int decimals, QWidget* parent);

}  // namespace alfee::ui
