// `alfee-workbench`: the desktop application.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

#include "ui/main_window.h"

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName("ALFEE Workbench");
    QApplication::setOrganizationName("ALFEE");
    QApplication::setApplicationVersion(ALFEE_VERSION);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({"workspace", "Workspace to open (default: the demo workspace).", "PATH"});
    parser.addOption({"screenshot", "Save a PNG of the window once the workspace shows, then quit.", "FILE"});
    parser.process(app);
    const QString demo =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/demo/demo.alfee";
    alfee::ui::MainWindow window;
    if (parser.isSet("screenshot")) {
        QObject::connect(&window, &alfee::ui::MainWindow::workspaceShown, &window, [&] {
            window.grab().save(parser.value("screenshot"));
            app.quit();
        }, Qt::QueuedConnection);  // shown may come before the event loop runs
    }
    window.show();
    window.openWorkspace(parser.isSet("workspace") ? parser.value("workspace") : demo);
    return app.exec();
}
