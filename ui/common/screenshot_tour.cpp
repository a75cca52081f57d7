// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/screenshot_tour.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QTabWidget>
#include <QTableWidget>

#include "ui/common/main_window.h"
#include "ui/datasets/dataset_manager.h"
#include "ui/inspect/model_screenshots.h"
#include "ui/montage/montage_editor.h"
#include "ui/viewer/signal_viewer.h"

namespace alfee::ui {
namespace {

bool save(MainWindow& window, const QString& path) {
    QApplication::processEvents();
    window.viewer()->plot()->replot();
    return window.grab().save(path);
}

// The row of the recording whose path ends with `suffix`, or -1.
int rowOf(MainWindow& window, const QString& suffix) {
    QTableWidget* table = window.datasetManager()->table();
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text().endsWith(suffix)) return r;
    return -1;
}

}  // namespace

int takeScreenshots(MainWindow& window, const QString& dir, QString* error, const QString& suffix) {
    QDir().mkpath(dir);
    const int eegmat = rowOf(window, "Subject00_1.edf"), eegmmidb = rowOf(window, "S001R04.edf");
    if (eegmat < 0 || eegmmidb < 0) {
        *error = "the demo recordings are not in the workspace";
        return -1;
    }
    window.resize(1400, 900);
    int written = 0;
    for (const bool dark : {false, true}) {
        if (dark && !suffix.isEmpty()) break;
        MainWindow::applyTheme(dark);
        const QString theme = dark ? "dark" : "light";
        DatasetManager* manager = window.datasetManager();
        window.tabs()->setCurrentWidget(manager);
        manager->datasets()->setCurrentRow(manager->datasets()->count() - 1);
        manager->table()->selectRow(eegmat);
        written += save(window, dir + "/dataset-manager-" + theme + suffix + ".png");
        window.montageEditor()->showRecording(manager->recordingIdAt(eegmat));
        window.montageEditor()->setMontage(core::Montage::doubleBanana());
        window.tabs()->setCurrentWidget(window.montageEditor());
        written += save(window, dir + "/montage-editor-" + theme + suffix + ".png");
        window.viewRecording(eegmat);
        window.viewer()->setFilters({true, 0.5, 45.0, true, 50.0, true});
        window.viewer()->setMontage(core::Montage::doubleBanana());
        written += save(window, dir + "/viewer-eegmat-" + theme + suffix + ".png");
        window.viewRecording(eegmmidb);
        window.viewer()->setPageSeconds(20);
        window.viewer()->setMicrovoltsPerDivision(200);
        window.viewer()->goTo(3.0);
        written += save(window, dir + "/viewer-eegmmidb-" + theme + suffix + ".png");
        window.viewer()->setPageSeconds(10);
        window.viewer()->setMicrovoltsPerDivision(50);
        written += takeModelScreenshots(window, dir, theme, suffix);
    }
    MainWindow::applyTheme(false);
    return written;
}

}  // namespace alfee::ui
