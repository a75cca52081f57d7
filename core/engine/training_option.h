// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One training option defined once: its command-line flag, its key in the run's config JSON,
// type, default, range and help. The option tables (finetune_options.h, pretrain_options.h)
// bind these to the fields of the options structs; the command-line parser, the config JSON,
// the reproducing command line and the wizard all read them, so none repeats a flag or a range.

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QVector>
#include <functional>
#include <limits>
#include <type_traits>

namespace alfee::core {

enum class OptionType { Integer, Real, Switch, Text };

// Which runs an option applies to: `alfee finetune` runs the model or the band-power baseline.
enum OptionUse : unsigned { kModelRun = 1, kBaselineRun = 2, kEveryRun = 3 };

// How the reproducing command line writes an option.
enum class InCommand {
    Always,         // every run, with its value
    UnlessDefault,  // only when it differs from the default (empty paths, "auto" patterns)
    Never,          // runtime only (threads, checkpoint intervals): not part of the result
};

// What the option is, as the user meets it.
struct OptionSpec {
    QString flag{};       // without "--"; empty: not on the command line
    QString key{};        // in the run's config JSON; empty: not stored (name, timeouts)
    QString valueName{};  // "N", "X", "NAME" in the usage text
    QString help{};
    QJsonValue defaultValue{};
    double minimum = -std::numeric_limits<double>::infinity();
    double maximum = std::numeric_limits<double>::infinity();
    bool exclusiveMinimum = false;  // minimum itself refused (a learning rate of 0)
    QStringList choices{};          // a Text option's allowed values; empty: any
    InCommand inCommand = InCommand::Always;
    QString onlyWith{};          // a Switch's key that must be on for this option to matter
    bool gradientsOnly = false;  // matters only where gradients train (not --freeze encoder)
    unsigned use = kEveryRun;
    OptionType type = OptionType::Text;  // set by bindOption from the field's C++ type

    // "--epochs"
    QString dashed() const { return "--" + flag; }
    // The help line with the default, for --help.
    QString helpWithDefault() const;
    // The value as the command line writes it ("0.0005", "8", "tiny").
    QString text(const QJsonValue& value) const;
    // Reads `text` as given with the flag; false with "--epochs takes a whole number, not
    // '2.5'" (or the range broken) in *error.
    bool parse(const QString& text, QJsonValue* value, QString* error) const;
    // Empty when `value` is within the range and choices, else "--lr must be positive".
    QString rangeProblem(const QJsonValue& value) const;
};

// An OptionSpec bound to one field of the options struct O.
template <typename O>
struct TrainingOption {
    OptionSpec spec;
    std::function<QJsonValue(const O&)> get;
    std::function<void(O&, const QJsonValue&)> set;
};

namespace option_detail {

template <typename T>
constexpr OptionType typeOf() {
    if constexpr (std::is_same_v<T, bool>) return OptionType::Switch;
    if constexpr (std::is_same_v<T, QString>) return OptionType::Text;
    if constexpr (std::is_floating_point_v<T>) return OptionType::Real;
    return OptionType::Integer;
}

template <typename T>
QJsonValue toJson(const T& v) {
    if constexpr (std::is_same_v<T, bool> || std::is_same_v<T, QString>) return QJsonValue(v);
    if constexpr (std::is_floating_point_v<T>) return QJsonValue(double(v));
    if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) return QJsonValue(qint64(v));
}

template <typename T>
T fromJson(const QJsonValue& v) {
    if constexpr (std::is_same_v<T, bool>) return v.toBool();
    if constexpr (std::is_same_v<T, QString>) return v.toString();
    if constexpr (std::is_floating_point_v<T>) return T(v.toDouble());
    if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) return T(v.toInteger());
}

}  // namespace option_detail

// Binds `spec` to the field `member` of O; the type follows the field's.
template <typename O, typename T>
TrainingOption<O> bindOption(T O::*member, OptionSpec spec) {
    spec.type = option_detail::typeOf<T>();
    return {spec, [member](const O& o) { return option_detail::toJson(o.*member); },
            [member](O& o, const QJsonValue& v) { o.*member = option_detail::fromJson<T>(v); }};
}

// Every field of the table at its default.
template <typename O>
void applyDefaults(const QVector<TrainingOption<O>>& table, O& options) {
    for (const TrainingOption<O>& option : table) option.set(options, option.spec.defaultValue);
}

// The stored options of `use` into `json` (options without a JSON key are not stored).
template <typename O>
void writeOptions(const QVector<TrainingOption<O>>& table, const O& options, unsigned use,
                  QJsonObject& json) {
    for (const TrainingOption<O>& option : table)
        if (!option.spec.key.isEmpty() && (option.spec.use & use))
            json[option.spec.key] = option.get(options);
}

// Reads the stored options; a key the JSON lacks (a run recorded before the option existed)
// keeps its default.
template <typename O>
void readOptions(const QVector<TrainingOption<O>>& table, const QJsonObject& json, O& options) {
    for (const TrainingOption<O>& option : table)
        if (!option.spec.key.isEmpty() && json.contains(option.spec.key))
            option.set(options, json[option.spec.key]);
}

// The first option of `use` out of its range, as "--patience must be 1 or more"; empty: none.
template <typename O>
QString rangeProblems(const QVector<TrainingOption<O>>& table, const O& options, unsigned use) {
    for (const TrainingOption<O>& option : table) {
        if (!(option.spec.use & use)) continue;
        const QString problem = option.spec.rangeProblem(option.get(options));
        if (!problem.isEmpty()) return problem;
    }
    return {};
}

// The specs alone, for code that reads stored JSON (the reproducing command line).
template <typename O>
QVector<OptionSpec> specsOf(const QVector<TrainingOption<O>>& table) {
    QVector<OptionSpec> specs;
    for (const TrainingOption<O>& option : table) specs << option.spec;
    return specs;
}

// The spec with this flag in `specs`; nullptr when none.
const OptionSpec* findOption(const QVector<OptionSpec>& specs, const QString& flag);

}  // namespace alfee::core
