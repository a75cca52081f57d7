// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI under load: while a fine-tuning job trains on the worker thread (the demo workload,
// a new tiny model, one thread, `--epochs` epochs), how long the GUI thread's event loop goes
// without turning (a 5 ms timer's gaps), how long the runs dashboard takes to refresh (every
// 500 ms) and the viewer to turn a page (every 250 ms). Medians, 95th percentiles and maxima,
// as JSON. This was test_runs_dashboard's 50 ms bound, which a loaded machine broke (issue 32).
//
// usage: bench_gui_latency RECORDING [EPOCHS]   (QT_QPA_PLATFORM=offscreen works)
#include <qcustomplot.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

#include "core/demo/demo_workspace.h"
#include "core/modeling/finetune_job.h"
#include "ui/common/job_controller.h"
#include "ui/runs/runs_dashboard.h"
#include "ui/viewer/signal_viewer.h"

using namespace alfee;

namespace {

struct Percentiles {
    double median = 0, p95 = 0, max = 0;
    size_t count = 0;
};

Percentiles percentiles(std::vector<double> v) {
    if (v.empty()) return {};
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v[std::min(v.size() - 1, v.size() * 95 / 100)], v.back(), v.size()};
}

void printJson(const char* name, const Percentiles& p, bool last) {
    std::printf(
        "  \"%s\": {\"count\": %zu, \"median_ms\": %.2f, \"p95_ms\": %.2f, \"max_ms\": %.2f}%s\n",
        name, p.count, p.median, p.p95, p.max, last ? "" : ",");
}

core::FineTuneOptions demoRun(const QString& workspace, int epochs) {
    core::FineTuneOptions o;
    o.workspace = workspace;
    o.dataPaths = {core::demoRecordingsDir()};
    o.spec.name = "demo workload";
    o.spec.recordingFilter = "^Subject";
    o.spec.label.classes = {{"rest", "_1$"}, {"task", "_2$"}};
    o.spec.split.testSubjects = {"Subject06", "Subject07"};
    o.scratch = true, o.epochs = epochs, o.threads = 1, o.device = "cpu";
    return o;
}

// Milliseconds each call of `work` took, called every `intervalMs` by a timer.
QTimer* timeEvery(int intervalMs, std::vector<double>* times, std::function<void()> work) {
    auto* timer = new QTimer;
    timer->setInterval(intervalMs);
    QObject::connect(timer, &QTimer::timeout, [times, work] {
        QElapsedTimer t;
        t.start();
        work();
        times->push_back(t.nsecsElapsed() / 1e6);
    });
    return timer;
}

}  // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return std::fprintf(stderr, "usage: bench_gui_latency RECORDING [EPOCHS]\n"), 2;
    QTemporaryDir dir;
    ui::RunsDashboard dashboard;
    dashboard.setWorkspace(dir.filePath("latency.alfee"));
    dashboard.resize(1200, 800), dashboard.show();
    ui::SignalViewer viewer;
    viewer.resize(1400, 900), viewer.show();
    QString error;
    if (!viewer.openRecording(args[0], &error))
        return std::fprintf(stderr, "%s\n", qPrintable(error)), 1;
    std::vector<double> gaps, refreshes, pages;
    QElapsedTimer clock;
    qint64 last = 0;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        gaps.push_back(double(clock.elapsed() - last));
        last = clock.elapsed();
    });
    std::unique_ptr<QTimer> refresh(timeEvery(500, &refreshes, [&] { dashboard.refresh(); }));
    std::unique_ptr<QTimer> page(timeEvery(250, &pages, [&] {
        viewer.nextPage();
        viewer.plot()->replot(QCustomPlot::rpImmediateRefresh);
    }));
    QObject::connect(dashboard.jobs(), &ui::JobController::finished, &app, &QApplication::quit);
    const int epochs = args.size() > 1 ? args[1].toInt() : 1;
    if (!dashboard.jobs()->start(
            std::make_unique<core::FineTuneJob>(demoRun(dir.filePath("latency.alfee"), epochs))))
        return std::fprintf(stderr, "the fine-tuning job did not start\n"), 1;
    clock.start(), tick.start(), refresh->start(), page->start();
    app.exec();
    std::printf("{\n  \"training_s\": %.1f,\n", clock.elapsed() / 1000.0);
    printJson("event_loop_gap", percentiles(gaps), false);
    printJson("dashboard_refresh", percentiles(refreshes), false);
    printJson("viewer_page_turn", percentiles(pages), true);
    std::printf("}\n");
    return 0;
}
