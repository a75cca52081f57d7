// `alfee-workbench`: the desktop application.
#include <QApplication>

#include "ui/main_window.h"

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName("ALFEE Workbench");
    QApplication::setOrganizationName("ALFEE");
    QApplication::setApplicationVersion(ALFEE_VERSION);
    alfee::ui::MainWindow window;
    window.show();
    return app.exec();
}
