// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/numeric_flags.h"

#include "core/engine/common_options.h"
#include "core/engine/finetune_options.h"
#include "core/engine/pretrain_options.h"

namespace alfee::cli {
namespace {

using core::OptionSpec;
using core::OptionType;

constexpr double kLargestSeed = 9007199254740991.0;  // 2^53 - 1: exact as a JSON number
constexpr double kLargestSplitSeed = 4294967295.0;   // the split's seed is 32 bits
constexpr double kLargestSample = 1e15;
const QJsonValue kNoDefault(QJsonValue::Undefined);  // the flag's absence has its own meaning

OptionSpec whole(const QString& flag, const QString& help, const QJsonValue& byDefault,
                 double minimum, double maximum, const QString& valueName = "N") {
    return {.flag = flag,
            .valueName = valueName,
            .help = help,
            .defaultValue = byDefault,
            .minimum = minimum,
            .maximum = maximum,
            .type = OptionType::Integer};
}

OptionSpec seconds(const QString& flag, const QString& help, const QJsonValue& byDefault,
                   double minimum, bool exclusiveMinimum = false) {
    return {.flag = flag,
            .valueName = "S",
            .help = help,
            .defaultValue = byDefault,
            .minimum = minimum,
            .maximum = 3600,
            .exclusiveMinimum = exclusiveMinimum,
            .type = OptionType::Real};
}

// The numeric options of a training option table that have a flag.
template <typename O>
QVector<OptionSpec> numericOf(const QVector<core::TrainingOption<O>>& table) {
    QVector<OptionSpec> out;
    for (const OptionSpec& s : core::specsOf(table))
        if (!s.flag.isEmpty() && (s.type == OptionType::Integer || s.type == OptionType::Real))
            out << s;
    return out;
}

QVector<OptionSpec> inferFlags() {
    return QVector<OptionSpec>{
               seconds("window", "Window length in seconds (default: the model's)", kNoDefault, 1),
               seconds("stride", "Window stride in seconds (default: the window)", kNoDefault, 0,
                       true)} +
           runtimeNumericFlags();
}

// A study's: the fine-tuning numbers every arm takes (not --seed: the study has --seeds), the
// label numbers and --folds (the last, which the command adds itself).
QVector<OptionSpec> studyFlags() {
    QVector<OptionSpec> out;
    for (const OptionSpec& s : numericOf(core::fineTuneOptionTable()))
        if (s.flag != "seed") out << s;
    return out + labelNumericFlags()
           << whole("folds", "Subject-wise folds, stratified by class", 5, 2, 100000, "K");
}

QVector<CommandFlags> buildTable() {
    return {
        {"read",
         {whole("start", "First sample", 0, 0, kLargestSample),
          whole("count", "Number of samples (default: to the end)", kNoDefault, 0, kLargestSample,
                "K")}},
        {"dataset create", labelNumericFlags()
                               << whole("seed", "Seed of the subject split (as --split-seed)",
                                        kNoDefault, 0, kLargestSplitSeed)},
        {"pretrain", numericOf(core::pretrainOptionTable())},
        {"finetune", numericOf(core::fineTuneOptionTable()) + labelNumericFlags()},
        {"evaluate", labelNumericFlags() + runtimeNumericFlags()},
        {"infer", inferFlags()},
        {"demo", {whole("epochs", "Fine-tuning epochs", 8, 1, 100000)}},
        {"study", studyFlags()},
        {"export reconstruction",
         {{.flag = "onset",
           .valueName = "S",
           .help = "Start of the window in seconds",
           .defaultValue = 0,
           .minimum = 0,
           .maximum = 1e9,
           .type = OptionType::Real},
          whole("seed", "Seed of the mask", 1, 0, kLargestSeed)}},
    };
}

}  // namespace

QVector<OptionSpec> labelNumericFlags() {
    return {seconds("window", "Window length in seconds", 10, 1),
            seconds("stride", "Window stride in seconds (default: the window length)", kNoDefault,
                    0, true),
            whole("split-seed", "Seed of the subject split", 42, 0, kLargestSplitSeed),
            {.flag = "notch",
             .valueName = "HZ",
             .help = "Notch frequency in Hz (0: off)",
             .defaultValue = 50,
             .minimum = 0,
             .maximum = 1000,
             .type = OptionType::Real}};
}

QVector<OptionSpec> runtimeNumericFlags() {
    OptionSpec threads = core::common_options::threads();
    threads.type = OptionType::Integer;
    OptionSpec batch = core::common_options::batch("Windows per batch");
    batch.type = OptionType::Integer;
    batch.defaultValue = 32;
    return {threads, batch};
}

const QVector<CommandFlags>& numericFlagTable() {
    static const QVector<CommandFlags> table = buildTable();
    return table;
}

QVector<OptionSpec> numericFlags(const QString& command) {
    for (const CommandFlags& c : numericFlagTable())
        if (c.command == command) return c.specs;
    return {};
}

void addNumericFlags(QCommandLineParser& parser, const QVector<OptionSpec>& specs) {
    for (const OptionSpec& s : specs)
        parser.addOption(
            {s.flag, s.defaultValue.isUndefined() ? s.help : s.helpWithDefault(), s.valueName});
}

bool readNumericFlags(const QCommandLineParser& parser, const QVector<OptionSpec>& specs,
                      QJsonObject* values, QString* error) {
    for (const OptionSpec& s : specs) {
        QJsonValue value = s.defaultValue;
        if (parser.isSet(s.flag) && !s.parse(parser.value(s.flag), &value, error)) return false;
        if (!value.isUndefined()) (*values)[s.flag] = value;
    }
    return true;
}

}  // namespace alfee::cli
