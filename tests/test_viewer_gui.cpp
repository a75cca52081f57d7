// The signal viewer and the main window, offscreen: paging by keyboard with the visible range
// and drawn sample count checked, gain keys, montages, the annotation list jumping to events,
// and the page reader's envelope.
#include <QApplication>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

#include "core/viewer/page_reader.h"
#include "core/workspace/recording_store.h"
#include "test_support.h"
#include "ui/main_window.h"
#include "ui/signal_viewer.h"

using namespace alfee;
using namespace alfee::tests;

class TestViewerGui : public QObject {
    Q_OBJECT
  private slots:
    void pageReaderReadsOnlyThePage();
    void envelopeKeepsExtremes();
    void keyboardPagesThroughTheRecording();
    void gainKeysAndMontages();
    void annotationListJumpsToEvents();
};

void TestViewerGui::pageReaderReadsOnlyThePage() {
    QString error;
    auto rec = core::Recording::open(testData("S001R04.edf"), &error);
    core::PageReader reader(*rec, core::ChannelMapping::fromRecording(rec->info()));
    QVector<core::Trace> traces;
    QVERIFY(reader.read(10.0, 2.0, 2000, {}, &traces, &error));
    QCOMPARE(traces.size(), 64);
    QCOMPARE(traces[0].y.size(), 320);  // 2 s at 160 Hz, fewer samples than pixels: raw
    QVERIFY(!traces[0].envelope);
    QCOMPARE(traces[0].x.front(), 10.0);
    QVector<float> raw;
    QVERIFY(rec->readMicrovolts(0, 1600, 320, &raw, &error));
    for (int i = 0; i < 320; ++i) QCOMPARE(float(traces[0].y[i]), raw[i]);
    QVERIFY(reader.setMontage(core::Montage::doubleBanana(), &error));
    QVERIFY(reader.read(0, 10, 500, {true, 0.5, 45, true, 50}, &traces, &error));
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

void TestViewerGui::keyboardPagesThroughTheRecording() {
    ui::SignalViewer viewer;
    viewer.resize(900, 600);
    viewer.show();
    QString error;
    QVERIFY2(viewer.openRecording(testData("S001R04.edf"), &error), qPrintable(error));
    QCOMPARE(viewer.pageStart(), 0.0);
    QCOMPARE(viewer.pageSeconds(), 10.0);
    QCOMPARE(viewer.traceCount(), 64);
    QTest::keyClick(&viewer, Qt::Key_PageDown);
    QCOMPARE(viewer.pageStart(), 10.0);
    QTest::keyClick(&viewer, Qt::Key_Right);
    QCOMPARE(viewer.pageStart(), 20.0);
    QTest::keyClick(&viewer, Qt::Key_PageUp);
    QCOMPARE(viewer.pageStart(), 10.0);
    QTest::keyClick(&viewer, Qt::Key_End);
    QCOMPARE(viewer.pageStart(), 115.0);  // the last full page of 125 s
    QTest::keyClick(&viewer, Qt::Key_PageDown);
    QCOMPARE(viewer.pageStart(), 115.0);
    QTest::keyClick(&viewer, Qt::Key_Home);
    QCOMPARE(viewer.pageStart(), 0.0);
    // 10 s at 160 Hz = 1600 samples per trace: fewer than 2 per pixel column, drawn raw.
    QCOMPARE(viewer.drawnSampleCount(), 64 * 1600);
    // A minute per page holds more samples than pixels: a min/max envelope, 2 points a column.
    viewer.setPageSeconds(60);
    QVERIFY(viewer.drawnSampleCount() < 64 * 9600);
    QCOMPARE(viewer.drawnSampleCount() % (64 * 2), 0);
}

void TestViewerGui::gainKeysAndMontages() {
    ui::SignalViewer viewer;
    QString error;
    QVERIFY(viewer.openRecording(testData("Subject00_2.edf"), &error));
    QCOMPARE(viewer.microvoltsPerDivision(), 50.0);
    QTest::keyClick(&viewer, Qt::Key_Plus);
    QCOMPARE(viewer.microvoltsPerDivision(), 20.0);
    QTest::keyClick(&viewer, Qt::Key_Minus);
    QTest::keyClick(&viewer, Qt::Key_Minus);
    QCOMPARE(viewer.microvoltsPerDivision(), 100.0);
    QCOMPARE(viewer.traceCount(), 21);  // as recorded: every signal
    viewer.setMontageIndex(3);
    QCOMPARE(viewer.traceCount(), 18);  // double banana
    viewer.setMontageIndex(1);
    QCOMPARE(viewer.traceCount(), 19);  // average reference over the mapped electrodes
    viewer.setMontageIndex(2);          // linked ears: no A1/A2 here, back to as recorded
    QCOMPARE(viewer.traceCount(), 21);
    viewer.setTraceShown(20, false);  // hide ECG ECG
    viewer.setTraceShown(19, false);  // and EEG A2-A1
    QCOMPARE(viewer.traceCount(), 19);
    viewer.setTraceShown(19, true);
    QCOMPARE(viewer.traceCount(), 20);
}

void TestViewerGui::annotationListJumpsToEvents() {
    QTemporaryDir dir;
    const QString path = dir.filePath("ws.alfee");
    {
        QString error;
        auto ws = core::Workspace::create(path, &error);
        QVERIFY(ws);
        QCOMPARE(core::RecordingStore(*ws).importFile(testData("S001R04.edf")).kind,
                 core::ImportOutcome::Kind::Imported);
    }
    ui::MainWindow window;
    window.openWorkspace(path);
    QCOMPARE(window.recordingCount(), 1);
    QVERIFY(window.viewRecording(0));
    QListWidget* list = window.annotationList();
    QCOMPARE(list->count(), 30);
    QListWidgetItem* third = list->item(2);  // T0 at 8.3 s
    emit list->itemActivated(third);
    QVERIFY(std::abs(window.viewer()->pageStart() - 7.3) < 1e-9);
}

QTEST_MAIN(TestViewerGui)
#include "test_viewer_gui.moc"
