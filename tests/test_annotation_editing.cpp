// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Annotations edited in the viewer (issue 29, item 2): added by dragging over the traces in
// annotate mode and by a key at the mouse, moved and resized by their band and edges, renamed,
// given channels, deleted; each edit undoable from Edit > Undo and saved in the workspace at
// once (a new window shows them), the recording's file never written; a file outside the
// workspace is shown read-only, with the reason.
#include <qcustomplot.h>

#include <QAction>
#include <QFile>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "core/workspace/recording_store.h"
#include "ui/common/main_window.h"
#include "ui/common/workspace_document.h"
#include "ui/datasets/dataset_manager.h"
#include "ui/viewer/annotation_list.h"
#include "ui/viewer/annotation_mouse.h"
#include "ui/viewer/annotation_tools.h"
#include "ui/viewer/overview_strip.h"
#include "ui/viewer/recording_annotations.h"
#include "ui/viewer/signal_viewer.h"
#include "ui/viewer/trace_plot.h"

using namespace alfee;

class TestAnnotationEditing : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase();
    void init();
    void aDragInAnnotateModeAddsASpan();
    void edgesResizeAndTheBandMoves();
    void renameChannelsDeleteAndUndo();
    void aKeyMarksTheTimeUnderTheMouse();
    void aNewWindowShowsTheEdits();
    void theOverviewJumpsThere();
    void aFileOutsideTheWorkspaceIsReadOnly();
    void aDeletedRecordingsIdTakenByAnotherImportIsNotEdited();
    void anotherProcesssEditShows();

  private:
    QVector<core::Annotation> stored() const;
    int indexOf(const QString& text) const;
    QPoint pixelAt(double seconds, int y) const;
    void drag(const QPoint& from, const QPoint& to);
    QTemporaryDir dir_;
    QString workspace_, file_;
    QByteArray original_;
    qint64 id_ = -1;
    std::unique_ptr<ui::MainWindow> window_;
};

void TestAnnotationEditing::initTestCase() {
    file_ = dir_.filePath("S001R04.edf");
    QVERIFY(QFile::copy(QStringLiteral(ALFEE_TEST_DATA_DIR "/S001R04.edf"), file_));
    QFile f(file_);
    QVERIFY(f.open(QIODevice::ReadOnly));
    original_ = f.readAll();
    workspace_ = dir_.filePath("ws.alfee");
    QString error;
    auto ws = core::Workspace::create(workspace_, &error);
    QVERIFY2(ws, qPrintable(error));
    id_ = core::RecordingStore(*ws).importFile(file_).recordingId;
    QVERIFY(id_ > 0);
}

// Each case in a window of its own on the workspace as the last case left it.
void TestAnnotationEditing::init() {
    window_ = std::make_unique<ui::MainWindow>();
    window_->resize(1400, 900);
    window_->openWorkspace(workspace_);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    QVERIFY(window_->viewRecordingId(id_));
    window_->viewer()->setPageSeconds(10);
    window_->viewer()->goTo(0);
    QCoreApplication::processEvents();
}

QVector<core::Annotation> TestAnnotationEditing::stored() const {
    QString error;
    auto ws = core::Workspace::open(workspace_, &error);
    return core::RecordingStore(*ws).annotations(id_, &error);
}

int TestAnnotationEditing::indexOf(const QString& text) const {
    const QVector<core::Annotation>& list = window_->viewer()->annotations();
    for (int i = 0; i < list.size(); ++i)
        if (list[i].text == text) return i;
    return -1;
}

QPoint TestAnnotationEditing::pixelAt(double seconds, int y) const {
    return {int(std::lround(window_->viewer()->plot()->xAxis->coordToPixel(seconds))), y};
}

void TestAnnotationEditing::drag(const QPoint& from, const QPoint& to) {
    QCustomPlot* plot = window_->viewer()->plot();
    QTest::mousePress(plot, Qt::LeftButton, {}, from);
    QTest::mouseMove(plot, (from + to) / 2);
    QTest::mouseMove(plot, to);
    QTest::mouseRelease(plot, Qt::LeftButton, {}, to);
}

// S001R04's 30 cues are the workspace's; a drag over the traces adds a span with the label box's
// text, at the dragged times to within a pixel, saved at once; the file is unchanged.
void TestAnnotationEditing::aDragInAnnotateModeAddsASpan() {
    ui::SignalViewer* viewer = window_->viewer();
    QCOMPARE(viewer->annotations().size(), 30);
    viewer->annotationTools()->setAnnotating(true);
    QVERIFY(viewer->annotationTools()->annotating());
    viewer->annotationTools()->setLabel("BAD_jaw");
    const int y = viewer->plot()->axisRect()->rect().center().y();
    drag(pixelAt(2.0, y), pixelAt(3.5, y));
    QCOMPARE(viewer->annotations().size(), 31);
    const core::Annotation& added = viewer->annotations()[indexOf("BAD_jaw")];
    const double pixel = 10.0 / viewer->plot()->axisRect()->width();
    QVERIFY2(std::abs(added.onsetSeconds() - 2.0) <= pixel,
             qPrintable(QString::number(added.onsetSeconds())));
    QVERIFY(std::abs(added.durationSeconds() - 1.5) <= 2 * pixel);
    QVERIFY(added.channels.isEmpty());
    QCOMPARE(stored(), viewer->annotations());
    QCOMPARE(window_->annotationList()->rowCount(), 31);  // the dock lists it
    QFile f(file_);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), original_);
    // The list stays in time order: it sits after the cue at 0 s and before the one at 4.2 s.
    QVERIFY(indexOf("BAD_jaw") > 0);
    QVERIFY(viewer->annotations()[indexOf("BAD_jaw") + 1].onsetSeconds() > 3.9);
}

// The end edge of the span drags it longer; its band drags it later, keeping its length.
void TestAnnotationEditing::edgesResizeAndTheBandMoves() {
    ui::SignalViewer* viewer = window_->viewer();
    viewer->annotationTools()->setAnnotating(true);
    const core::Annotation before = viewer->annotations()[indexOf("BAD_jaw")];
    const int y = viewer->plot()->axisRect()->rect().center().y();
    const double end = before.onsetSeconds() + before.durationSeconds();
    ui::AnnotationMouse::Part part;
    QCOMPARE(viewer->annotationTools()->mouse()->hit(pixelAt(end, y), &part), indexOf("BAD_jaw"));
    QCOMPARE(part, ui::AnnotationMouse::Part::End);
    drag(pixelAt(end, y), pixelAt(end + 1.0, y));
    const core::Annotation longer = viewer->annotations()[indexOf("BAD_jaw")];
    const double pixel = 10.0 / viewer->plot()->axisRect()->width();
    QVERIFY(std::abs(longer.durationSeconds() - before.durationSeconds() - 1.0) <= 2 * pixel);
    QCOMPARE(longer.onset100ns, before.onset100ns);
    const int band = viewer->tracePlot()->annotationBand().center().y();
    const double middle = longer.onsetSeconds() + longer.durationSeconds() / 2;
    QCOMPARE(viewer->annotationTools()->mouse()->hit(pixelAt(middle, band), &part),
             indexOf("BAD_jaw"));
    QCOMPARE(part, ui::AnnotationMouse::Part::Body);
    drag(pixelAt(middle, band), pixelAt(middle + 2.0, band));
    const core::Annotation moved = viewer->annotations()[indexOf("BAD_jaw")];
    QVERIFY(std::abs(moved.onsetSeconds() - longer.onsetSeconds() - 2.0) <= 2 * pixel);
    QCOMPARE(moved.duration100ns, longer.duration100ns);
    QCOMPARE(viewer->annotationTools()->selected(), indexOf("BAD_jaw"));
    QCOMPARE(stored(), viewer->annotations());
}

// Rename and channels through the tools; Edit > Undo (the viewer's history, the tab shown) takes
// each back in turn, Redo again; the selected annotation goes with Delete, and comes back.
void TestAnnotationEditing::renameChannelsDeleteAndUndo() {
    ui::SignalViewer* viewer = window_->viewer();
    ui::AnnotationTools* tools = viewer->annotationTools();
    QCOMPARE(window_->tabs()->currentWidget(), viewer);
    const int i = indexOf("BAD_jaw");
    QVERIFY(tools->rename(i, "BAD_muscle"));
    QVERIFY(tools->setChannels(indexOf("BAD_muscle"), {"C3..", "C4.."}));
    QCOMPARE(stored()[indexOf("BAD_muscle")].channels, QStringList({"C3..", "C4.."}));
    QVERIFY(window_->undoAction()->isEnabled());
    window_->undoAction()->trigger();  // the channels
    QVERIFY(stored()[indexOf("BAD_muscle")].channels.isEmpty());
    window_->undoAction()->trigger();  // the name
    QVERIFY(indexOf("BAD_jaw") >= 0);
    QCOMPARE(stored(), viewer->annotations());
    viewer->undoStack()->redo();
    viewer->undoStack()->redo();
    QCOMPARE(stored()[indexOf("BAD_muscle")].channels, QStringList({"C3..", "C4.."}));
    tools->select(indexOf("BAD_muscle"));
    viewer->setFocus();
    QTest::keyClick(viewer, Qt::Key_Delete);
    QCOMPARE(indexOf("BAD_muscle"), -1);
    QCOMPARE(stored().size(), 30);
    window_->undoAction()->trigger();
    QVERIFY(indexOf("BAD_muscle") >= 0);
    QCOMPARE(stored().size(), 31);
}

// M marks the time under the mouse with the label box's text (no duration); A turns annotate
// mode on and off.
void TestAnnotationEditing::aKeyMarksTheTimeUnderTheMouse() {
    ui::SignalViewer* viewer = window_->viewer();
    viewer->annotationTools()->setLabel("eyes closed");
    const int y = viewer->plot()->axisRect()->rect().center().y();
    QCursor::setPos(viewer->plot()->mapToGlobal(pixelAt(7.0, y)));
    viewer->setFocus();
    QTest::keyClick(viewer, Qt::Key_M);
    const int i = indexOf("eyes closed");
    QVERIFY(i >= 0);
    const core::Annotation marker = viewer->annotations()[i];
    QCOMPARE(marker.duration100ns, qint64(0));
    // Where the platform moves no cursor (offscreen), the page's middle: 5 s.
    QVERIFY2(
        std::abs(marker.onsetSeconds() - 7.0) < 0.1 || std::abs(marker.onsetSeconds() - 5.0) < 1e-9,
        qPrintable(QString::number(marker.onsetSeconds())));
    QVERIFY(!viewer->annotationTools()->annotating());
    QTest::keyClick(viewer, Qt::Key_A);
    QVERIFY(viewer->annotationTools()->annotating());
    QTest::keyClick(viewer, Qt::Key_A);
    QVERIFY(!viewer->annotationTools()->annotating());
    QCOMPARE(stored(), viewer->annotations());
}

// Closed and opened again: the workspace's annotations, not the file's.
void TestAnnotationEditing::aNewWindowShowsTheEdits() {
    QCOMPARE(window_->viewer()->annotations(), stored());
    QCOMPARE(window_->viewer()->annotations().size(), 32);
    QVERIFY(indexOf("BAD_muscle") >= 0);
    QVERIFY(indexOf("eyes closed") >= 0);
}

// A click on the overview strip centres the page there; the strip frames the page.
void TestAnnotationEditing::theOverviewJumpsThere() {
    ui::SignalViewer* viewer = window_->viewer();
    ui::OverviewStrip* strip = viewer->overview();
    QVERIFY(strip->isVisible());
    QTest::mouseClick(strip, Qt::LeftButton, {}, QPoint(strip->pixelAt(60.0), strip->height() / 2));
    const double pixel = viewer->duration() / strip->width();
    QVERIFY2(std::abs(viewer->pageStart() - 55.0) <= pixel,
             qPrintable(QString::number(viewer->pageStart())));
    QVERIFY(std::abs(strip->secondsAt(strip->width() - 1) - viewer->duration()) < 1e-9);
}

// Opened as a file (not through the workspace): its own annotations, and annotate mode is
// refused with the reason.
void TestAnnotationEditing::aFileOutsideTheWorkspaceIsReadOnly() {
    ui::SignalViewer viewer;
    QString error;
    QVERIFY(viewer.openRecording(file_, &error));
    QCOMPARE(viewer.annotations().size(), 30);
    QVERIFY(!viewer.undoStack());
    QSignalSpy problem(&viewer, &ui::SignalViewer::problem);
    viewer.annotationTools()->setAnnotating(true);
    QVERIFY(!viewer.annotationTools()->annotating());
    QCOMPARE(problem.size(), 1);
    QVERIFY(problem.front()[0].toString().contains("import"));
    QVERIFY(!viewer.annotationTools()->addSpan(1, 2));
    QCOMPARE(viewer.annotations().size(), 30);
}

// The recording shown is deleted in the Datasets tab and another import takes its id (SQLite
// reuses the largest): the viewer drops to the file's annotations, read-only, and an undo or an
// edit can no longer write over the new recording's annotations.
void TestAnnotationEditing::aDeletedRecordingsIdTakenByAnotherImportIsNotEdited() {
    QTemporaryDir dir;
    for (const char* f : {"S001R04.edf", "Subject00_2.edf"})
        QVERIFY(QFile::copy(QStringLiteral(ALFEE_TEST_DATA_DIR "/") + f, dir.filePath(f)));
    const QString path = dir.filePath("ws.alfee");
    QString error;
    qint64 motor = -1;
    {
        auto ws = core::Workspace::create(path, &error);
        motor = core::RecordingStore(*ws).importFile(dir.filePath("S001R04.edf")).recordingId;
    }
    ui::MainWindow window;
    window.openWorkspace(path);
    QVERIFY(window.viewRecordingId(motor));
    ui::SignalViewer* viewer = window.viewer();
    QVERIFY(viewer->annotationTools()->annotations()->editable());
    QVERIFY(viewer->annotationTools()->addSpan(1, 2));
    QVERIFY(window.datasetManager()->deleteRecording(motor, &error));
    QVERIFY(!viewer->annotationTools()->annotations()->editable());
    QVERIFY(!viewer->undoStack());
    QCOMPARE(viewer->annotations().size(), 30);  // the file's own
    {
        auto ws = core::Workspace::open(path, &error);
        const qint64 other =
            core::RecordingStore(*ws).importFile(dir.filePath("Subject00_2.edf")).recordingId;
        QCOMPARE(other, motor);  // the id again
    }
    emit window.document()->recordingsChanged();
    QVERIFY(!viewer->annotationTools()->addSpan(3, 4));
    auto ws = core::Workspace::open(path, &error);
    QVERIFY(core::RecordingStore(*ws).annotations(motor, &error).isEmpty());  // untouched
}

// Annotations written by another connection (alfee, a second window) show in the viewer within
// the document's look every two seconds.
void TestAnnotationEditing::anotherProcesssEditShows() {
    ui::SignalViewer* viewer = window_->viewer();
    viewer->annotationTools()->setLabel("here");
    QVERIFY(viewer->annotationTools()->addSpan(110, 111));
    QCOMPARE(viewer->undoStack()->count(), 1);
    QVector<core::Annotation> edited = viewer->annotations();
    edited.push_back({std::llround(100e7), std::llround(1e7), "from elsewhere"});
    {
        QString error;
        auto ws = core::Workspace::open(workspace_, &error);
        QVERIFY(core::RecordingStore(*ws).replaceAnnotations(id_, edited, &error));
    }
    QTRY_VERIFY_WITH_TIMEOUT(indexOf("from elsewhere") >= 0, 5000);
    QCOMPARE(window_->annotationList()->rowCount(), edited.size());
    QCOMPARE(viewer->undoStack()->count(), 0);  // no undo to write over the other's edit
}

QTEST_MAIN(TestAnnotationEditing)
#include "test_annotation_editing.moc"
