// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/resources/resource_location.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QStringList>

namespace alfee::core {

QStringList resourceFolders() {
    QStringList folders;
    const QString env = QProcessEnvironment::systemEnvironment().value("ALFEE_RESOURCES");
    if (!env.isEmpty()) folders << env;
    folders << QCoreApplication::applicationDirPath() + "/../share/alfee-workbench";
    return folders;
}

QString findResource(const QString& relative) {
    for (const QString& folder : resourceFolders()) {
        const QFileInfo file(folder + '/' + relative);
        if (file.exists()) return file.absoluteFilePath();
    }
    return {};
}

}  // namespace alfee::core
