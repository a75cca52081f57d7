// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Inspect tab on a demo recording with the bundled checkpoint: the reconstruction viewer
// draws original and reconstruction per channel with the hidden patches shaded, the attention
// view's scalp map follows the slider, Page Down steps a window, and the figure exports as PNG
// and as SVG with vector paths.
#include <qcustomplot.h>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "core/demo/demo_workspace.h"
#include "core/engine/finetune_options.h"
#include "core/workspace/workspace.h"
#include "test_support.h"
#include "ui/common/figure_export.h"
#include "ui/common/lane_traces.h"
#include "ui/common/scalp_map_widget.h"
#include "ui/inspect/attention_view.h"
#include "ui/inspect/model_inspector.h"
#include "ui/inspect/reconstruction_view.h"

using namespace alfee;
using namespace alfee::ui;

class TestInspector : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase();
    void reconstructionShowsWhatWasHidden();
    void attentionFollowsTheSlider();
    void pageDownStepsAWindow();
    void exportsPngAndSvg();
    void pngFiguresHoldNoControls();
    void anErrorClearsTheFigure();
    void annotationFilesSayTheyHaveNoSignals();

  private:
    void showAndWait();
    QTemporaryDir dir_;
    ModelInspector inspector_;
};

void TestInspector::initTestCase() {
    if (core::bundledCheckpoint().isEmpty()) QSKIP("no bundled checkpoint in this build");
    QString error;
    QVERIFY(core::Workspace::create(dir_.filePath("w.alfee"), &error));
    inspector_.setWorkspace(dir_.filePath("w.alfee"));
    inspector_.resize(1300, 800);
    inspector_.show();
}

void TestInspector::showAndWait() {
    QSignalSpy shown(&inspector_, &ModelInspector::shown);
    inspector_.inspect(core::bundledCheckpoint(), core::demoRecordingsDir() + "/Subject00_2.edf",
                       20);
    QVERIFY(shown.wait(120000));
    QTRY_VERIFY_WITH_TIMEOUT(!inspector_.busy(), 120000);
}

void TestInspector::reconstructionShowsWhatWasHidden() {
    inspector_.views()->setCurrentWidget(inspector_.reconstruction());
    showAndWait();
    const core::ReconstructionResult& r = inspector_.reconstruction()->result();
    QCOMPARE(r.onsetSeconds, 20.0);
    QCOMPARE(r.task, QStringLiteral("channel"));
    const int c = r.electrodes.size();
    QVERIFY(c >= 19);
    QCustomPlot* traces = inspector_.reconstruction()->tracesPlot();
    int shaded = 0;  // one box per channel whose patches were hidden (channel task: all ten)
    for (int i = 0; i < traces->itemCount(); ++i)
        shaded += qobject_cast<QCPItemRect*>(traces->item(i)) ? 1 : 0;
    QCOMPARE(shaded, c / 2);
    QCOMPARE(inspector_.reconstruction()->spectrumPlot()->graphCount(), 2);
    // The exported figure names the channel of the spectra (the chooser is not in it).
    const QString channel = inspector_.reconstruction()->channelChooser()->currentText();
    QVERIFY(!channel.isEmpty());
    QVERIFY2(inspector_.reconstruction()->spectrumPlot()->graph(0)->name().contains(channel),
             qPrintable(inspector_.reconstruction()->spectrumPlot()->graph(0)->name()));
    QVERIFY(inspector_.reconstruction()->microvoltsPerLane() > 1);
}

void TestInspector::attentionFollowsTheSlider() {
    inspector_.views()->setCurrentWidget(inspector_.attention());
    showAndWait();
    AttentionView* view = inspector_.attention();
    QCOMPARE(view->maps().steps, 10);
    QCOMPARE(view->slider()->maximum(), 9);
    view->setStep(0);
    const QVector<double> first = view->scalpMap()->values();
    view->setStep(7);
    QCOMPARE(view->step(), 7);
    QVERIFY(view->scalpMap()->values() != first);  // another second, another map
    double sum = 0;
    for (double v : view->scalpMap()->values()) sum += v;
    QVERIFY(std::abs(sum - 1) < 1e-3);  // attention over the electrodes
}

void TestInspector::pageDownStepsAWindow() {
    const double before = inspector_.onset()->value();
    inspector_.recordingChooser()->setFocus();  // a combo box must not take the key
    QTest::keyClick(inspector_.recordingChooser(), Qt::Key_PageDown);
    QCOMPARE(inspector_.onset()->value(), before + 10);
    QTRY_VERIFY_WITH_TIMEOUT(!inspector_.busy(), 120000);
}

void TestInspector::exportsPngAndSvg() {
    QString error;
    const QString png = dir_.filePath("figure.png"), svg = dir_.filePath("figure.svg");
    QVERIFY2(inspector_.exportFigure(png, &error), qPrintable(error));
    QVERIFY2(inspector_.exportFigure(svg, &error), qPrintable(error));
    QVERIFY(QImage(png).width() >= 2 * inspector_.views()->currentWidget()->width());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<svg") && text.count("<polyline") > 19);  // traces as vectors
    QVERIFY(text.contains("<image"));  // the scalp map's interpolated surface
    // ... finer than the screen's 121 x 121 bitmap.
    const QRegularExpressionMatch png64 =
        QRegularExpression("data:image/png;base64,([A-Za-z0-9+/=\\s]+)")
            .match(QString::fromLatin1(text));
    QVERIFY(png64.hasMatch());
    QString base64 = png64.captured(1);
    base64.remove(QRegularExpression("\\s"));
    const QImage surface = QImage::fromData(QByteArray::fromBase64(base64.toLatin1()));
    QVERIFY2(surface.width() >= 300, qPrintable(QString::number(surface.width())));
    QVERIFY(!inspector_.exportFigure(dir_.filePath("figure.bmp"), &error));
    QVERIFY(error.contains(".png or .svg"));
}

// The PNG was a screenshot of the whole view: its combo box, slider and text field were in the
// figure. Only plots, labels and figure parts are drawn now, as in the SVG.
void TestInspector::pngFiguresHoldNoControls() {
    QWidget figure;
    figure.resize(400, 200);
    auto* plot = new QCustomPlot(&figure);
    plot->setGeometry(0, 0, 400, 150);
    auto* field = new QLineEdit("########", &figure);
    field->setGeometry(10, 160, 380, 30);
    field->setStyleSheet("background: rgb(0, 200, 0)");
    figure.show();
    QVERIFY(QTest::qWaitForWindowExposed(&figure));
    QString error;
    const QString png = dir_.filePath("controls.png");
    QVERIFY2(ui::exportFigure(&figure, png, &error), qPrintable(error));
    const QImage image(png);
    QCOMPARE(image.width(), 800);
    int green = 0;
    for (int y = 320; y < 380; ++y)
        for (int x = 20; x < 780; ++x) green += image.pixelColor(x, y) == QColor(0, 200, 0);
    QCOMPARE(green, 0);
}

// A window past the end of the recording fails: the previous window's traces went on showing
// under the error (and, with another recording, under its name).
void TestInspector::anErrorClearsTheFigure() {
    inspector_.views()->setCurrentWidget(inspector_.reconstruction());
    showAndWait();
    QVERIFY(!inspector_.reconstruction()->result().electrodes.isEmpty());
    QSignalSpy said(&inspector_, &ModelInspector::message);
    inspector_.onset()->setValue(5000);  // the demo recording lasts 60 s
    QVERIFY(said.wait(120000));
    QTRY_VERIFY_WITH_TIMEOUT(!inspector_.busy(), 120000);
    QVERIFY(inspector_.reconstruction()->result().electrodes.isEmpty());
    QCOMPARE(inspector_.reconstruction()->channelChooser()->count(), 0);
    QVERIFY(inspector_.attention()->maps().electrodes.isEmpty());
}

// A hypnogram (annotations only) said "the window lies outside the data".
void TestInspector::annotationFilesSayTheyHaveNoSignals() {
    showAndWait();
    QSignalSpy said(&inspector_, &ModelInspector::message);
    inspector_.inspect(core::bundledCheckpoint(), tests::testData("SC4001EC-Hypnogram.edf"), 0);
    QVERIFY(!said.isEmpty());
    QVERIFY2(said.last().first().toString().contains("no signals"),
             qPrintable(said.last().first().toString()));
    QVERIFY(!inspector_.busy());  // nothing to run
    QVERIFY(inspector_.reconstruction()->result().electrodes.isEmpty());
}

QTEST_MAIN(TestInspector)
#include "test_inspector.moc"
