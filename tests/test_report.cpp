// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML report of a run: self-contained, every user text escaped (class, dataset, subject
// and run names with <script> and &), the per-subject results next to the band-power
// baseline's on the same data and split, and the command line that runs it again.
#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <cmath>

#include "core/engine/run_registry.h"
#include "core/report/html_report.h"
#include "core/report/pdf_report.h"
#include "core/report/reproducing_command.h"
#include "core/viewer/scalp_map.h"
#include "core/workspace/workspace.h"

using namespace alfee::core;

class TestReport : public QObject {
    Q_OBJECT
  private slots:
    void escapesEveryUserTextAndComparesWithTheBaseline();
    void commandLineRunsItAgain();
    void pdfShowsUserTextLiterally();
    void modelFiguresGoInBothFormats();
    void reportLetsAReaderRerunTheRun();
    void headingsStayWithTheirText();
    void headingsStayWithTheirFigureAndTextAfterTablesStays();
    void scalpMapNamesReadOnADarkTheme();
};

namespace {

const QString kNasty = QStringLiteral("<script>alert('x')</script> & co");

QJsonObject fineTuneConfig() {
    QJsonObject spec{
        {"name", kNasty},
        {"label_source", "filename"},
        {"classes", QJsonArray{QJsonArray{"rest & calm", "_1$"}, QJsonArray{"<b>task</b>", "_2$"}}},
        {"recording_filter", "^Subject"},
        {"subject_pattern", "^([A-Za-z]*\\d+)"},
        {"window_s", 10},
        {"stride_s", 10},
        {"electrodes", QJsonArray{}},
        {"preprocess",
         QJsonObject{{"bandpass", true}, {"low_hz", 0.5}, {"high_hz", 45}, {"notch_hz", 50}}},
        {"split", QJsonObject{{"seed", 42},
                              {"train", 0.7},
                              {"validation", 0.15},
                              {"test", 0.15},
                              {"test_subjects", QJsonArray{"S&1"}}}}};
    return {{"data", QJsonArray{"/data/my <lab>"}},
            {"spec", spec},
            {"scratch", true},
            {"size", "tiny"},
            {"epochs", 8},
            {"batch", 16},
            {"lr", 0.0005},
            {"patience", 4},
            {"seed", 3},
            {"device", "cpu"}};
}

qint64 addRun(Workspace& ws, const QString& kind, double subjectAccuracy) {
    RunRegistry registry(ws);
    NewRun run;
    run.kind = kind, run.name = kNasty + " " + kind, run.dataset = kNasty;
    run.datasetHash = "same-data", run.config = fineTuneConfig();
    QString error;
    const qint64 id = *registry.create(run, &error);
    registry.logMetrics(id, 1, 0, {{"train_loss", 1.0}}, &error);
    registry.logMetrics(id, 2, 1, {{"train_loss", 0.5}, {"val_balanced_accuracy", 0.7}}, &error);
    ResultRecord test{"test", {}, QJsonObject{{"balanced_accuracy", 0.75}, {"n_windows", 20}}};
    test.metrics["confusion_matrix"] = QJsonArray{QJsonArray{8, 2}, QJsonArray{3, 7}};
    ResultRecord subject{"test", "S&1",
                         QJsonObject{{"balanced_accuracy", subjectAccuracy}, {"n_windows", 20}}};
    subject.metrics["confusion_matrix"] = test.metrics["confusion_matrix"];
    registry.recordResults(id, "finetune", {"rest & calm", "<b>task</b>"}, {test, subject}, &error);
    registry.finish(id, run_status::kFinished, "done <ok> & fine", &error);
    return id;
}

}  // namespace

void TestReport::escapesEveryUserTextAndComparesWithTheBaseline() {
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::create(dir.filePath("w.alfee"), &error);
    QVERIFY(ws);
    addRun(*ws, "baseline", 0.625);
    const qint64 run = addRun(*ws, "finetune", 0.875);
    const QString html = runReportHtml(*ws, run, &error);
    QVERIFY2(!html.isEmpty(), qPrintable(error));
    QVERIFY(!html.contains("<script"));  // no script at all, user text included
    QVERIFY(!html.contains("<b>task</b>"));
    QVERIFY(html.contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; co") ||
            html.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; co"));
    QVERIFY(html.contains("rest &amp; calm") && html.contains("&lt;b&gt;task&lt;/b&gt;"));
    QVERIFY(html.contains("S&amp;1") && html.contains("done &lt;ok&gt; &amp; fine"));
    QVERIFY(!html.contains("src=") && !html.contains("href="));  // self-contained
    QVERIFY(html.contains("band-power baseline"));
    QVERIFY(html.contains("<td>0.875</td><td>20</td><td>0.625</td>"));  // next to each other
    // Both runs score 0.75 on the test split; neither has an AUROC.
    QVERIFY2(html.contains("the model and the band-power baseline (run 1) have the same balanced "
                           "accuracy, 0.750; AUROC is undefined for one of them."),
             qPrintable(html));
    QVERIFY(html.contains("<svg") && html.contains("<polyline"));
    QVERIFY(html.contains("alfee finetune --data"));
}

void TestReport::commandLineRunsItAgain() {
    RunRecord run;
    run.kind = "finetune", run.config = fineTuneConfig();
    const QStringList a = reproducingCommand(run);
    QCOMPARE(a.mid(0, 4), (QStringList{"alfee", "finetune", "--data", "/data/my <lab>"}));
    QVERIFY(a.join(' ').contains("--class rest & calm=_1$"));
    QVERIFY(
        a.join(' ').contains("--test-subjects S&1 --band 0.5-45 --notch 50 --scratch --size tiny"));
    QVERIFY(a.join(' ').contains("--epochs 8 --batch 16 --lr 0.0005 --patience 4 --seed 3"));
    const QString shell = shellCommand(a);
    QVERIFY(shell.contains("'/data/my <lab>'") && shell.contains("'rest & calm=_1$'"));
    run.kind = "baseline";
    QCOMPARE(reproducingCommand(run).mid(0, 4),
             (QStringList{"alfee", "finetune", "--baseline", "bandpower"}));
}

namespace {

// The text of a PDF, by poppler's pdftotext (packaging/install-deps.sh --test).
QString pdfText(const QString& pdf) {
    QProcess p;
    p.start("pdftotext", {"-layout", pdf, "-"});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

ReportFigures someFigures() {
    ReconstructionResult r;
    r.recording = "/data/Subject & <1>.edf", r.task = "channel";
    r.electrodes = {"FP1", "CZ", "O1", "T7"}, r.steps = 2;
    for (int i = 0; i < 4 * 512; ++i)
        r.original << 20 * std::sin(i * 0.05f), r.reconstructed << 15 * std::sin(i * 0.05f);
    r.hidden = {0, 0, 1, 1, 0, 0, 0, 1};
    AttentionMaps a;
    a.recording = r.recording, a.electrodes = r.electrodes, a.steps = 2, a.layers = 1;
    a.traces = r.original;
    a.channel = {0.1f, 0.2f, 0.3f, 0.4f, 0.4f, 0.3f, 0.2f, 0.1f};
    a.tasks = {"workload"}, a.task = {0.3f, 0.7f};
    return {r, a, {}};
}

}  // namespace

// The acceptance check of issue 10: <script> and & in class, dataset, run and subject names
// come out of the PDF as the text they are.
void TestReport::pdfShowsUserTextLiterally() {
    if (QStandardPaths::findExecutable("pdftotext").isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::create(dir.filePath("w.alfee"), &error);
    const qint64 run = addRun(*ws, "finetune", 0.875);
    const ReportPage page = runReport(*ws, run, {}, ReportFormat::Pdf, &error);
    const QString pdf = dir.filePath("report.pdf");
    QVERIFY2(writeReportPdf(page, "title", pdf, &error), qPrintable(error));
    QVERIFY(QFile(pdf).size() > 1000);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains("<script>alert('x')</script> & co"), qPrintable(text.left(400)));
    QVERIFY(text.contains("rest & calm") && text.contains("<b>task</b>"));
    QVERIFY2(text.contains("balanced_accuracy") && text.contains("0.75"), qPrintable(text));
    QVERIFY(!writeReportPdf(page, "title", dir.filePath("missing/dir/report.pdf"), &error));
    QVERIFY(error.contains("missing/dir/report.pdf"));
}

// Reconstruction and attention figures: inline PNG in the HTML, named resources for the PDF.
void TestReport::modelFiguresGoInBothFormats() {
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::create(dir.filePath("w.alfee"), &error);
    const qint64 run = addRun(*ws, "finetune", 0.875);
    const ReportFigures figures = someFigures();
    const ReportPage html = runReport(*ws, run, figures, ReportFormat::Html, &error);
    QCOMPARE(html.html.count("src=\"data:image/png;base64,"), 2);
    QVERIFY(html.images.isEmpty());
    const ReportPage pdf = runReport(*ws, run, figures, ReportFormat::Pdf, &error);
    QCOMPARE(pdf.images.keys(),
             (QStringList{"report:attention", "report:curves", "report:reconstruction"}));
    QVERIFY(!pdf.html.contains("<svg"));
    const QImage rec = pdf.images["report:reconstruction"];
    QVERIFY(rec.width() > 500 && rec.height() > 100);
    // Drawn, not blank: the red reconstruction and the shaded hidden patches are there.
    int red = 0;
    for (int y = 0; y < rec.height(); ++y)
        for (int x = 0; x < rec.width(); ++x)
            red += qRed(rec.pixel(x, y)) > 180 && qGreen(rec.pixel(x, y)) < 90;
    QVERIFY(red > 200);
    QVERIFY2(writeReportPdf(pdf, "title", dir.filePath("r.pdf"), &error), qPrintable(error));
}

// A dataset run's report showed the unused label options (empty classes, task, electrodes), no
// starting checkpoint, a command without --name and curves without a step axis.
void TestReport::reportLetsAReaderRerunTheRun() {
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::create(dir.filePath("w.alfee"), &error);
    QVERIFY(ws);
    RunRegistry registry(*ws);
    NewRun run;
    run.kind = "finetune", run.name = "workload fold 1", run.experiment = "folds";
    run.config = {{"datasets", QJsonArray{"eegmat"}},
                  {"spec", QJsonObject{{"classes", QJsonArray{}}, {"task", ""}}},
                  {"from", ""},
                  {"starting_checkpoint", "/models/alfee-tiny-pretrained.alfee-ckpt"},
                  {"tasks", QJsonArray{QJsonObject{{"name", "eegmat"},
                                                   {"paradigm", "workload"},
                                                   {"classes", QJsonArray{"rest", "task"}}}}},
                  {"epochs", 8},
                  {"lr", 0.0005}};
    const qint64 id = *registry.create(run, &error);
    registry.logMetrics(id, 1, 0, {{"train_loss", 1.0}}, &error);
    registry.logMetrics(id, 40, 1, {{"train_loss", 0.5}}, &error);
    registry.finish(id, run_status::kFinished, "done", &error);
    const QString html = runReportHtml(*ws, id, &error);
    QVERIFY2(!html.isEmpty(), qPrintable(error));
    QVERIFY(html.contains("/models/alfee-tiny-pretrained.alfee-ckpt"));
    QVERIFY(html.contains("&quot;classes&quot;:[&quot;rest&quot;,&quot;task&quot;]") ||
            html.contains("\"classes\":[\"rest\",\"task\"]"));
    QVERIFY(!html.contains("<td>spec</td>"));
    QVERIFY(html.contains("training step") && html.contains(">40</text>"));
    QVERIFY(html.contains("--dataset eegmat"));
    QVERIFY(html.contains("--name &#x27;workload fold 1&#x27; --experiment folds") ||
            html.contains("--name 'workload fold 1' --experiment folds"));
}

// The dark theme drew the names in its white text colour over the pale end of the map.
void TestReport::scalpMapNamesReadOnADarkTheme() {
    const ScalpMap map({"CZ", "C3", "C4"});
    QImage image(400, 400, QImage::Format_ARGB32);
    image.fill(QColor(30, 30, 30));  // a dark window
    {
        QPainter p(&image);
        map.paint(p, image.rect(), {0, 0, 0}, 0, 1, QColor(230, 230, 230), true);  // all pale
    }
    // Under Cz's dot (the head's centre) its name: dark ink on the pale map.
    int dark = 0;
    for (int y = 206; y < 222; ++y)
        for (int x = 185; x < 215; ++x) dark += image.pixelColor(x, y).lightness() < 90;
    QVERIFY2(dark > 10, qPrintable(QString::number(dark)));
}

void TestReport::headingsStayWithTheirText() {
    QTextDocument document;
    document.setDocumentMargin(0);
    QString html;
    for (int i = 0; i < 36; ++i) html += QStringLiteral("<p>line %1</p>").arg(i);
    html += "<h2>Curves</h2><p>under the heading</p>";
    document.setHtml(html);
    auto heading = [&] {
        for (QTextBlock b = document.begin(); b.isValid(); b = b.next())
            if (b.blockFormat().headingLevel() > 0)
                return document.documentLayout()->blockBoundingRect(b);
        return QRectF();
    };
    document.setPageSize({400, 1e6});
    const QRectF alone = heading();
    // A page that ends just under the heading: its text would start the next page.
    const qreal page = alone.bottom() + 2;
    document.setPageSize({400, page});
    QVERIFY(heading().top() < page);
    keepHeadingsWithTheirText(document, page, page / 10);
    QVERIFY2(heading().top() >= page && heading().top() < page * 1.1,  // it starts page two
             qPrintable(QStringLiteral("%1 on pages of %2").arg(heading().top()).arg(page)));
    const QString again = document.toHtml();
    keepHeadingsWithTheirText(document, page, page / 10);  // nothing more to move
    QCOMPARE(document.toHtml(), again);
}

// A heading, a sub-heading and a figure: the figure cannot split, so both headings go with it
// (a report left "Inside the model" alone at a page foot). Text after a table, after the move,
// is still laid out (a report lost its command line: blocks of height 0, never drawn).
void TestReport::headingsStayWithTheirFigureAndTextAfterTablesStays() {
    QTextDocument document;
    document.setDocumentMargin(0);
    QImage figure(200, 300, QImage::Format_RGB32);
    figure.fill(Qt::gray);
    document.addResource(QTextDocument::ImageResource, QUrl("figure.png"), figure);
    QString html;
    for (int i = 0; i < 20; ++i) html += QStringLiteral("<p>line %1</p>").arg(i);
    html += "<h2>Inside</h2><h3>Example</h3><p><img src=\"figure.png\"></p>";
    html += "<table border=\"1\">";
    for (int i = 0; i < 40; ++i)
        html += QStringLiteral("<tr><td>key %1</td><td>v</td></tr>").arg(i);
    html += "</table><h2>Command line</h2><p>alfee finetune</p>";
    document.setHtml(html);
    auto block = [&](const QString& text) {
        for (QTextBlock b = document.begin(); b.isValid(); b = b.next())
            if (b.text() == text) return document.documentLayout()->blockBoundingRect(b);
        return QRectF();
    };
    document.setPageSize({400, 1e6});
    // A page with room for both headings under the lines but not for the figure.
    const qreal page = block("Example").bottom() + 100;
    document.setPageSize({400, page});
    keepHeadingsWithTheirText(document, page, page / 10);
    QVERIFY2(
        block("Inside").top() >= page - 1,
        qPrintable(
            QStringLiteral("heading at %1 on pages of %2").arg(block("Inside").top()).arg(page)));
    QVERIFY(block("Command line").height() > 0);
    QVERIFY(block("alfee finetune").height() > 0);
    QVERIFY(block("alfee finetune").top() > block("Command line").top());
}

QTEST_MAIN(TestReport)
#include "test_report.moc"
