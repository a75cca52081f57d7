// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The signal viewer and the main window, offscreen, one test per defect a new user found: the
// first page read at the width it is drawn at, EDF+D segments at their true onsets, traces inside
// their lanes on per-type scales, annotations that follow and jump on a single click, settable
// filters, paging, the cursor readout, vertical scrolling, electrode names and montages.
#include <qcustomplot.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>
#include <cmath>

#include "core/recording/recording_formats.h"
#include "core/viewer/page_reader.h"
#include "core/workspace/recording_store.h"
#include "edf_builder.h"
#include "test_support.h"
#include "ui/common/main_window.h"
#include "ui/common/plot_widget.h"
#include "ui/datasets/dataset_manager.h"
#include "ui/montage/montage_editor.h"
#include "ui/viewer/annotation_list.h"
#include "ui/viewer/channel_chooser.h"
#include "ui/viewer/signal_viewer.h"
#include "ui/viewer/trace_plot.h"

using namespace alfee;
using namespace alfee::tests;

namespace {

core::ViewFilters raw() {
    core::ViewFilters f;
    f.removeDc = false;
    return f;
}

// An EDF+D of 1 s records at 0, 2, 4-10, 12, 15 and 19 s (the layout of edfReader's
// edfPlusD.edf); every sample holds 100 x its record's onset, in microvolts.
QByteArray discontinuousEdf() {
    static const int onsets[] = {0, 2, 4, 5, 6, 7, 8, 9, 12, 15, 19};
    const QVector<BuiltSignal> sigs = {{"EEG Cz", "uV", {}, -3276.8, 3276.7, -32768, 32767, 50},
                                       {"EDF Annotations", "", {}, -1, 1, -32768, 32767, 30}};
    return buildEdf(
        "EDF+D", 11, 1.0, sigs, [](int r, int, int) { return qint16(onsets[r] * 1000); },
        [](int r) { return "+" + QByteArray::number(onsets[r]) + "\x14\x14" + '\0'; });
}

// Lane coordinates of every finite point of every drawn graph lie within the lane's clip.
bool allInsideLanes(ui::SignalViewer& viewer, QString* why) {
    for (int g = 0; g < viewer.traceCount(); ++g) {
        for (const QPointF& p : viewer.tracePlot()->lanePoints(g)) {
            if (std::isnan(p.y())) continue;
            if (std::abs(p.y() + g) > ui::TracePlot::kClip + 1e-9) {
                *why = QStringLiteral("trace %1 at %2 s: %3 lanes off")
                           .arg(viewer.traces()[g].name)
                           .arg(p.x())
                           .arg(p.y() + g);
                return false;
            }
        }
    }
    return true;
}

int rowOf(ui::MainWindow& window, const QString& suffix) {
    for (int r = 0; r < window.recordingCount(); ++r)
        if (window.datasetManager()->table()->item(r, 0)->text().endsWith(suffix)) return r;
    return -1;
}

QString workspaceWith(const QTemporaryDir& dir, const QStringList& files) {
    const QString path = dir.filePath("ws.alfee");
    QString error;
    auto ws = core::Workspace::create(path, &error);
    for (const QString& f : files) core::RecordingStore(*ws).importFile(testData(f));
    return path;
}

}  // namespace

class TestViewerGui : public QObject {
    Q_OBJECT
  private slots:
    void pageReaderReadsOnlyThePage();
    void envelopeKeepsExtremes();
    void timelineMapsSegmentsToSamples();
    void keyboardPagesThroughTheRecording();
    void firstPageIsReadAtTheDrawnWidth();
    void discontinuousSegmentsAtTheirOnsets();
    void discontinuousSharedFile();
    void tracesStayInsideTheirLanes();
    void statusChannelHiddenAndOffsetsRemoved();
    void segmentsEndToEndAreMarked();
    void notchAndBandEdgesAreSettable();
    void bandEdgesTakeTypingArrowsAndWheel();
    void manyChannelsOpenTwentyLanesAScreen();
    void gainKeysAndMontages();
    void wheelCursorScrollAndChannelChoice();
    void electrodeNamesAndTheEditorsMontage();
    void annotationsJumpOnOneClickAndFollow();
    void emptyViewerNewWorkspaceAndHypnogram();
    void everyTabFits900PixelsAndAnnotationsGoWithTheViewer();
    void plotSqueezedToNothingLogsNothing();
};

void TestViewerGui::pageReaderReadsOnlyThePage() {
    QString error;
    auto rec = core::Recording::open(testData("S001R04.edf"), &error);
    core::PageReader reader(*rec, core::ChannelMapping::fromRecording(rec->info()));
    QVector<core::Trace> traces;
    QVERIFY(reader.read(10.0, 2.0, 2000, raw(), &traces, &error));
    QCOMPARE(traces.size(), 64);
    QCOMPARE(traces[0].y.size(), 320);  // 2 s at 160 Hz, fewer samples than pixels: raw
    QVERIFY(!traces[0].envelope);
    QCOMPARE(traces[0].x.front(), 10.0);
    QVector<float> samples;
    QVERIFY(rec->readMicrovolts(0, 1600, 320, &samples, &error));
    for (int i = 0; i < 320; ++i) QCOMPARE(float(traces[0].y[i]), samples[i]);
    // The page mean removed for display.
    QVERIFY(reader.read(10.0, 2.0, 2000, {}, &traces, &error));
    double mean = 0;
    for (double v : traces[0].y) mean += v / traces[0].y.size();
    QVERIFY(std::abs(mean) < 1e-6);
    QVERIFY(reader.setMontage(core::Montage::doubleBanana(), &error));
    QVERIFY(reader.read(0, 10, 500, {true, 0.5, 45, true, 50, true}, &traces, &error));
    QCOMPARE(traces.size(), 18);
    QCOMPARE(traces[0].name, QStringLiteral("Fp1-F7"));
}

void TestViewerGui::envelopeKeepsExtremes() {
    QVector<double> x(10000), y(10000);
    for (int i = 0; i < 10000; ++i) x[i] = i, y[i] = std::sin(i * 0.01);
    y[5000] = 42;
    core::Trace t;
    core::minMaxEnvelope(x, y, 100, &t);
    QVERIFY(t.envelope);
    QCOMPARE(t.y.size(), 200);
    QCOMPARE(*std::max_element(t.y.begin(), t.y.end()), 42.0);
}

void TestViewerGui::timelineMapsSegmentsToSamples() {
    core::RecordingInfo info;
    info.records = 11;
    info.recordDuration = 1.0;
    info.segments = {{0, 1, 0}, {1, 1, 2}, {2, 4, 4}, {6, 2, 12}, {8, 2, 15}, {10, 1, 19}};
    const core::RecordingTimeline timeline(info);
    QCOMPARE(timeline.duration(), 20.0);
    const auto pieces = timeline.pieces(50, 50.0, 7.5, 13.5);
    QCOMPARE(pieces.size(), 2);
    QCOMPARE(pieces[0].first, 5 * 50 + 25);  // record 5 (7-8 s), half way
    QCOMPARE(pieces[0].count, 25);
    QCOMPARE(pieces[0].firstSeconds, 7.5);
    QCOMPARE(pieces[1].first, 6 * 50);  // the 12 s segment starts at record 6
    QCOMPARE(pieces[1].count, 75);
    QCOMPARE(pieces[1].firstSeconds, 12.0);
    const auto gaps = timeline.gaps(0, 20);
    QCOMPARE(gaps.size(), 5);
    QCOMPARE(gaps[2].from, 8.0);
    QCOMPARE(gaps[2].to, 12.0);
    QCOMPARE(timeline.nextData(9.0), 12.0);
    QCOMPARE(timeline.dataEndBefore(11.0), 8.0);
}

void TestViewerGui::keyboardPagesThroughTheRecording() {
    ui::SignalViewer viewer;
    viewer.resize(1200, 700);
    viewer.show();
    QString error;
    QVERIFY2(viewer.openRecording(testData("S001R04.edf"), &error), qPrintable(error));
    QCOMPARE(viewer.pageStart(), 0.0);
    QCOMPARE(viewer.pageSeconds(), 10.0);
    QCOMPARE(viewer.traceCount(), 64);
    QTest::keyClick(&viewer, Qt::Key_PageDown);
    QCOMPARE(viewer.pageStart(), 10.0);
    QTest::keyClick(&viewer, Qt::Key_Right);  // a tenth of a page, as in EDFbrowser
    QCOMPARE(viewer.pageStart(), 11.0);
    QTest::keyClick(&viewer, Qt::Key_Left);
    QTest::keyClick(&viewer, Qt::Key_Left);
    QCOMPARE(viewer.pageStart(), 9.0);
    QTest::keyClick(&viewer, Qt::Key_PageUp);
    QCOMPARE(viewer.pageStart(), 0.0);
    QTest::keyClick(&viewer, Qt::Key_End);
    QCOMPARE(viewer.pageStart(), 115.0);  // the last full page of 125 s
    QTest::keyClick(&viewer, Qt::Key_PageDown);
    QCOMPARE(viewer.pageStart(), 115.0);
    QTest::keyClick(&viewer, Qt::Key_Home);
    QCOMPARE(viewer.pageStart(), 0.0);
    // A minute per page holds more samples than pixels: a min/max envelope, 2 points a column.
    viewer.setPageSeconds(60);
    QVERIFY(viewer.drawnSampleCount() < 64 * 9600);
    QCOMPARE(viewer.drawnSampleCount() % 2, 0);
}

void TestViewerGui::firstPageIsReadAtTheDrawnWidth() {
    // Opened before the window is shown and laid out, as the main window does.
    ui::SignalViewer viewer;
    QString error;
    QVERIFY(viewer.openRecording(testData("S001R04.edf"), &error));
    viewer.resize(1000, 700);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QTRY_COMPARE(viewer.readPixelWidth(), viewer.plot()->width());
    viewer.setPageSeconds(30);  // 4800 samples a trace: drawn as an envelope of the width
    const int first = viewer.drawnSampleCount();
    QVERIFY(first > 64 * 2 * 800);
    QTest::keyClick(&viewer, Qt::Key_PageDown);
    QTest::keyClick(&viewer, Qt::Key_PageUp);
    QCOMPARE(viewer.drawnSampleCount(), first);
    // Enlarged: read again at the new width.
    viewer.resize(1400, 700);
    QTRY_COMPARE(viewer.readPixelWidth(), viewer.plot()->width());
    QVERIFY(viewer.drawnSampleCount() > first);
    const int wide = viewer.drawnSampleCount();
    QTest::keyClick(&viewer, Qt::Key_PageDown);
    QTest::keyClick(&viewer, Qt::Key_PageUp);
    QCOMPARE(viewer.drawnSampleCount(), wide);
}

void TestViewerGui::discontinuousSegmentsAtTheirOnsets() {
    QTemporaryDir dir;
    const QString path = dir.filePath("edf_plus_d.edf");
    QVERIFY(writeAll(path, discontinuousEdf()));
    ui::SignalViewer viewer;
    viewer.resize(1000, 500);
    viewer.show();
    QString error;
    QVERIFY2(viewer.openRecording(path, &error), qPrintable(error));
    viewer.setFilters(raw());
    viewer.setPageSeconds(20);
    QCOMPARE(viewer.duration(), 20.0);  // recording time, gaps included
    const core::Trace& t = viewer.traces()[0];
    int atTwelve = 0;
    for (int i = 0; i < t.x.size(); ++i) {
        if (std::isnan(t.y[i])) continue;
        QVERIFY2(!(t.x[i] >= 10.0 && t.x[i] < 12.0), "a sample drawn inside the 10-12 s gap");
        QVERIFY2(!(t.x[i] >= 1.0 && t.x[i] < 2.0), "a sample drawn inside the 1-2 s gap");
        // Each sample sits at the onset of the record it came from (value = 100 x onset).
        QCOMPARE(t.y[i], 100.0 * std::floor(t.x[i] + 1e-9));
        if (t.x[i] >= 12.0 && t.x[i] < 13.0) ++atTwelve;
    }
    QCOMPARE(atTwelve, 50);
    // The readout says so between segments, and gives the value inside one.
    QCustomPlot* plot = viewer.plot();
    plot->replot();
    const int lane0 = int(plot->yAxis->coordToPixel(0));
    const QString inGap =
        viewer.tracePlot()->readoutAt({int(plot->xAxis->coordToPixel(11.0)), lane0});
    QVERIFY2(inGap.contains("no data"), qPrintable(inGap));
    const QString inData =
        viewer.tracePlot()->readoutAt({int(plot->xAxis->coordToPixel(12.5)), lane0});
    QVERIFY2(inData.contains("1200.0"), qPrintable(inData));
    // Paging skips a page of nothing: 1 s pages, after 9-10 s comes 12-13 s, and back.
    viewer.setPageSeconds(1);
    viewer.goTo(9);
    viewer.nextPage();
    QCOMPARE(viewer.pageStart(), 12.0);
    viewer.previousPage();
    QCOMPARE(viewer.pageStart(), 9.0);
}

void TestViewerGui::discontinuousSharedFile() {
    if (!haveSharedData()) QSKIP("shared/data is not beside this checkout");
    ui::SignalViewer viewer;
    QString error;
    QVERIFY(viewer.openRecording(sharedData("eeg/formats/edfPlusD.edf"), &error));
    viewer.setPageSeconds(20);
    const core::Trace& t = viewer.traces()[0];
    double firstAfterGap = -1;
    for (int i = 0; i < t.x.size() && firstAfterGap < 0; ++i)
        if (!std::isnan(t.y[i]) && t.x[i] >= 10.0) firstAfterGap = t.x[i];
    QCOMPARE(firstAfterGap, 12.0);  // the 12 s segment drawn at 12 s, not at 10 s
}

void TestViewerGui::tracesStayInsideTheirLanes() {
    ui::SignalViewer viewer;
    viewer.resize(1000, 700);
    viewer.show();
    QString error;
    QVERIFY(viewer.openRecording(testData("Subject00_2.edf"), &error));
    QString why;
    for (double gain : {5.0, 10.0, 50.0, 1000.0}) {
        viewer.setMicrovoltsPerDivision(gain);
        QVERIFY2(allInsideLanes(viewer, &why), qPrintable(why));
    }
    // The ECG (in mV) has its own scale: 10 x the EEG's, as MNE's 500 uV against 50 uV.
    viewer.setMicrovoltsPerDivision(50);
    QCOMPARE(viewer.scales().perLane(core::DisplayType::Ecg, true), 500.0);
    QCOMPARE(viewer.traces().back().type, core::DisplayType::Ecg);
}

void TestViewerGui::statusChannelHiddenAndOffsetsRemoved() {
    ui::SignalViewer viewer;
    viewer.resize(1000, 700);
    viewer.show();
    QString error;
    QVERIFY(viewer.openRecording(testData("Newtest17-256.bdf"), &error));
    QCOMPARE(viewer.traceCount(), 16);  // Status hidden at first
    QVERIFY(!viewer.traceNames().contains("Status"));
    viewer.setTraceShown(16, true);
    QCOMPARE(viewer.traces().back().type, core::DisplayType::Stim);
    // Its trigger codes are steps: no band-pass rings around them (it did, with overshoots).
    core::ViewFilters filters = viewer.filters();
    filters.bandpass = true, filters.notch = true;
    viewer.setFilters(filters);
    for (double y : viewer.traces().back().y)
        QVERIFY2(std::isnan(y) || y == 254.0 || y == 255.0, qPrintable(QString::number(y)));
    // BioSemi's large offsets removed: each trace's page mean sits on its label.
    for (int g = 0; g < 2; ++g) {
        double sum = 0;
        int n = 0;
        for (const QPointF& p : viewer.tracePlot()->lanePoints(g)) sum += p.y(), ++n;
        QVERIFY2(std::abs(sum / n + g) < 0.3, qPrintable(viewer.traces()[g].name));
    }
    QString why;
    QVERIFY2(allInsideLanes(viewer, &why), qPrintable(why));
}

// EEGLAB's epochs lie end to end: the trace is broken there by a pixel only, so each join gets
// a line and the number of the segment that starts there (a real-window walk missed them).
void TestViewerGui::segmentsEndToEndAreMarked() {
    if (!core::haveEeglab()) QSKIP("built without libmatio");
    ui::SignalViewer viewer;
    viewer.resize(1000, 600);
    viewer.show();
    QString error;
    QVERIFY2(viewer.openRecording(testData("eeglab/epoched.set"), &error), qPrintable(error));
    viewer.setPageSeconds(10);
    QStringList labels;
    for (int i = 0; i < viewer.plot()->itemCount(); ++i)
        if (auto* text = qobject_cast<QCPItemText*>(viewer.plot()->item(i))) labels << text->text();
    QVERIFY2(labels.contains("segment 2") && labels.contains("segment 3") &&
                 !labels.contains("segment 1"),
             qPrintable(labels.join(" | ")));
}

void TestViewerGui::notchAndBandEdgesAreSettable() {
    // 10 Hz plus 60 Hz mains at 256 Hz: the 60 Hz notch leaves the 10 Hz wave.
    QTemporaryDir dir;
    const QString path = dir.filePath("mains.edf");
    const QVector<BuiltSignal> sigs = {{"EEG Cz", "uV", {}, -3276.8, 3276.7, -32768, 32767, 256}};
    QVERIFY(writeAll(path, buildEdf("", 20, 1.0, sigs, [](int r, int, int i) {
                         const double t = r + i / 256.0;
                         return qint16(std::lround(10 * (20 * std::sin(2 * M_PI * 10 * t) +
                                                         40 * std::sin(2 * M_PI * 60 * t))));
                     })));
    ui::SignalViewer viewer;
    QString error;
    QVERIFY(viewer.openRecording(path, &error));
    auto amplitude = [&] {
        double peak = 0;
        for (double v : viewer.traces()[0].y) peak = std::max(peak, std::abs(v));
        return peak;
    };
    viewer.goTo(5);
    QVERIFY(amplitude() > 55);
    core::ViewFilters f;
    f.notch = true;
    f.notchHz = 60;
    viewer.setFilters(f);
    QVERIFY2(amplitude() < 23, qPrintable(QString::number(amplitude())));
    f.notch = false;
    f.bandpass = true;
    f.lowHz = 1;
    f.highHz = 30;  // the band's edges move: 30 Hz cuts the 60 Hz too
    viewer.setFilters(f);
    QVERIFY2(amplitude() < 23, qPrintable(QString::number(amplitude())));
    f.lowHz = 40;  // low above high: refused, the filters stay as they were
    viewer.setFilters(f);
    QCOMPARE(viewer.filters().lowHz, 1.0);
}

// In a real window the edge boxes could not be typed into (the toolbar took no focus), and
// arrows or the wheel changed the box but not the traces (only Enter applied an edge).
void TestViewerGui::bandEdgesTakeTypingArrowsAndWheel() {
    ui::SignalViewer viewer;
    QString error;
    QVERIFY(viewer.openRecording(testData("Subject00_2.edf"), &error));
    viewer.resize(1200, 700);
    viewer.show();
    viewer.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&viewer));
    core::ViewFilters f = viewer.filters();
    f.bandpass = true;
    viewer.setFilters(f);
    auto* high = viewer.findChild<QDoubleSpinBox*>("highEdge");
    QVERIFY(high);
    QTest::mouseClick(high, Qt::LeftButton);
    QVERIFY(high->hasFocus() || high->findChild<QLineEdit*>()->hasFocus());
    high->findChild<QLineEdit*>()->selectAll();
    QTest::keyClicks(high->findChild<QLineEdit*>(), "30");
    QCOMPARE(viewer.filters().highHz, f.highHz);  // not applied while typing
    QTest::keyClick(high->findChild<QLineEdit*>(), Qt::Key_Return);
    QCOMPARE(viewer.filters().highHz, 30.0);
    QVERIFY(viewer.hasFocus());  // PgDn pages again
    const QVector<double> at30 = viewer.traces()[0].y;
    QTest::mouseClick(high, Qt::LeftButton);
    QTest::keyClick(high->findChild<QLineEdit*>(), Qt::Key_Down);
    QTRY_COMPARE(viewer.filters().highHz, 29.0);
    QVERIFY(viewer.traces()[0].y != at30);  // redrawn with the new edge
    QWheelEvent wheel(QPointF(5, 5), high->mapToGlobal(QPointF(5, 5)), {}, {0, 120}, Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(high, &wheel);
    QTRY_COMPARE(viewer.filters().highHz, 30.0);
}

// 64 EEGMMIDB channels in one 900 px screen were 12 px lanes, every trace clipped: a black band.
void TestViewerGui::manyChannelsOpenTwentyLanesAScreen() {
    ui::SignalViewer viewer;
    QString error;
    QVERIFY(viewer.openRecording(testData("S001R04.edf"), &error));
    viewer.resize(1400, 900);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QCOMPARE(viewer.traces().size(), 64);
    QCOMPARE(viewer.tracePlot()->visibleLanes(), 20);
    QCOMPARE(viewer.tracePlot()->firstLane(), 0);
    viewer.tracePlot()->scrollLanes(50);
    QCOMPARE(viewer.tracePlot()->firstLane(), 44);  // the last 20 lanes
    viewer.resize(1400, 300);  // a short window: fewer, never thinner than a label
    QTRY_VERIFY(viewer.tracePlot()->visibleLanes() < 20);
    // At 900 px the toolbar's controls keep their whole labels: the filters take a second row.
    QCheckBox* bandpass = nullptr;
    for (QCheckBox* box : viewer.findChildren<QCheckBox*>())
        if (box->text() == "Band-pass") bandpass = box;
    QComboBox* pages = nullptr;
    for (QComboBox* box : viewer.findChildren<QComboBox*>())
        if (box->itemText(0).contains("s/page")) pages = box;
    QVERIFY(bandpass && pages);
    viewer.resize(900, 620);
    QTRY_COMPARE(bandpass->width(), bandpass->sizeHint().width());
    QTRY_VERIFY2(
        bandpass->mapTo(&viewer, QPoint(0, 0)).y() > pages->mapTo(&viewer, QPoint(0, 0)).y() + 10,
        qPrintable(QStringLiteral("band-pass at %1, pages at %2, viewer %3 wide")
                       .arg(bandpass->mapTo(&viewer, QPoint(0, 0)).y())
                       .arg(pages->mapTo(&viewer, QPoint(0, 0)).y())
                       .arg(viewer.width())));
    viewer.resize(1600, 620);  // wide: one row again
    QTRY_VERIFY(bandpass->mapTo(&viewer, QPoint(0, 0)).y() < 20);
}

void TestViewerGui::gainKeysAndMontages() {
    ui::SignalViewer viewer;
    QString error;
    QVERIFY(viewer.openRecording(testData("Subject00_2.edf"), &error));
    QCOMPARE(viewer.microvoltsPerDivision(), 50.0);
    QTest::keyClick(&viewer, Qt::Key_Plus);
    QCOMPARE(viewer.microvoltsPerDivision(), 20.0);
    QCOMPARE(viewer.scales().perLane(core::DisplayType::Ecg, true), 200.0);  // all types zoom
    QTest::keyClick(&viewer, Qt::Key_Minus);
    QTest::keyClick(&viewer, Qt::Key_Minus);
    QCOMPARE(viewer.microvoltsPerDivision(), 100.0);
    QCOMPARE(viewer.traceCount(), 21);  // as recorded: every signal
    // No A1/A2 here: linked ears is not offered.
    QVERIFY(!viewer.montageNames().join(' ').contains("Linked"));
    QVERIFY(viewer.setMontage(core::Montage::doubleBanana()));
    QCOMPARE(viewer.traceCount(), 18 + 1);  // the pairs, and the ECG kept visible
    QVERIFY(viewer.setMontage({"average", core::Montage::Kind::Average, {}}));
    QCOMPARE(viewer.traceCount(), 19 + 1);  // average over the mapped EEG, and the ECG
    QCOMPARE(viewer.traceNames().back(), QStringLiteral("ECG ECG"));
    QVERIFY(!viewer.setMontage({"linked ears", core::Montage::Kind::LinkedEars, {}}));
    QCOMPARE(viewer.traceCount(), 21);  // back to as recorded
    viewer.setTraceShown(20, false);    // hide ECG ECG
    viewer.setTraceShown(19, false);    // and EEG A2-A1
    QCOMPARE(viewer.traceCount(), 19);
    viewer.setTraceShown(19, true);
    QCOMPARE(viewer.traceCount(), 20);
    // BioSemi's A1 and A2 are cap positions, not the ears: no linked ears for them.
    QVERIFY(viewer.openRecording(testData("Newtest17-256.bdf"), &error));
    QVERIFY2(!viewer.montageNames().join(' ').contains("Linked"),
             qPrintable(viewer.montageNames().join(", ")));
}

void TestViewerGui::wheelCursorScrollAndChannelChoice() {
    ui::SignalViewer viewer;
    viewer.resize(1000, 500);  // 64 lanes of at least 14 px do not fit in 500 px
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QString error;
    QVERIFY(viewer.openRecording(testData("S001R04.edf"), &error));
    QCustomPlot* plot = viewer.plot();
    QTRY_VERIFY(viewer.tracePlot()->scrollBar()->isVisible());
    QVERIFY(viewer.tracePlot()->visibleLanes() < 64);
    QTest::keyClick(&viewer, Qt::Key_Down);
    QCOMPARE(viewer.tracePlot()->firstLane(), 1);
    QTest::keyClick(&viewer, Qt::Key_Up);
    QCOMPARE(viewer.tracePlot()->firstLane(), 0);
    // One wheel notch down: the next page.
    const QPointF centre = plot->rect().center();
    QWheelEvent down(centre, plot->mapToGlobal(centre), {}, {0, -120}, Qt::NoButton, Qt::NoModifier,
                     Qt::NoScrollPhase, false);
    QApplication::sendEvent(plot, &down);
    QCOMPARE(viewer.pageStart(), 10.0);
    // A touchpad's small deltas add up to a page.
    for (int i = 0; i < 4; ++i) {
        QWheelEvent small(centre, plot->mapToGlobal(centre), {}, {0, -30}, Qt::NoButton,
                          Qt::NoModifier, Qt::ScrollUpdate, false);
        QApplication::sendEvent(plot, &small);
    }
    QCOMPARE(viewer.pageStart(), 20.0);
    QTest::keyClick(&viewer, Qt::Key_PageUp);
    // The readout under the cursor: time and the amplitude of the trace in that lane.
    plot->replot();
    const QPoint at(int(plot->xAxis->coordToPixel(12.5)), int(plot->yAxis->coordToPixel(0)));
    const QString text = viewer.tracePlot()->readoutAt(at);
    QVERIFY2(text.startsWith("12.") && text.contains("FC5") && text.contains("µV"),
             qPrintable(text));
    // All and None in the channel menu.
    viewer.channelChooser()->setAll(false);
    QCOMPARE(viewer.traceCount(), 0);
    viewer.channelChooser()->setAll(true);
    QCOMPARE(viewer.traceCount(), 64);
}

void TestViewerGui::electrodeNamesAndTheEditorsMontage() {
    QTemporaryDir dir;
    ui::MainWindow window;
    window.openWorkspace(workspaceWith(dir, {"S001R04.edf"}));
    QVERIFY(window.viewRecording(0));
    const QStringList names = window.viewer()->traceNames();
    QVERIFY(names.contains("Fp1") && names.contains("Cz") && names.contains("FCz"));
    QVERIFY(!names.join(' ').contains('.'));  // not the raw "Cz.." labels
    // The reference chosen in the montage editor is what the viewer shows.
    window.montageEditor()->showRecording(window.datasetManager()->recordingIdAt(0));
    window.montageEditor()->setMontage({"mine", core::Montage::Kind::Bipolar, {{"C3", "C4"}}});
    QCOMPARE(window.viewer()->traceNames().value(0), QStringLiteral("C3-C4"));
    QCOMPARE(window.viewer()->traceCount(), 1);
    // A second scheme from the editor replaces the first in the viewer's list.
    const int entries = window.viewer()->montageNames().size();
    window.montageEditor()->setMontage({"other", core::Montage::Kind::Bipolar, {{"F3", "F4"}}});
    QCOMPARE(window.viewer()->montageNames().size(), entries);
    QCOMPARE(window.viewer()->traceNames().value(0), QStringLiteral("F3-F4"));
}

void TestViewerGui::annotationsJumpOnOneClickAndFollow() {
    QTemporaryDir dir;
    ui::MainWindow window;
    window.resize(1200, 800);
    window.show();
    window.openWorkspace(workspaceWith(dir, {"S001R04.edf"}));
    QCOMPARE(window.recordingCount(), 1);
    QVERIFY(window.viewRecording(0));
    ui::AnnotationList* list = window.annotationList();
    QCOMPARE(list->rowCount(), 30);
    QCOMPARE(list->item(2, 1)->text(), QStringLiteral("4.20 s"));  // durations shown
    // One click on the third event (T0 at 8.3 s) puts it one second into the page.
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    list->scrollToItem(list->item(2, 2));
    const QRect cell = list->visualItemRect(list->item(2, 2));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(std::abs(window.viewer()->pageStart() - 7.3) < 1e-9);
    // At 1 s a page, the event is on the page it jumps to (at "onset - 1 s" it was the page's
    // right edge, just off it).
    window.viewer()->setPageSeconds(1);
    list->scrollToItem(list->item(2, 2));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(2, 2)).center());
    const double start = window.viewer()->pageStart();
    QVERIFY2(start <= 8.3 && 8.3 < start + 1.0, qPrintable(QString::number(start)));
    // The list follows the page.
    window.viewer()->goTo(60);
    const int row = list->firstRowInPage();
    QVERIFY(row >= 0);
    QVERIFY(list->onsetAt(row) + 4.2 >= 60 && list->onsetAt(row) < 70);
    QVERIFY(list->selectionModel()->isRowSelected(row, {}));
}

void TestViewerGui::emptyViewerNewWorkspaceAndHypnogram() {
    QTemporaryDir dir;
    ui::MainWindow window;
    QVERIFY(!window.viewer()->hasRecording());
    QVERIFY(window.viewer()->emptyHint().contains("Double-click"));
    window.openWorkspace(workspaceWith(dir, {"S001R04.edf", "SC4001EC-Hypnogram.edf"}));
    QVERIFY(window.viewRecording(rowOf(window, "S001R04.edf")));
    QVERIFY(window.viewer()->filePath().endsWith("S001R04.edf"));
    // The annotation-only hypnogram opens as a list of its stages.
    QVERIFY(window.viewRecording(rowOf(window, "Hypnogram.edf")));
    QVERIFY(window.viewer()->showsAnnotationsOnly());
    QCOMPARE(window.viewer()->annotationOnlyList()->rowCount(), 154);
    // Another workspace: the viewer is cleared.
    QTemporaryDir other;
    window.openWorkspace(workspaceWith(other, {}));
    QVERIFY(!window.viewer()->hasRecording());
    QCOMPARE(window.annotationList()->rowCount(), 0);
}

// At 900 px every tab fits (the inspector's one row of choosers made the window 1004 px wide on
// every tab: a tab widget is as wide as its widest page) and the annotations dock shows with
// the viewer only (beside the recordings table it cut the file names to 7 characters).
void TestViewerGui::everyTabFits900PixelsAndAnnotationsGoWithTheViewer() {
    QTemporaryDir dir;
    ui::MainWindow window;
    window.openWorkspace(workspaceWith(dir, {"S001R04.edf"}));
    window.resize(900, 620);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* dock = window.findChild<QDockWidget*>("annotations");
    QVERIFY(dock);
    for (int t = 0; t < window.tabs()->count(); ++t) {
        window.tabs()->setCurrentIndex(t);
        QCoreApplication::processEvents();
        const QString tab = window.tabs()->tabText(t);
        QVERIFY2(window.minimumSizeHint().width() <= 900,
                 qPrintable(QStringLiteral("%1: at least %2 px")
                                .arg(tab)
                                .arg(window.minimumSizeHint().width())));
        QTRY_COMPARE(window.width(), 900);
        QCOMPARE(dock->isVisible(), window.tabs()->currentWidget() == window.viewer());
    }
}

namespace {
int paintWarnings = 0;
void countPaintWarnings(QtMsgType, const QMessageLogContext&, const QString& message) {
    if (message.contains("QPainter::begin") || message.contains("inactive painter"))
        ++paintWarnings;
}
}  // namespace

// A plot that a layout squeezes to nothing and that is then drawn logs nothing (wave 2 logged
// "QPainter::begin: Paint device returned engine == 0" hundreds of times a session).
void TestViewerGui::plotSqueezedToNothingLogsNothing() {
    QWidget window;
    auto* plot = new ui::PlotWidget(&window);
    plot->setGeometry(0, 0, 300, 200);
    window.resize(300, 200);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    paintWarnings = 0;
    const QtMessageHandler previous = qInstallMessageHandler(countPaintWarnings);
    plot->resize(300, 0);
    plot->addGraph()->setData({0, 1, 2}, {1, 3, 2});
    plot->replot();
    plot->resize(300, 200);
    plot->replot();
    qInstallMessageHandler(previous);
    QCOMPARE(paintWarnings, 0);
    QCOMPARE(plot->viewport().size(), QSize(300, 200));
}

QTEST_MAIN(TestViewerGui)
#include "test_viewer_gui.moc"
