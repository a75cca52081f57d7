// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The signal viewer as a new user met it in a real window (issue 26): the dark theme leaving the
// traces black until a restart, the last of 21 lanes below the plot while the status said
// "21 of 21", annotation labels over each other, the cursor readout of the previous recording,
// and Page Down doing nothing right after the Viewer tab was clicked.
#include <qcustomplot.h>

#include <QApplication>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "core/workspace/recording_store.h"
#include "test_support.h"
#include "ui/common/main_window.h"
#include "ui/datasets/dataset_manager.h"
#include "ui/viewer/signal_viewer.h"
#include "ui/viewer/trace_plot.h"

using namespace alfee;
using namespace alfee::tests;

namespace {

// The pixel box a QCustomPlot text item covers.
QRectF labelBox(QCPItemText* label) {
    const QFontMetricsF metrics(label->font());
    const QPointF at = label->position->pixelPosition();
    const QMargins pad = label->padding();
    return {at.x(), at.y(), metrics.horizontalAdvance(label->text()) + pad.left() + pad.right(),
            metrics.height() + pad.top() + pad.bottom()};
}

QVector<QCPItemText*> labelsOf(QCustomPlot* plot) {
    QVector<QCPItemText*> labels;
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto* text = qobject_cast<QCPItemText*>(plot->item(i))) labels << text;
    return labels;
}

core::Annotation annotation(double onset, const QString& text) {
    return {qint64(onset * 1e7), -1, text};
}

}  // namespace

class TestViewerScreens : public QObject {
    Q_OBJECT
  private slots:
    void darkThemeRecoloursTheTraces();
    void aWholeTenTwentySetFitsOneScreen();
    void annotationsThatStartTogetherShareALabel();
    void cursorReadoutIsOfTheRecordingShown();
    void pageDownWorksRightAfterTheViewerTabIsClicked();
};

// The viewer redrew on its own palette change, before its plot had the new palette.
void TestViewerScreens::darkThemeRecoloursTheTraces() {
    ui::SignalViewer viewer;
    viewer.resize(1000, 620);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QString error;
    QVERIFY(viewer.openRecording(testData("Subject00_2.edf"), &error));
    const QColor light = viewer.tracePlot()->traceColour(0);
    const QPalette dark = ui::MainWindow::darkPalette();
    viewer.setPalette(dark);
    QVERIFY(light != dark.color(QPalette::Text));
    QCOMPARE(viewer.tracePlot()->traceColour(0), dark.color(QPalette::Text));
}

// 19 EEG channels, A2-A1 and the ECG: every lane on one screen at 900x620.
void TestViewerScreens::aWholeTenTwentySetFitsOneScreen() {
    ui::SignalViewer viewer;
    viewer.resize(900, 620);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QString error;
    QVERIFY(viewer.openRecording(testData("Subject00_2.edf"), &error));
    QCOMPARE(viewer.traceCount(), 21);
    QTRY_COMPARE(viewer.tracePlot()->visibleLanes(), 21);
    QVERIFY(viewer.tracePlot()->scrollBar()->isHidden());
    QVERIFY(!viewer.statusText().contains("on screen"));
    // Lanes that do not fit: the status says which ones are shown.
    viewer.resize(900, 300);
    QTRY_VERIFY(viewer.tracePlot()->visibleLanes() < 21);
    QTRY_VERIFY2(viewer.statusText().contains(
                     QStringLiteral("1-%1 on screen").arg(viewer.tracePlot()->visibleLanes())),
                 qPrintable(viewer.statusText()));
}

void TestViewerScreens::annotationsThatStartTogetherShareALabel() {
    ui::TracePlot plot;
    plot.resize(900, 500);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    core::Trace trace;
    trace.name = "Cz";
    for (int k = 0; k < 100; ++k) trace.x << k * 0.1, trace.y << 0.0;
    plot.setDecorations({}, {},
                        {annotation(2, "Stage 2 sleep"), annotation(2, "Arousal"),
                         annotation(2.05, "Movement time"), annotation(6, "Stage 3 sleep")});
    plot.setPage({trace}, 0, 10, core::DisplayScales());
    plot.plot()->replot();
    const QVector<QCPItemText*> labels = labelsOf(plot.plot());
    QStringList texts;
    for (QCPItemText* l : labels) texts << l->text();
    QVERIFY2(!texts.filter(QRegularExpression("^Stage 2 sleep / Arousal")).isEmpty(),
             qPrintable(texts.join(" | ")));
    QVERIFY2(texts.contains("Stage 3 sleep"), qPrintable(texts.join(" | ")));
    for (int i = 0; i < labels.size(); ++i)
        for (int j = i + 1; j < labels.size(); ++j)
            QVERIFY2(!labelBox(labels[i]).intersects(labelBox(labels[j])),
                     qPrintable(labels[i]->text() + " over " + labels[j]->text()));
}

void TestViewerScreens::cursorReadoutIsOfTheRecordingShown() {
    ui::SignalViewer viewer;
    viewer.resize(1000, 620);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QString error;
    QVERIFY(viewer.openRecording(testData("S001R04.edf"), &error));
    QCustomPlot* plot = viewer.plot();
    plot->replot();
    const QPointF at(plot->xAxis->coordToPixel(2.5), plot->yAxis->coordToPixel(0));
    QMouseEvent move(QEvent::MouseMove, at, plot->mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QApplication::sendEvent(plot, &move);
    QVERIFY2(viewer.cursorText().contains("FC5"), qPrintable(viewer.cursorText()));
    QVERIFY(viewer.openRecording(testData("Subject00_2.edf"), &error));
    QCOMPARE(viewer.cursorText(), QString());
}

void TestViewerScreens::pageDownWorksRightAfterTheViewerTabIsClicked() {
    QTemporaryDir dir;
    const QString path = dir.filePath("ws.alfee");
    QString error;
    {
        auto ws = core::Workspace::create(path, &error);
        QVERIFY2(ws, qPrintable(error));
        core::RecordingStore(*ws).importFile(testData("S001R04.edf"));
    }
    ui::MainWindow window;
    window.openWorkspace(path);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.viewRecording(0));
    window.tabs()->setCurrentWidget(window.datasetManager());
    QTabBar* bar = window.tabs()->tabBar();
    bar->setFocus();  // the focus outside the pages (Tab keys brought it to the tab bar)
    QTest::mouseClick(bar, Qt::LeftButton, {},
                      bar->tabRect(window.tabs()->indexOf(window.viewer())).center());
    QCOMPARE(window.tabs()->currentWidget(), window.viewer());
    QWidget* focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, Qt::Key_PageDown);
    QCOMPARE(window.viewer()->pageStart(), 10.0);
}

QTEST_MAIN(TestViewerScreens)
#include "test_viewer_screens.moc"
