// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/display_names.h"

#include <QCoreApplication>
#include <initializer_list>

namespace alfee::core {
namespace {

// Known English values, marked for lupdate; anything else is shown as it is.
QString translated(const QString& value, std::initializer_list<const char*> known) {
    for (const char* k : known)
        if (value == QLatin1String(k)) return QCoreApplication::translate("alfee::core", k);
    return value;
}

}  // namespace

QString splitDisplayName(const QString& split) {
    return translated(split, {QT_TRANSLATE_NOOP("alfee::core", "train"),
                              QT_TRANSLATE_NOOP("alfee::core", "validation"),
                              QT_TRANSLATE_NOOP("alfee::core", "test")});
}

QString runStatusDisplayName(const QString& status) {
    return translated(status, {QT_TRANSLATE_NOOP("alfee::core", "running"),
                               QT_TRANSLATE_NOOP("alfee::core", "finished"),
                               QT_TRANSLATE_NOOP("alfee::core", "interrupted"),
                               QT_TRANSLATE_NOOP("alfee::core", "cancelled"),
                               QT_TRANSLATE_NOOP("alfee::core", "failed")});
}

QString phaseDisplayName(const QString& phase) {
    return translated(phase,
                      {QT_TRANSLATE_NOOP("alfee::core", "preparing data"),
                       QT_TRANSLATE_NOOP("alfee::core", "training"),
                       QT_TRANSLATE_NOOP("alfee::core", "validating"),
                       QT_TRANSLATE_NOOP("alfee::core", "testing"),
                       QT_TRANSLATE_NOOP("alfee::core", "predicting"),
                       QT_TRANSLATE_NOOP("alfee::core", "reading windows"),
                       QT_TRANSLATE_NOOP("alfee::core", "running the model on an example window"),
                       QT_TRANSLATE_NOOP("alfee::core", "writing the report")});
}

}  // namespace alfee::core
