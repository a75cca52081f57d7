// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The application's language: ALFEE's own strings (core messages included) and Qt's (OK,
// Cancel, the file dialogs), installed together.

#include <QString>

namespace alfee::ui {

// Installs the translators for `language` ("zh_CN"; "en" installs none). False, with the
// missing file named in *error, when ALFEE's or Qt's translation cannot be loaded.
bool installTranslations(const QString& language, QString* error);

// The language this run shows ("en" until installTranslations installs another): a run
// started with --language shows that language, whatever the setting says.
QString currentLanguage();

// The languages the settings offer: code and name in that language.
QList<QPair<QString, QString>> availableLanguages();

}  // namespace alfee::ui
