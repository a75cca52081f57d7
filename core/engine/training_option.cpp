// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/training_option.h"

#include <cmath>

namespace alfee::core {
namespace {

// The shortest text that reads back as `v`, in %g style as a person writes it: 0.0005 (not
// 5e-04), 100000 (not 1e+05), 1e-06.
QString shortest(double v) {
    if (std::floor(v) == v && std::abs(v) < 1e15) return QString::number(qint64(v));
    for (int digits = 1; digits < 17; ++digits) {
        const QString text = QString::number(v, 'g', digits);
        if (text.toDouble() == v) return text;
    }
    return QString::number(v, 'g', 17);
}

bool numeric(OptionType type) {
    return type == OptionType::Integer || type == OptionType::Real;
}

}  // namespace

QString OptionSpec::helpWithDefault() const {
    if (type == OptionType::Switch) return help;
    const QString value = text(defaultValue);
    return value.isEmpty() ? help : QStringLiteral("%1 (default: %2)").arg(help, value);
}

QString OptionSpec::text(const QJsonValue& value) const {
    switch (type) {
        case OptionType::Integer:
            return QString::number(value.toInteger());
        case OptionType::Real:
            return shortest(value.toDouble());
        case OptionType::Switch:
            return {};
        case OptionType::Text:
            return value.toString();
    }
    return {};
}

bool OptionSpec::parse(const QString& given, QJsonValue* value, QString* error) const {
    bool ok = true;
    if (type == OptionType::Integer) {
        const qlonglong v = given.toLongLong(&ok);
        if (ok) *value = qint64(v);
    } else if (type == OptionType::Real) {
        const double v = given.toDouble(&ok);
        ok = ok && std::isfinite(v);
        if (ok) *value = v;
    } else if (type == OptionType::Switch) {
        *value = true;
    } else {
        *value = given;
    }
    if (!ok) {
        *error =
            QStringLiteral("%1 takes %2, not '%3'")
                .arg(dashed(), type == OptionType::Real ? "a number" : "a whole number", given);
        return false;
    }
    *error = rangeProblem(*value);
    return error->isEmpty();
}

QString OptionSpec::rangeProblem(const QJsonValue& value) const {
    const QString name = flag.isEmpty() ? key : dashed();
    // An empty text where the default is empty: not given (a fine-tuning run's --baseline).
    const bool unset = value.toString().isEmpty() && defaultValue.toString().isEmpty();
    if (type == OptionType::Text && !choices.isEmpty() && !unset &&
        !choices.contains(value.toString()))
        return QStringLiteral("%1 takes one of %2, not '%3'")
            .arg(name, choices.join(", "), value.toString());
    if (!numeric(type)) return {};
    const double v = value.toDouble();
    if (exclusiveMinimum ? !(v > minimum) : !(v >= minimum)) {
        if (exclusiveMinimum && minimum == 0)
            return QStringLiteral("%1 must be positive").arg(name);
        return exclusiveMinimum
                   ? QStringLiteral("%1 must be more than %2").arg(name, shortest(minimum))
                   : QStringLiteral("%1 must be %2 or more").arg(name, shortest(minimum));
    }
    if (v > maximum) return QStringLiteral("%1 must be at most %2").arg(name, shortest(maximum));
    return {};
}

const OptionSpec* findOption(const QVector<OptionSpec>& specs, const QString& flag) {
    for (const OptionSpec& spec : specs)
        if (spec.flag == flag) return &spec;
    return nullptr;
}

}  // namespace alfee::core
