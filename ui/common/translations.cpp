// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace alfee::ui {

namespace {
QString& installedLanguage() {
    static QString language = QStringLiteral("en");
    return language;
}
}  // namespace

QString currentLanguage() {
    return installedLanguage();
}

bool installTranslations(const QString& language, QString* error) {
    if (language == "en") {
        installedLanguage() = language;
        return true;
    }
    auto* own = new QTranslator(QCoreApplication::instance());
    if (!own->load(":/i18n/alfee_" + language + ".qm")) {
        *error = QStringLiteral("no translation of ALFEE Workbench for %1").arg(language);
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    installedLanguage() = language;
    // Qt's own dialogs and buttons: Debian's qt6-translations-l10n.
    auto* qt = new QTranslator(QCoreApplication::instance());
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!qt->load("qtbase_" + language, dir)) {
        *error = QStringLiteral(
                     "Qt's translation %1/qtbase_%2.qm is missing (install "
                     "qt6-translations-l10n)")
                     .arg(dir, language);
        delete qt;
        return false;
    }
    QCoreApplication::installTranslator(qt);
    return true;
}

QList<QPair<QString, QString>> availableLanguages() {
    return {{"en", QStringLiteral("English")}, {"zh_CN", QStringLiteral("中文 (简体)")}};
}

}  // namespace alfee::ui
