// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The numeric flags of every command, each an OptionSpec (core/engine/training_option.h) as the
// training options are: a command adds and reads its numbers through them, so a bad value is
// refused with the flag named ("--batch must be 1 or more", "--window takes a number, not
// 'abc'") before any work, and tests/test_cli_flags.cpp walks every one of them.

#include <QCommandLineParser>
#include <QJsonObject>

#include "core/engine/training_option.h"

namespace alfee::cli {

// The numeric flags of one command line: "infer", "dataset create", "export reconstruction"...
struct CommandFlags {
    QString command;  // the command, then its action where the flags belong to one
    QVector<core::OptionSpec> specs;
};

// Every command's numeric flags; the training commands' come from their option tables.
const QVector<CommandFlags>& numericFlagTable();

// The numeric flags of `command` as numericFlagTable() names it; empty when it has none.
QVector<core::OptionSpec> numericFlags(const QString& command);

// The numeric flags of the label options (--window, --stride, --split-seed, --notch).
QVector<core::OptionSpec> labelNumericFlags();

// --threads and --batch of evaluate and infer, as the training commands define them.
QVector<core::OptionSpec> runtimeNumericFlags();

// A flag for each spec, its help ending in the default where it has one.
void addNumericFlags(QCommandLineParser& parser, const QVector<core::OptionSpec>& specs);

// Every flag of `specs` into *values by flag: the value given, read and range-checked by
// OptionSpec::parse, else the default (absent where there is none). False with the flag named
// in *error.
bool readNumericFlags(const QCommandLineParser& parser, const QVector<core::OptionSpec>& specs,
                      QJsonObject* values, QString* error);

}  // namespace alfee::cli
