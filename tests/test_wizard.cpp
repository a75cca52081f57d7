// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The fine-tuning wizard driven end to end offscreen, as a user would: demo recordings labelled
// by file name (class names with <script> and &), channels confirmed, test subjects ticked, the
// bundled checkpoint, a measured run-time estimate, Start; the run shows in the dashboard, is
// recorded, and its PDF report holds its balanced accuracy. Cancelling leaves nothing behind.
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "core/demo/demo_workspace.h"
#include "core/engine/finetune_options.h"
#include "core/engine/run_registry.h"
#include "core/engine/study_store.h"
#include "core/modeling/finetune_job.h"
#include "core/workspace/recording_store.h"
#include "core/workspace/workspace.h"
#include "ui/common/job_controller.h"
#include "ui/runs/run_list_model.h"
#include "ui/runs/runs_dashboard.h"
#include "ui/wizard/finetune_wizard.h"
#include "ui/wizard/wizard_data_pages.h"
#include "ui/wizard/wizard_model_pages.h"

using namespace alfee;
using namespace alfee::core;
using namespace alfee::ui;

class TestWizard : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase();
    void aFirstWizardOffersTheStudysBestRecipe();
    void endToEndStartsARunThatTheDashboardShows();
    void theNextWizardOffersTheLastRecipe();
    void cancelLeavesTheWorkspaceAsItWas();
    void adaptationRunsBeforeFineTuning();
    void comparisonOverFoldsRunsAStudy();
    void refusedSettingsStopAtTheReview();
    void pagesSayWhyNextIsDisabled();
    void dataPageShowsGuessedSubjectsAndGroupsSessions();

  private:
    QTemporaryDir dir_;
};

namespace {

const QString kRest = QStringLiteral("rest & calm"),
              kTask = QStringLiteral("<script>task</script>");

template <typename T>
T* page(FineTuneWizard* w, int id) {
    auto* p = qobject_cast<T*>(w->page(id));
    Q_ASSERT(p);
    return p;
}

// Data page: the demo recordings, two classes by file name.
void fillDataPage(FineTuneWizard* w) {
    auto* data = page<DataPage>(w, FineTuneWizard::kData);
    data->filesChoice()->setChecked(true);
    data->addPath(demoRecordingsDir());
    data->classes()->setItem(0, 0, new QTableWidgetItem(kRest));
    data->classes()->setItem(0, 1, new QTableWidgetItem("_1$"));
    data->classes()->setItem(1, 0, new QTableWidgetItem(kTask));
    data->classes()->setItem(1, 1, new QTableWidgetItem("_2$"));
}

// A wizard of `dashboard` on the demo recordings, past the data, channel, label and split
// pages, at the starting point; null when the channel preview does not end in 2 minutes.
FineTuneWizard* wizardAtStartPage(RunsDashboard& dashboard) {
    FineTuneWizard* w = dashboard.openWizard();
    fillDataPage(w);
    w->next();
    auto* channels = page<ChannelsPage>(w, FineTuneWizard::kChannels);
    if (!QTest::qWaitFor([&] { return !channels->reading() && w->draft().previewed; }, 120000))
        return nullptr;
    channels->confirmation()->setChecked(true);
    w->next(), w->next(), w->next();
    return w;
}

// `dashboard` on a new, empty workspace at `path`; false when it cannot be created.
bool onNewWorkspace(RunsDashboard& dashboard, const QString& path) {
    QString error;
    if (!Workspace::create(path, &error)) return false;
    dashboard.setWorkspace(path);
    return true;
}

int rowsOf(const QString& workspace, const char* table) {
    QString error;
    auto ws = Workspace::open(workspace, &error);
    return ws ? int(std::string_view(table) == "runs" ? RunRegistry(*ws).list(&error).size()
                                                      : RecordingStore(*ws).list(&error).size())
              : -1;
}

QString pdfText(const QString& pdf) {
    QProcess p;
    p.start("pdftotext", {"-layout", pdf, "-"});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

}  // namespace

void TestWizard::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);  // the recipe the wizard keeps: not the user's
    QSettings().remove("wizard");
}

// A wizard that never ran offers the hybrid probe, the Workload study's best recipe (it offered
// whole-model fine-tuning, which the study shows below it and below band power).
void TestWizard::aFirstWizardOffersTheStudysBestRecipe() {
    FineTuneWizard w(dir_.filePath("first.alfee"));
    auto* settings = page<SettingsPage>(&w, FineTuneWizard::kSettings);
    QCOMPARE(settings->recipe()->currentText(),
             QStringLiteral("Hybrid probe: frozen encoder and band power, aligned and centred per "
                            "subject"));
    QVERIFY(settings->validatePage());  // the page's settings into the run's options
    const core::FineTuneOptions options = w.options();
    QCOMPARE(options.freeze, QStringLiteral("encoder"));
    QCOMPARE(options.align, QStringLiteral("euclidean"));
    QVERIFY(options.withBandPower && options.subjectCentring);
    QVERIFY(!settings->epochs()->isEnabled());  // a probe has no epochs to set
    QVERIFY2(settings->name()->text().startsWith("hybrid probe"),
             qPrintable(settings->name()->text()));
    // The review and its command say what a probe is, without epochs or a learning rate.
    auto* review = page<ReviewPage>(&w, FineTuneWizard::kReview);
    review->initializePage();
    QString text = review->text()->toPlainText();
    QVERIFY2(text.contains("no epochs or learning rate"), qPrintable(text));
    QVERIFY2(text.contains("--freeze encoder") && text.contains("--with-band-power"),
             qPrintable(text));
    QVERIFY2(!text.contains("--epochs") && !text.contains("--lr "), qPrintable(text));
    // Whole-model fine-tuning: its name follows the recipe until the user types one.
    settings->recipe()->setCurrentIndex(0);
    QVERIFY(settings->epochs()->isEnabled());
    QVERIFY2(settings->name()->text().startsWith("fine-tune"),
             qPrintable(settings->name()->text()));
    QVERIFY(settings->validatePage());
    review->initializePage();
    text = review->text()->toPlainText();
    QVERIFY2(text.contains("--epochs 8") && text.contains("--lr 0.0005"), qPrintable(text));
    settings->name()->setText("my run");
    settings->recipe()->setCurrentIndex(3);
    QCOMPARE(settings->name()->text(), QStringLiteral("my run"));
}

void TestWizard::endToEndStartsARunThatTheDashboardShows() {
    const QString workspace = dir_.filePath("lab.alfee");
    QString error;
    RunsDashboard dashboard;
    QVERIFY(onNewWorkspace(dashboard, workspace));
    dashboard.resize(1100, 700);
    dashboard.show();
    FineTuneWizard* w = dashboard.openWizard();
    fillDataPage(w);
    QVERIFY(w->currentPage()->isComplete());
    w->next();
    auto* channels = page<ChannelsPage>(w, FineTuneWizard::kChannels);
    QTRY_VERIFY_WITH_TIMEOUT(!channels->reading() && w->draft().previewed, 120000);
    QCOMPARE(channels->recordings()->topLevelItemCount(), 16);  // S001R04 matches no class
    QVERIFY(!channels->isComplete());                           // not before the user confirms
    channels->confirmation()->setChecked(true);
    w->next();
    auto* labels = page<LabelsPage>(w, FineTuneWizard::kLabels);
    QCOMPARE(labels->balance()->rowCount(), 2);
    QCOMPARE(labels->balance()->item(0, 0)->text(), kRest);
    QCOMPARE(labels->balance()->item(0, 1)->text(), QStringLiteral("48"));
    w->next();
    auto* split = page<SplitPage>(w, FineTuneWizard::kSplit);
    QCOMPARE(split->subjects()->count(), 8);
    split->subjects()->item(6)->setCheckState(Qt::Checked);  // Subject06
    split->subjects()->item(7)->setCheckState(Qt::Checked);
    QVERIFY2(split->summary()->text().contains("test: 2 subject(s), 24 window(s)"),
             qPrintable(split->summary()->text()));
    w->next();
    QVERIFY(page<StartPage>(w, FineTuneWizard::kStart)->bundled()->isChecked());
    w->next();
    auto* settings = page<SettingsPage>(w, FineTuneWizard::kSettings);
    // The whole model, whose report draws the model's reconstruction and attention.
    settings->recipe()->setCurrentIndex(0);
    QCOMPARE(settings->recipe()->currentText(), QStringLiteral("Fine-tune the whole model"));
    settings->epochs()->setValue(1);
    settings->name()->setText("wizard run");
    QSignalSpy estimated(settings, &SettingsPage::estimateReady);
    settings->estimate();
    QVERIFY(estimated.wait(300000));
    QVERIFY(estimated.front().front().toDouble() > 0);
    w->next();
    const QString review = page<ReviewPage>(w, FineTuneWizard::kReview)->text()->toPlainText();
    QVERIFY2(review.contains("alfee finetune --data"), qPrintable(review));
    QVERIFY(review.contains("--test-subjects Subject06,Subject07"));
    QVERIFY2(review.contains("--name 'wizard run'"), qPrintable(review));  // was --name ''
    // Nothing was written to the workspace by the preview or the timing.
    QCOMPARE(rowsOf(workspace, "runs"), 0);
    QCOMPARE(rowsOf(workspace, "recordings"), 0);
    QSignalSpy done(dashboard.jobs(), &JobController::finished);
    QElapsedTimer took;
    took.start();
    w->accept();
    QTRY_VERIFY_WITH_TIMEOUT(dashboard.model()->rowCount() > 0, 60000);  // shows at once
    // The band-power baseline on the same split first (the wizard's default), then the model.
    QTRY_VERIFY_WITH_TIMEOUT(done.size() == 2, 600000);
    // For the record (a figure, not a bound: timings belong in benchmarks).
    qInfo("run-time estimate %.1f s, the run took %.1f s", estimated.front().front().toDouble(),
          took.elapsed() / 1000.0);
    QCOMPARE(done[0][0].toString(), run_status::kFinished);
    QCOMPARE(done[1][0].toString(), run_status::kFinished);
    auto ws = Workspace::open(workspace, &error);
    const QVector<RunRecord> runs = RunRegistry(*ws).list(&error);  // newest first
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs[1].kind, QStringLiteral("baseline"));
    QCOMPARE(runs.front().config["baseline_runs"].toArray(), QJsonArray{runs[1].id});
    QCOMPARE(runs.front().name, QStringLiteral("wizard run"));
    QVERIFY(!runs.front().config["scratch"].toBool());  // the bundled checkpoint
    QCOMPARE(runs.front().config["spec"]["split"]["test_subjects"].toArray().size(), 2);
    dashboard.refresh();
    QVERIFY(dashboard.model()->indexOfRun(runs.front().id).isValid());
    double accuracy = -1;
    for (const QJsonValue& r : RunRegistry(*ws).results(runs.front().id, &error))
        if (r["split"] == "test" && !r.toObject().contains("subject"))
            accuracy = r["balanced_accuracy"].toDouble();
    QVERIFY(accuracy >= 0);
    if (QStandardPaths::findExecutable("pdftotext").isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF is not read back");
    const QString pdf = dir_.filePath("wizard run.pdf");
    QSignalSpy written(&dashboard, &RunsDashboard::reportWritten);
    QVERIFY2(dashboard.exportReport(runs.front().id, pdf, &error), qPrintable(error));
    QVERIFY(written.wait(120000));
    const QString text = pdfText(pdf);
    QVERIFY(QFileInfo(pdf).size() > 10000);
    QVERIFY2(text.contains(QString::number(accuracy, 'g', 4)), qPrintable(text.left(600)));
    QVERIFY(text.contains(kRest) && text.contains(kTask));
    QVERIFY(text.contains("Example reconstruction") && text.contains("Attention maps"));
    QVERIFY2(
        text.contains(QStringLiteral("band-power baseline on the same windows and split: run %1")
                          .arg(runs[1].id)),
        qPrintable(text.left(1200)));
}

// The wizard forgot its settings between runs: the next one offers the last recipe (not its
// name, which is the run's own).
void TestWizard::theNextWizardOffersTheLastRecipe() {
    FineTuneWizard w(dir_.filePath("next.alfee"));
    auto* settings = page<SettingsPage>(&w, FineTuneWizard::kSettings);
    QCOMPARE(settings->epochs()->value(), 1);  // the last run's, not the table's default 8
    QCOMPARE(settings->recipe()->currentText(), QStringLiteral("Fine-tune the whole model"));
    QVERIFY(settings->withBaseline()->isChecked());
    QCOMPARE(settings->name()->text(), QStringLiteral("fine-tune"));  // the recipe's, no data yet
}

void TestWizard::cancelLeavesTheWorkspaceAsItWas() {
    QTemporaryDir dir;
    const QString workspace = dir.filePath("untouched.alfee");
    QString error;
    QVERIFY(Workspace::create(workspace, &error));
    const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    RunsDashboard dashboard;
    dashboard.setWorkspace(workspace);
    FineTuneWizard* w = dashboard.openWizard();
    const QString scratch = w->draft().scratch.path();
    QVERIFY(QDir(scratch).exists());
    fillDataPage(w);
    w->next();
    auto* channels = page<ChannelsPage>(w, FineTuneWizard::kChannels);
    QTRY_VERIFY_WITH_TIMEOUT(!channels->reading(), 120000);
    QVERIFY(QFileInfo::exists(scratch + "/preview.alfee"));  // the preview read a copy
    QPointer<FineTuneWizard> alive(w);
    w->reject();
    QTRY_VERIFY(alive.isNull());  // closed and deleted
    QVERIFY(!QDir(scratch).exists());
    QCOMPARE(rowsOf(workspace, "recordings"), 0);
    QCOMPARE(rowsOf(workspace, "runs"), 0);
    dashboard.setWorkspace({});
    QStringList after = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    after.removeAll("untouched.alfee-shm"), after.removeAll("untouched.alfee-wal");
    QCOMPARE(after, before);
}

// LoRA adapters on a model from scratch (random weights that stay) is what the CLI refuses: the
// review says why in red and Start stays off until Back changes it; the job refuses it too.
void TestWizard::refusedSettingsStopAtTheReview() {
    const QString workspace = dir_.filePath("refused.alfee");
    RunsDashboard dashboard;
    QVERIFY(onNewWorkspace(dashboard, workspace));
    FineTuneWizard* w = wizardAtStartPage(dashboard);
    QVERIFY(w);
    page<StartPage>(w, FineTuneWizard::kStart)->scratch()->setChecked(true);
    w->next();
    auto* settings = page<SettingsPage>(w, FineTuneWizard::kSettings);
    settings->recipe()->setCurrentIndex(
        settings->recipe()->findText("Fine-tune LoRA", Qt::MatchStartsWith));
    w->next();
    auto* review = page<ReviewPage>(w, FineTuneWizard::kReview);
    QVERIFY(!review->problem()->isHidden());
    QVERIFY2(review->problem()->text().contains("--lora-rank adapts a pretrained encoder"),
             qPrintable(review->problem()->text()));
    QVERIFY(!w->button(QWizard::FinishButton)->isEnabled());
    FineTuneJob job(w->options());
    job.start();
    QCOMPARE(job.status(), run_status::kFailed);
    QVERIFY2(job.message().contains("--lora-rank adapts a pretrained encoder"),
             qPrintable(job.message()));
    w->back(), w->back();
    page<StartPage>(w, FineTuneWizard::kStart)->bundled()->setChecked(true);
    w->next(), w->next();
    QVERIFY(review->problem()->isHidden());
    QVERIFY(w->button(QWizard::FinishButton)->isEnabled());
    w->reject();
}

// The recipe of issue 33 from the wizard, and "compare with the band-power baseline over K
// folds" on the review page: the hybrid probe, aligned and centred, runs as a study against
// band power aligned and centred alike (K folds x the two arms, each an ordinary run of the
// study); the settings page says a probe has no steps to time; the review says what the
// features used.
void TestWizard::comparisonOverFoldsRunsAStudy() {
    const QString workspace = dir_.filePath("study.alfee");
    QString error;
    RunsDashboard dashboard;
    QVERIFY(onNewWorkspace(dashboard, workspace));
    FineTuneWizard* w = wizardAtStartPage(dashboard);
    QVERIFY(w);
    w->next();
    auto* settings = page<SettingsPage>(w, FineTuneWizard::kSettings);
    settings->recipe()->setCurrentIndex(
        settings->recipe()->findText("Hybrid probe", Qt::MatchStartsWith));
    settings->estimate();
    QVERIFY(settings->estimateText()->text().contains("no training steps"));
    w->next();
    auto* review = page<ReviewPage>(w, FineTuneWizard::kReview);
    const QString text = review->text()->toPlainText();
    QVERIFY2(text.contains("Hybrid probe") && text.contains("unlabelled windows") &&
                 text.contains("--freeze encoder --subject-centring --with-band-power"),
             qPrintable(text));
    review->compare()->setChecked(true);
    review->folds()->setValue(2);
    QSignalSpy done(dashboard.jobs(), &JobController::finished);
    w->accept();
    QTRY_VERIFY_WITH_TIMEOUT(done.size() == 4, 900000);
    for (int i = 0; i < 4; ++i) QCOMPARE(done[i][0].toString(), run_status::kFinished);
    auto ws = Workspace::open(workspace, &error);
    const QVector<StudyRecord> studies = StudyStore(*ws).list(&error);
    QCOMPARE(studies.size(), 1);
    QCOMPARE(studies[0].cells.size(), 4);
    for (const StudyCell& c : studies[0].cells) {
        const auto run = RunRegistry(*ws).find(QString::number(c.run), &error);
        QVERIFY2(run, qPrintable(error));
        QVERIFY(run->name.startsWith("study 1 " + c.arm));
        QCOMPARE(run->kind,
                 c.arm == "model" ? QStringLiteral("finetune") : QStringLiteral("baseline"));
        QCOMPARE(run->config["align"].toString(), QStringLiteral("euclidean"));
        QVERIFY(run->config["subject_centring"].toBool());
        if (c.arm == "model") {
            QCOMPARE(run->config["freeze"].toString(), QStringLiteral("encoder"));
            QVERIFY(run->config["with_band_power"].toBool());
            QVERIFY(QFileInfo::exists(RunRegistry(*ws).runFolder(run->id) + "/probe-model.json"));
        }
    }
}

// Ticking adaptation makes a pretraining run on the same recordings from the bundled
// checkpoint; the fine-tuning run then starts from the adapted weights.
void TestWizard::adaptationRunsBeforeFineTuning() {
    const QString workspace = dir_.filePath("adapt.alfee");
    QString error;
    RunsDashboard dashboard;
    QVERIFY(onNewWorkspace(dashboard, workspace));
    FineTuneWizard* w = wizardAtStartPage(dashboard);
    QVERIFY(w);
    auto* start = page<StartPage>(w, FineTuneWizard::kStart);
    start->adapt()->setChecked(true);
    start->adaptSteps()->setValue(3);
    w->next();
    auto* settings = page<SettingsPage>(w, FineTuneWizard::kSettings);
    settings->recipe()->setCurrentIndex(0);  // the whole model, adapted first
    settings->epochs()->setValue(1);
    settings->batch()->setValue(4);  // small steps: this test is about the order of the runs
    settings->name()->setText("adapted");
    w->next();
    QVERIFY(
        page<ReviewPage>(w, FineTuneWizard::kReview)->text()->toPlainText().contains("3 steps"));
    QSignalSpy done(dashboard.jobs(), &JobController::finished);
    w->accept();
    // The band-power baseline, the adaptation, then fine-tuning.
    QTRY_VERIFY_WITH_TIMEOUT(done.size() == 3, 900000);
    for (int i = 0; i < 3; ++i) QCOMPARE(done[i][0].toString(), run_status::kFinished);
    auto ws = Workspace::open(workspace, &error);
    const QVector<RunRecord> runs = RunRegistry(*ws).list(&error);  // newest first
    QCOMPARE(runs.size(), 3);
    QCOMPARE(runs[2].kind, QStringLiteral("baseline"));
    QCOMPARE(runs[1].kind, QStringLiteral("pretrain"));
    QCOMPARE(runs[1].name, QStringLiteral("adapted (adaptation)"));
    QCOMPARE(runs[1].config["from"].toString(), bundledCheckpoint());
    QCOMPARE(runs[0].kind, QStringLiteral("finetune"));
    QCOMPARE(runs[0].config["adapted_checkpoint"].toString(),
             RunRegistry(*ws).runFolder(runs[1].id) + "/pretrained.alfee-ckpt");
    QCOMPARE(runs[0].config["adapt_steps"].toInteger(), 3);
}

// A class with no window let Next through, and Next was disabled on the split page without a
// word of why.
void TestWizard::pagesSayWhyNextIsDisabled() {
    const QString workspace = dir_.filePath("why.alfee");
    RunsDashboard dashboard;
    QVERIFY(onNewWorkspace(dashboard, workspace));
    FineTuneWizard* w = dashboard.openWizard();
    fillDataPage(w);
    auto* data = page<DataPage>(w, FineTuneWizard::kData);
    data->classes()->setItem(2, 0, new QTableWidgetItem("never"));
    data->classes()->setItem(2, 1, new QTableWidgetItem("_9$"));
    w->next();
    auto* channels = page<ChannelsPage>(w, FineTuneWizard::kChannels);
    QTRY_VERIFY_WITH_TIMEOUT(!channels->reading() && w->draft().previewed, 120000);
    channels->confirmation()->setChecked(true);
    w->next();
    auto* labels = page<LabelsPage>(w, FineTuneWizard::kLabels);
    QCOMPARE(w->currentPage(), labels);
    QVERIFY(!labels->isComplete());
    QVERIFY2(labels->notes()->text().contains("No window for never"),
             qPrintable(labels->notes()->text()));
    w->reject();
    w = dashboard.openWizard();
    fillDataPage(w);
    w->next();
    channels = page<ChannelsPage>(w, FineTuneWizard::kChannels);
    QTRY_VERIFY_WITH_TIMEOUT(!channels->reading() && w->draft().previewed, 120000);
    channels->confirmation()->setChecked(true);
    w->next();
    QVERIFY(page<LabelsPage>(w, FineTuneWizard::kLabels)->isComplete());
    w->next();
    auto* split = page<SplitPage>(w, FineTuneWizard::kSplit);
    QVERIFY(split->subTitle().contains("Tick the subjects"));
    for (int i = 0; i < split->subjects()->count(); ++i)
        split->subjects()->item(i)->setCheckState(Qt::Checked);
    QVERIFY(!split->isComplete());
    QVERIFY2(split->summary()->text().contains("No subject is left for training"),
             qPrintable(split->summary()->text()));
    split->subjects()->item(0)->setCheckState(Qt::Unchecked);
    split->subjects()->item(1)->setCheckState(Qt::Unchecked);
    QVERIFY(split->isComplete());
    w->reject();
}

// BCI IV 2b's B0101T..B0103T are one person's sessions; the guess made each a subject and said
// nothing before the split. The data page shows the subjects and offers the grouping pattern.
void TestWizard::dataPageShowsGuessedSubjectsAndGroupsSessions() {
    QTemporaryDir files;
    for (const char* name : {"B0101T", "B0102T", "B0103T", "B0201T", "B0202T", "B0203T"})
        QVERIFY(QFile::copy(demoRecordingsDir() + "/Subject00_1.edf",
                            files.filePath(QString::fromLatin1(name) + ".edf")));
    FineTuneWizard w(dir_.filePath("guess.alfee"));
    auto* data = page<DataPage>(&w, FineTuneWizard::kData);
    data->filesChoice()->setChecked(true);
    data->addPath(files.path());
    QVERIFY2(data->subjectNote()->text().contains("6 file(s) of 6 subject(s)") &&
                 data->subjectNote()->text().contains("finds 2 subjects of 3 files each"),
             qPrintable(data->subjectNote()->text()));
    QVERIFY(!data->groupSessions()->isHidden());
    data->groupSessions()->click();
    QCOMPARE(data->subjectPattern()->text(), QStringLiteral("^([A-Za-z]*\\d{2})"));
    QVERIFY2(data->subjectNote()->text().startsWith("6 file(s) of 2 subject(s): B01, B02"),
             qPrintable(data->subjectNote()->text()));
    QVERIFY(data->groupSessions()->isHidden());
}

QTEST_MAIN(TestWizard)
#include "test_wizard.moc"
