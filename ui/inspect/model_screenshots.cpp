// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inspect/model_screenshots.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <functional>

#include "core/demo/demo_workspace.h"
#include "core/engine/finetune_options.h"
#include "ui/common/job_controller.h"
#include "ui/common/main_window.h"
#include "ui/inspect/attention_view.h"
#include "ui/inspect/model_inspector.h"
#include "ui/inspect/reconstruction_view.h"
#include "ui/runs/run_list_model.h"
#include "ui/runs/runs_dashboard.h"
#include "ui/wizard/finetune_wizard.h"
#include "ui/wizard/wizard_data_pages.h"
#include "ui/wizard/wizard_model_pages.h"

namespace alfee::ui {
namespace {

// Runs the event loop until `done` or `ms` pass.
bool waitFor(const std::function<bool()>& done, int ms) {
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms) QApplication::processEvents(QEventLoop::AllEvents, 50);
    return done();
}

// The tour's two runs, found again by name in later themes.
const QString kFineTuned = QStringLiteral("demo workload, pretrained");
const QString kHybrid = QStringLiteral("demo workload, hybrid probe");

bool grabTo(QWidget* widget, const QString& path) {
    waitFor([] { return false; }, 300);  // let layouts and queued replots settle
    return widget->grab().save(path);
}

// Drives a wizard over the demo recordings, saving each page; returns the pages saved.
int wizardPages(RunsDashboard* runs, const QString& base, bool measure,
                core::FineTuneOptions* options) {
    FineTuneWizard* w = runs->openWizard();
    auto* data = qobject_cast<DataPage*>(w->page(FineTuneWizard::kData));
    data->filesChoice()->setChecked(true);
    data->addPath(core::demoRecordingsDir());
    const QStringList rules[] = {{"rest", "_1$"}, {"arithmetic", "_2$"}};
    for (int r = 0; r < 2; ++r)
        for (int c = 0; c < 2; ++c)
            data->classes()->setItem(r, c, new QTableWidgetItem(rules[r][c]));
    int saved = grabTo(w, base + "1-data.png");
    w->next();
    auto* channels = qobject_cast<ChannelsPage*>(w->page(FineTuneWizard::kChannels));
    waitFor([&] { return w->draft().previewed && !channels->reading(); }, 120000);
    channels->confirmation()->setChecked(true);
    saved += grabTo(w, base + "2-channels.png");
    w->next();
    saved += grabTo(w, base + "3-labels.png");
    w->next();
    auto* split = qobject_cast<SplitPage*>(w->page(FineTuneWizard::kSplit));
    for (int i = 6; i < 8 && i < split->subjects()->count(); ++i)
        split->subjects()->item(i)->setCheckState(Qt::Checked);
    saved += grabTo(w, base + "4-split.png");
    w->next();
    saved += grabTo(w, base + "5-start.png");
    w->next();
    auto* settings = qobject_cast<SettingsPage*>(w->page(FineTuneWizard::kSettings));
    // As `alfee demo` trains: long enough for the model to learn something on the demo split.
    settings->epochs()->setValue(6);
    settings->batch()->setValue(8);
    settings->recipe()->setCurrentIndex(0);  // the whole model, whatever the last run was
    settings->withBaseline()->setChecked(true);
    settings->name()->setText(kFineTuned);
    bool measured = false;
    QObject::connect(settings, &SettingsPage::estimateReady, [&] { measured = true; });
    if (measure) settings->estimate(), waitFor([&] { return measured; }, 300000);
    saved += grabTo(w, base + "6-settings.png");
    w->next();
    saved += grabTo(w, base + "7-review.png");
    *options = w->options();
    w->reject();
    return saved;
}

// The newest finished run called `name` (the tours' own live runs end cancelled); 0: none.
qint64 finishedRun(RunsDashboard* runs, const QString& name) {
    qint64 newest = 0;
    for (int e = 0; e < runs->model()->rowCount(); ++e)
        for (int r = 0; r < runs->model()->item(e)->rowCount(); ++r) {
            const QStandardItem* experiment = runs->model()->item(e);
            const qint64 id = experiment->child(r)->data(RunListModel::RunIdRole).toLongLong();
            const bool finished =
                experiment->child(r, RunListModel::Status)->data(RunListModel::SortRole) ==
                "finished";
            // The Run column reads "ID  name".
            if (finished &&
                experiment->child(r)->text() == QStringLiteral("%1  %2").arg(id).arg(name))
                newest = std::max(newest, id);
        }
    return newest;
}

// The recipe that does best on the Workload study (bench/README.md), beside its baseline.
core::FineTuneOptions hybridProbe(core::FineTuneOptions o) {
    o.freeze = "encoder", o.withBandPower = true, o.align = "euclidean";
    o.subjectCentring = true, o.name = kHybrid;
    return o;
}

// Trains a run from the dashboard, saving it while it trains when `during` is set (and then
// cancelling it when `cancel`).
void train(RunsDashboard* runs, const core::FineTuneOptions& options, const QString& during,
           bool cancel = false) {
    bool training = false;
    auto a = QObject::connect(
        runs->jobs(), &JobController::progress,
        [&](const core::JobProgress& p) { training |= p.phase == "training" && p.done >= 3; });
    // A run with its baseline is two jobs, the baseline first.
    const int jobs = options.withBaseline ? 2 : 1;
    int ended = 0;
    auto b = QObject::connect(runs->jobs(), &JobController::finished, [&] { ++ended; });
    runs->startFineTune(options);
    if (!during.isEmpty() && waitFor([&] { return training; }, 300000))
        grabTo(runs->window(), during);
    if (cancel) runs->cancelRunning();
    waitFor([&] { return ended == jobs; }, 1200000);
    QObject::disconnect(a), QObject::disconnect(b);
    runs->refresh();
}

// The report's first page as PNG (poppler's pdftoppm), when it is installed.
int pdfFirstPage(RunsDashboard* runs, qint64 run, const QString& png) {
    if (QStandardPaths::findExecutable("pdftoppm").isEmpty()) return 0;
    const QString pdf = QDir::temp().filePath("alfee-tour-report.pdf");
    QString error, written;
    auto c = QObject::connect(runs, &RunsDashboard::reportWritten,
                              [&](const QString& p) { written = p; });
    if (runs->exportReport(run, pdf, &error)) waitFor([&] { return !written.isEmpty(); }, 120000);
    QObject::disconnect(c);
    if (written.isEmpty()) return 0;
    QProcess::execute(
        "pdftoppm", {"-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, png.chopped(4)});
    QFile::remove(pdf);
    return QFileInfo::exists(png) ? 1 : 0;
}

int inspectorShots(MainWindow& window, qint64 run, const QString& dir, const QString& tail) {
    ModelInspector* inspector = window.inspector();
    window.tabs()->setCurrentWidget(inspector);
    inspector->refresh();
    const int model = inspector->modelChooser()->findText(QStringLiteral("Run %1:").arg(run),
                                                          Qt::MatchStartsWith);
    inspector->modelChooser()->setCurrentIndex(std::max(0, model));
    const QString recording = core::demoRecordingsDir() + "/Subject00_2.edf";
    int saved = 0;
    for (QWidget* view : {static_cast<QWidget*>(inspector->reconstruction()),
                          static_cast<QWidget*>(inspector->attention())}) {
        bool shown = false;
        auto c = QObject::connect(inspector, &ModelInspector::shown, [&] { shown = true; });
        inspector->views()->setCurrentWidget(view);
        inspector->inspect(inspector->modelChooser()->currentData().toString(), recording, 20);
        waitFor([&] { return shown && !inspector->busy(); }, 120000);
        QObject::disconnect(c);
        if (view == inspector->attention()) inspector->attention()->setStep(4);
        saved += grabTo(&window, dir +
                                     (view == inspector->attention() ? "/attention-maps-"
                                                                     : "/reconstruction-viewer-") +
                                     tail);
    }
    return saved;
}

}  // namespace

int takeModelScreenshots(MainWindow& window, const QString& dir, const QString& theme,
                         const QString& suffix) {
    RunsDashboard* runs = window.runsDashboard();
    window.tabs()->setCurrentWidget(runs);
    runs->refresh();
    // The first tour trains the runs (each beside its band-power baseline); later ones reuse them.
    const bool train = finishedRun(runs, kHybrid) == 0;
    const QString tail = theme + suffix + ".png";
    core::FineTuneOptions options;
    int saved = wizardPages(runs, dir + "/wizard-" + theme + suffix + "-", train, &options);
    if (train) {
        ui::train(runs, options, dir + "/runs-dashboard-training-" + tail);
        ui::train(runs, hybridProbe(options), {});
        saved += QFileInfo::exists(dir + "/runs-dashboard-training-" + tail);
    }
    const qint64 fineTuned = finishedRun(runs, kFineTuned), hybrid = finishedRun(runs, kHybrid);
    runs->selectRuns({fineTuned});
    saved += grabTo(&window, dir + "/runs-dashboard-finished-" + tail);
    runs->selectRuns({fineTuned, hybrid});
    saved += grabTo(&window, dir + "/runs-side-by-side-" + tail);
    saved += inspectorShots(window, fineTuned, dir, tail);
    if (train) return saved + pdfFirstPage(runs, fineTuned, dir + "/report-pdf-page1.png");
    // This theme's view of a run while it trains: a third, short run, cancelled once seen.
    window.tabs()->setCurrentWidget(runs);
    runs->selectRuns({});
    options.name = "demo workload, live", options.epochs = 1;
    ui::train(runs, options, dir + "/runs-dashboard-training-" + tail, true);
    return saved + QFileInfo::exists(dir + "/runs-dashboard-training-" + tail);
}

}  // namespace alfee::ui
