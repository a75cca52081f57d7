// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/option_spin_boxes.h"

#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <algorithm>
#include <climits>
#include <cmath>
#include <stdexcept>

#include "core/engine/finetune_options.h"

namespace alfee::ui {
namespace {

// A table bound clamped into what an int spin box holds.
int intBound(double v) {
    return int(std::clamp(v, double(INT_MIN), double(INT_MAX)));
}

}  // namespace

QString optionToolTip(const core::OptionSpec& spec) {
    return QCoreApplication::translate("alfee::core", spec.help.toUtf8().constData()) + " (" +
           spec.dashed() + ")";
}

const core::OptionSpec& fineTuneOption(const QString& flag) {
    static const QVector<core::OptionSpec> specs = core::specsOf(core::fineTuneOptionTable());
    const core::OptionSpec* spec = core::findOption(specs, flag);
    if (!spec) throw std::logic_error(("no fine-tuning option --" + flag).toStdString());
    return *spec;
}

QSpinBox* optionSpinBox(const core::OptionSpec& spec, QWidget* parent) {
    auto* box = new QSpinBox(parent);
    const double low = spec.exclusiveMinimum ? std::floor(spec.minimum) + 1 : spec.minimum;
    box->setRange(intBound(low), intBound(spec.maximum));
    box->setValue(intBound(double(spec.defaultValue.toInteger())));
    box->setToolTip(optionToolTip(spec));
    return box;
}

QDoubleSpinBox* optionSpinBox(const core::OptionSpec& spec, int decimals, QWidget* parent) {
    auto* box = new QDoubleSpinBox(parent);
    box->setDecimals(decimals);
    const double step = std::pow(10.0, -decimals);
    box->setRange(spec.exclusiveMinimum ? spec.minimum + step : spec.minimum,
                  std::isinf(spec.maximum) ? 1e9 : spec.maximum);
    box->setValue(spec.defaultValue.toDouble());
    box->setToolTip(optionToolTip(spec));
    return box;
}

}  // namespace alfee::ui
