// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Signal viewer speed: time to open a recording and draw its first page, time per page turn,
// and peak memory. `--make OUT MINUTES FILE...` first writes a long 64-channel recording by
// concatenating the records of real EEGMMIDB files with EDFlib's writer.
#include <edflib.h>
#include <qcustomplot.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <algorithm>
#include <cstdio>

#include "bench/bench_support.h"
#include "core/recording/recording.h"
#include "ui/viewer/signal_viewer.h"

using namespace alfee;

namespace {

int makeRecording(const QString& out, int minutes, const QStringList& sources) {
    QString error;
    std::vector<std::unique_ptr<core::Recording>> recs;
    for (const QString& s : sources) {
        auto r = core::Recording::open(s, &error);
        if (!r) return std::fprintf(stderr, "%s\n", qPrintable(error)), 1;
        recs.push_back(std::move(r));
    }
    const auto& first = recs.front()->info();
    const int n = first.signalInfos.size();
    const int h = edfopen_file_writeonly(out.toLocal8Bit().constData(), EDFLIB_FILETYPE_EDFPLUS, n);
    if (h < 0) return std::fprintf(stderr, "cannot write %s\n", qPrintable(out)), 1;
    for (int i = 0; i < n; ++i) {
        const auto& s = first.signalInfos[i];
        edf_set_samplefrequency(h, i, int(s.samplesPerRecord));
        edf_set_physical_maximum(h, i, s.physMax);
        edf_set_physical_minimum(h, i, s.physMin);
        edf_set_digital_maximum(h, i, int(s.digMax));
        edf_set_digital_minimum(h, i, int(s.digMin));
        edf_set_label(h, i, s.label.toLatin1().constData());
        edf_set_physical_dimension(h, i, s.unit.toLatin1().constData());
    }
    QVector<qint32> buffer;
    int written = 0;
    for (size_t k = 0; written < minutes * 60; k = (k + 1) % recs.size()) {
        const auto& rec = *recs[k];
        for (qint64 r = 0; r < rec.info().records && written < minutes * 60; ++r, ++written) {
            for (int i = 0; i < n; ++i) {
                const qint64 spr = rec.info().signalInfos[i].samplesPerRecord;
                buffer.resize(spr);
                rec.readDigital(i, r * spr, spr, buffer.data(), &error);
                edfwrite_digital_samples(h, buffer.data());
            }
        }
        edfwrite_annotation_utf8(h, (written - 1) * 10000LL, -1, "file boundary");
    }
    edfclose_file(h);
    std::printf("wrote %s: %d s x %d channels\n", qPrintable(out), written, n);
    return 0;
}

}  // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() >= 4 && args[0] == "--make")
        return makeRecording(args[1], args[2].toInt(), args.mid(3));
    if (args.size() != 1)
        return std::fprintf(stderr, "usage: bench_viewer FILE | --make OUT MINUTES FILE...\n"), 2;
    ui::SignalViewer viewer;
    viewer.resize(1400, 900);
    viewer.show();
    QApplication::processEvents();
    QElapsedTimer t;
    t.start();
    QString error;
    if (!viewer.openRecording(args[0], &error))
        return std::fprintf(stderr, "%s\n", qPrintable(error)), 1;
    viewer.plot()->replot(QCustomPlot::rpImmediateRefresh);
    const double openMs = t.nsecsElapsed() / 1e6;
    std::vector<double> turns, reads;
    for (int i = 0; i < 60; ++i) {
        t.restart();
        viewer.nextPage();  // read the page and hand it to the plot
        reads.push_back(t.nsecsElapsed() / 1e6);
        viewer.plot()->replot(QCustomPlot::rpImmediateRefresh);
        turns.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(turns.begin(), turns.end());
    std::sort(reads.begin(), reads.end());
    std::printf(
        "{\"file\": \"%s\", \"duration_s\": %.0f, \"traces\": %d, \"points_per_page\": %d, "
        "\"open_ms\": %.1f, \"page_median_ms\": %.2f, \"page_p95_ms\": %.2f, \"read_median_ms\": "
        "%.2f, \"peak_rss_mb\": %.1f}\n",
        qPrintable(args[0]), viewer.info()->recordedSeconds(), viewer.traceCount(),
        viewer.drawnSampleCount(), openMs, turns[turns.size() / 2], turns[turns.size() * 95 / 100],
        reads[reads.size() / 2], bench::peakRssKb() / 1024.0);
    return 0;
}
