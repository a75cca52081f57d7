// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The command-line side of the training option tables (core/engine/training_option.h): each
// table row becomes a flag, and each flag given is read, range-checked and refused by name.

#include <QCommandLineParser>

#include "core/engine/training_option.h"

namespace alfee::cli {

// A flag for every option of `table` that has one, its help ending in the default.
template <typename O>
void addOptionFlags(QCommandLineParser& parser, const QVector<core::TrainingOption<O>>& table) {
    for (const core::TrainingOption<O>& option : table) {
        const core::OptionSpec& s = option.spec;
        if (s.flag.isEmpty()) continue;
        if (s.type == core::OptionType::Switch)
            parser.addOption({s.flag, s.help});
        else
            parser.addOption({s.flag, s.helpWithDefault(), s.valueName});
    }
}

// Reads every flag given into *options; false with the flag named in *error ("--epochs takes
// a whole number, not '2.5'", "--lr must be positive").
template <typename O>
bool readOptionFlags(const QCommandLineParser& parser,
                     const QVector<core::TrainingOption<O>>& table, O* options, QString* error) {
    for (const core::TrainingOption<O>& option : table) {
        const core::OptionSpec& s = option.spec;
        if (s.flag.isEmpty() || !parser.isSet(s.flag)) continue;
        QJsonValue value;
        if (!s.parse(parser.value(s.flag), &value, error)) return false;
        option.set(*options, value);
    }
    return true;
}

// The first flag given that does not apply to runs of `use` ("--epochs" for a baseline);
// empty when none.
template <typename O>
QString flagOutsideUse(const QCommandLineParser& parser,
                       const QVector<core::TrainingOption<O>>& table, unsigned use) {
    for (const core::TrainingOption<O>& option : table)
        if (!option.spec.flag.isEmpty() && !(option.spec.use & use) &&
            parser.isSet(option.spec.flag))
            return option.spec.dashed();
    return {};
}

}  // namespace alfee::cli
