// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `alfee-workbench`: the desktop application.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>

#include <cstdio>

#include "ui/common/main_window.h"
#include "ui/common/screenshot_tour.h"
#include "ui/common/translations.h"

namespace {

void nameApplication() {
    QCoreApplication::setApplicationName("ALFEE Workbench");
    QCoreApplication::setOrganizationName("ALFEE");
    QCoreApplication::setApplicationVersion(ALFEE_VERSION);
}

void addOptions(QCommandLineParser& parser) {
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({"workspace", "Workspace to open (default: the demo workspace).", "PATH"});
    parser.addOption(
        {"screenshot", "Save a PNG of the window once the workspace shows, then quit.", "FILE"});
    parser.addOption({"screenshots",
                      "Save a PNG of every main view, light and dark, into DIR, then quit.",
                      "DIR"});
    parser.addOption({"dark", "Use the dark theme."});
    parser.addOption(
        {"language", "Language for this run (en, zh_CN), instead of the setting's.", "CODE"});
    parser.addPositionalArgument(
        "files", "Recordings to import into the workspace and show (EDF, BDF, GDF...).",
        "[FILE...]");
}

// --help and --version answer without a display (a QApplication needs one to start).
void answerHelpWithoutDisplay(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a != "--help" && a != "-h" && a != "--help-all" && a != "--version" && a != "-v")
            continue;
        QCoreApplication core(argc, argv);
        nameApplication();
        QCommandLineParser parser;
        addOptions(parser);
        parser.process(core);  // prints and exits
    }
}

}  // namespace

int main(int argc, char* argv[]) {
    answerHelpWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    nameApplication();
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);
    const QString demo = alfee::ui::MainWindow::demoWorkspacePath();
    QSettings settings;
    const QString language = parser.isSet("language") ? parser.value("language")
                                                      : settings.value("language", "en").toString();
    QString languageError;
    if (!alfee::ui::installTranslations(language, &languageError))
        std::fprintf(stderr, "warning: %s\n", qPrintable(languageError));
    alfee::ui::MainWindow::applyTheme(parser.isSet("dark")
                                          ? QStringLiteral("dark")
                                          : settings.value("theme", "system").toString());
    alfee::ui::MainWindow window;
    int exitCode = 0;
    if (parser.isSet("screenshots")) {
        QObject::connect(
            &window, &alfee::ui::MainWindow::workspaceShown, &window,
            [&] {
                QString error;
                const int n =
                    alfee::ui::takeScreenshots(window, parser.value("screenshots"), &error,
                                               language == "en" ? QString() : "-" + language);
                if (n < 0)
                    std::fprintf(stderr, "error: %s\n", qPrintable(error));
                else
                    std::printf("wrote %d screenshots to %s\n", n,
                                qPrintable(parser.value("screenshots")));
                exitCode = n < 0 ? 1 : 0;
                app.quit();
            },
            Qt::QueuedConnection);
    }
    if (parser.isSet("screenshot")) {
        QObject::connect(
            &window, &alfee::ui::MainWindow::workspaceShown, &window,
            [&] {
                const QString path = parser.value("screenshot");
                if (!window.grab().save(path)) {
                    std::fprintf(stderr, "error: %s: cannot write the screenshot there\n",
                                 qPrintable(path));
                    exitCode = 1;
                }
                app.quit();
            },
            Qt::QueuedConnection);  // shown may come before the event loop runs
    }
    window.show();
    window.openFilesWhenShown(parser.positionalArguments());
    window.openWorkspace(parser.isSet("workspace") ? parser.value("workspace") : demo);
    const int rc = app.exec();
    return exitCode ? exitCode : rc;
}
