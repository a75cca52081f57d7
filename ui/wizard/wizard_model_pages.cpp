// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/wizard_model_pages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>
#include <algorithm>

#include "core/engine/display_names.h"
#include "core/engine/run_registry.h"
#include "core/modeling/finetune_job.h"
#include "core/modeling/finetune_plan.h"
#include "core/modeling/pretrain_job.h"
#include "core/report/reproducing_command.h"
#include "ui/common/job_controller.h"
#include "ui/wizard/finetune_draft.h"
#include "ui/wizard/option_spin_boxes.h"

namespace alfee::ui {
namespace {

// LibTorch's first steps allocate and choose kernels: timing them (wave 2 timed steps 2-4) said
// 5 minutes for a run that took 2. The median of the next steps' intervals is the step time.
constexpr int kWarmupSteps = 2;
constexpr int kTimedSteps = 5;
// What the adaptation box offers once ticked (the option's default, 0, is no adaptation).
constexpr int kSuggestedAdaptSteps = 200;

QString duration(double seconds) {
    if (seconds < 90) return QObject::tr("%1 s").arg(seconds, 0, 'f', 0);
    if (seconds < 5400) return QObject::tr("%1 min").arg(seconds / 60, 0, 'f', 0);
    return QObject::tr("%1 h").arg(seconds / 3600, 0, 'f', 1);
}

int windowsIn(const core::TrainingData& data, const QString& split) {
    return int(data.indicesOf(split).size());
}

// What a run-time measurement depends on: the options less the names and the baseline (not timed).
QJsonObject timedPart(core::FineTuneOptions o) {
    o.name.clear(), o.experiment.clear(), o.withBaseline = false;
    return o.toJson();
}

// The recipes the wizard offers (issue 33): how much of the model trains, and what the
// features see. Each is a set of fine-tuning options; the CLI has every one of them.
struct WizardRecipe {
    const char* label;
    QString freeze, align;
    bool withBandPower, centring;
    int probeEpochs;
    int loraRank = 0;
    const char* runName = QT_TRANSLATE_NOOP("SettingsPage", "fine-tune");  // a new run's name
};

const QVector<WizardRecipe>& wizardRecipes() {
    static const QVector<WizardRecipe> recipes = {
        {QT_TRANSLATE_NOOP("SettingsPage", "Fine-tune the whole model"), "none", "none", false,
         false, 0},
        {QT_TRANSLATE_NOOP("SettingsPage", "Fine-tune, the task head alone for the first 3 epochs"),
         "none", "none", false, false, 3},
        {QT_TRANSLATE_NOOP("SettingsPage",
                           "Fine-tune LoRA adapters of rank 8 on the attention, the checkpoint's "
                           "weights kept"),
         "none", "none", false, false, 0, 8, QT_TRANSLATE_NOOP("SettingsPage", "LoRA")},
        {QT_TRANSLATE_NOOP("SettingsPage",
                           "Linear probe: the frozen encoder's features, computed once"),
         "encoder", "none", false, false, 0, 0, QT_TRANSLATE_NOOP("SettingsPage", "probe")},
        {QT_TRANSLATE_NOOP("SettingsPage",
                           "Hybrid probe: frozen encoder and band power, aligned and centred per "
                           "subject"),
         "encoder", "euclidean", true, true, 0, 0,
         QT_TRANSLATE_NOOP("SettingsPage", "hybrid probe")},
    };
    return recipes;
}

// The recipe a first wizard offers: the hybrid probe, the best arm of the Workload study
// (bench/README.md, "combination": above whole-model fine-tuning, aligned or not, and above band
// power aligned and centred on AUROC). A wizard that ran before offers its last recipe instead.
constexpr int kDefaultRecipe = 4;

// The wizard's recipe of `o`; the first (whole model) for options it does not offer.
int recipeIndexOf(const core::FineTuneOptions& o) {
    const QVector<WizardRecipe>& recipes = wizardRecipes();
    for (int i = 0; i < recipes.size(); ++i) {
        const WizardRecipe& r = recipes[i];
        if (r.freeze == o.freeze && r.align == o.align && r.withBandPower == o.withBandPower &&
            r.centring == o.subjectCentring && r.probeEpochs == o.probeEpochs &&
            r.loraRank == o.loraRank)
            return i;
    }
    return 0;
}

}  // namespace

StartPage::StartPage(FineTuneDraft& draft, QWidget* parent) : QWizardPage(parent), draft_(draft) {
    setTitle(tr("Starting point"));
    setSubTitle(
        tr("Fine-tuning from pretrained weights usually needs less data than training "
           "from scratch."));
    const QString shipped = core::bundledCheckpoint();
    bundled_ = new QRadioButton(tr("The bundled pretrained ALFEE-tiny"), this);
    bundled_->setEnabled(!shipped.isEmpty());
    bundled_->setToolTip(shipped.isEmpty() ? tr("This installation ships no checkpoint") : shipped);
    other_ = new QRadioButton(tr("Another checkpoint"), this);
    checkpoint_ = new QLineEdit(this);
    auto* browse = new QPushButton(tr("Browse..."), this);
    scratch_ = new QRadioButton(tr("From scratch, a new model of size"), this);
    size_ = new QComboBox(this);
    size_->addItems({"tiny", "S", "M", "B", "L", "XL"});
    auto* otherRow = new QHBoxLayout;
    otherRow->addWidget(checkpoint_, 1), otherRow->addWidget(browse);
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(scratch_), sizeRow->addWidget(size_), sizeRow->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(bundled_);
    layout->addWidget(other_);
    layout->addLayout(otherRow);
    layout->addLayout(sizeRow);
    // Short: a check box does not wrap; the note below says what adaptation is.
    adapt_ = new QCheckBox(tr("Adapt the checkpoint to these recordings first, for"), this);
    adaptSteps_ = optionSpinBox(fineTuneOption("adapt-steps"), this);
    adaptSteps_->setMinimum(1), adaptSteps_->setValue(kSuggestedAdaptSteps),
        adaptSteps_->setSuffix(tr(" steps"));
    adaptOn_ = new QComboBox(this);
    adaptOn_->addItem(tr("on the training and validation subjects"), "training");
    adaptOn_->addItem(tr("on every subject, the test subjects' included"), "all");
    adaptOn_->setToolTip(optionToolTip(fineTuneOption("adapt-on")));
    auto* adaptRow = new QHBoxLayout;
    adaptRow->addWidget(adapt_), adaptRow->addWidget(adaptSteps_), adaptRow->addStretch();
    layout->addLayout(adaptRow);
    auto* onRow = new QHBoxLayout;
    onRow->addSpacing(24), onRow->addWidget(adaptOn_), onRow->addStretch();
    layout->addLayout(onRow);
    auto* note = new QLabel(tr("Adaptation is a pretraining run of its own on the windows this "
                               "run fine-tunes on (their labels are never read); fine-tuning "
                               "then starts from its weights. Including the test subjects "
                               "adapts to them too: say so when you report the result."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto enableAdaptation = [this] {
        const bool can = !scratch_->isChecked();
        adapt_->setEnabled(can);
        adaptSteps_->setEnabled(can && adapt_->isChecked());
        adaptOn_->setEnabled(can && adapt_->isChecked());
    };
    connect(scratch_, &QRadioButton::toggled, this, enableAdaptation);
    connect(adapt_, &QCheckBox::toggled, this, enableAdaptation);
    enableAdaptation();
    layout->addStretch();
    (shipped.isEmpty() ? scratch_ : bundled_)->setChecked(true);
    for (QRadioButton* b : {bundled_, other_, scratch_})
        connect(b, &QRadioButton::toggled, this, &StartPage::completeChanged);
    connect(checkpoint_, &QLineEdit::textChanged, this, &StartPage::completeChanged);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Start from a checkpoint"), {},
                                                       tr("ALFEE checkpoints (*.alfee-ckpt)"));
        if (!f.isEmpty()) checkpoint_->setText(f), other_->setChecked(true);
    });
}

bool StartPage::isComplete() const {
    return !other_->isChecked() || QFileInfo(checkpoint_->text()).isFile();
}

bool StartPage::validatePage() {
    core::FineTuneOptions& o = draft_.options;
    o.scratch = scratch_->isChecked();
    o.from = other_->isChecked() ? checkpoint_->text() : QString();
    o.size = size_->currentText();
    o.adaptSteps = adapt_->isChecked() && !o.scratch ? adaptSteps_->value() : 0;
    o.adaptOn = adaptOn_->currentData().toString();
    return true;
}

void StartPage::restore(const core::FineTuneOptions& last) {
    if (last.scratch)
        scratch_->setChecked(true);
    else if (!last.from.isEmpty() && QFileInfo(last.from).isFile())
        checkpoint_->setText(last.from), other_->setChecked(true);
    size_->setCurrentText(last.size);
    adapt_->setChecked(last.adaptSteps > 0);
    if (last.adaptSteps > 0) adaptSteps_->setValue(last.adaptSteps);
    adaptOn_->setCurrentIndex(std::max(0, adaptOn_->findData(last.adaptOn)));
}

SettingsPage::SettingsPage(FineTuneDraft& draft, QWidget* parent)
    : QWizardPage(parent), draft_(draft) {
    setTitle(tr("Settings"));
    setSubTitle(
        tr("The defaults work for most lab datasets. Measure the run time before "
           "starting a long run."));
    epochs_ = optionSpinBox(fineTuneOption("epochs"), this);
    lr_ = optionSpinBox(fineTuneOption("lr"), 6, this);
    lr_->setSingleStep(1e-4);
    batch_ = optionSpinBox(fineTuneOption("batch"), this);
    device_ = new QComboBox(this);
    device_->addItem(tr("GPU where there is one"), "auto");
    device_->addItem(tr("CPU"), "cpu");
    device_->addItem(tr("GPU (CUDA)"), "cuda");
    threads_ = optionSpinBox(fineTuneOption("threads"), this);
    threads_->setSpecialValueText(tr("all (%1)").arg(QThread::idealThreadCount()));
    seed_ = optionSpinBox(fineTuneOption("seed"), this);
    name_ = new QLineEdit(this);
    experiment_ = new QLineEdit(this);
    experiment_->setPlaceholderText(tr("groups runs in the dashboard"));
    withBaseline_ = new QCheckBox(tr("Also fit the band-power baseline on the same split"), this);
    withBaseline_->setChecked(true);
    withBaseline_->setToolTip(optionToolTip(fineTuneOption("with-baseline")));
    recipe_ = new QComboBox(this);
    for (const WizardRecipe& r : wizardRecipes()) recipe_->addItem(tr(r.label));
    recipe_->setCurrentIndex(kDefaultRecipe);
    recipe_->setToolTip(
        tr("On the Workload study (bench/README.md) the probes beat whole-model fine-tuning; "
           "aligned and centred band power is as good as the hybrid on balanced accuracy. "
           "Alignment and centring use each test subject's unlabelled windows."));
    measure_ = new QPushButton(tr("Measure the run time"), this);
    estimate_ = new QLabel(tr("Not measured yet."), this);
    estimate_->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Recipe"), recipe_);
    form->addRow(tr("Epochs"), epochs_);
    form->addRow(tr("Learning rate"), lr_);
    form->addRow(tr("Batch"), batch_);
    form->addRow(tr("Device"), device_);
    form->addRow(tr("Threads"), threads_);
    form->addRow(tr("Seed"), seed_);
    form->addRow(tr("Run name"), name_);
    form->addRow(tr("Experiment"), experiment_);
    form->addRow(tr("Reference"), withBaseline_);
    form->addRow(measure_, estimate_);
    timing_ = new JobController(this);
    connect(measure_, &QPushButton::clicked, this, &SettingsPage::estimate);
    connect(timing_, &JobController::progress, this, &SettingsPage::onProgress);
    connect(timing_, &JobController::finished, this, &SettingsPage::onTimingEnded);
    for (QSpinBox* box : {epochs_, batch_, threads_, seed_})
        connect(box, &QSpinBox::valueChanged, this, &SettingsPage::checkEstimate);
    connect(lr_, &QDoubleSpinBox::valueChanged, this, &SettingsPage::checkEstimate);
    connect(device_, &QComboBox::currentIndexChanged, this, &SettingsPage::checkEstimate);
    connect(recipe_, &QComboBox::currentIndexChanged, this, &SettingsPage::checkEstimate);
    connect(recipe_, &QComboBox::currentIndexChanged, this, &SettingsPage::showRecipeFields);
    showRecipeFields();
}

// A probe fits a logistic regression on features computed once: no epochs, no learning rate.
void SettingsPage::showRecipeFields() {
    const bool trains = wizardRecipes()[std::max(0, recipe_->currentIndex())].freeze != "encoder";
    epochs_->setEnabled(trains), lr_->setEnabled(trains);
    suggestName();
}

// The run's name says its recipe and data ("hybrid probe lab-data") until the user types one.
void SettingsPage::suggestName() {
    if (!name_->text().isEmpty() && name_->text() != suggestedName_) return;
    const core::FineTuneOptions& o = draft_.options;
    const QString data =
        o.datasets.isEmpty() ? QFileInfo(o.dataPaths.value(0)).fileName() : o.datasets.front();
    const char* recipe = wizardRecipes()[std::max(0, recipe_->currentIndex())].runName;
    suggestedName_ = (tr(recipe) + " " + data).trimmed();
    name_->setText(suggestedName_);
}

// A measured run time holds for the options it was measured with: another recipe (this page's
// or an earlier page's, such as the adaptation steps) is measured again.
void SettingsPage::checkEstimate() {
    if (draft_.estimate.isEmpty()) return;
    core::FineTuneOptions now = draft_.options;
    applyTo(now);
    if (timedPart(now) == measuredFor_) return;
    draft_.estimate.clear();
    estimate_->setText(tr("The settings changed since the last measurement: measure again."));
}

void SettingsPage::onTimingEnded(const QString& status, const QString& message) {
    if (pendingAdaptation_) {
        pendingAdaptation_ = false;
        return startTiming(std::make_unique<core::PretrainJob>(adaptation_));
    }
    if (status == core::run_status::kFailed) {
        measure_->setEnabled(true);
        estimate_->setText(tr("Could not time it: %1").arg(message));
    }
    // A run shorter than the timing: it ran whole, and took this long.
    if (status == core::run_status::kFinished && !estimated_) {
        estimated_ = true;
        const double took = clock_.elapsed() / 1000.0 - stageStart_;
        if (fineTuning_ < 0 && !adaptation_.adaptationOf.isEmpty()) {
            fineTuning_ = took, fineTuneText_ = tr("the whole fine-tuning was timed");
            return startTiming(std::make_unique<core::PretrainJob>(adaptation_));
        }
        finish(std::max(0.0, fineTuning_) + took, tr("the whole run was timed"));
    }
    if (status == core::run_status::kCancelled && !estimated_) measure_->setEnabled(true);
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::initializePage() {
    checkEstimate();
    suggestName();
}

void SettingsPage::restore(const core::FineTuneOptions& last) {
    epochs_->setValue(last.epochs), lr_->setValue(last.lr), batch_->setValue(last.batch);
    device_->setCurrentIndex(std::max(0, device_->findData(last.device)));
    threads_->setValue(last.threads), seed_->setValue(int(last.seed));
    experiment_->setText(last.experiment);
    withBaseline_->setChecked(last.withBaseline);
    recipe_->setCurrentIndex(recipeIndexOf(last));
}

void SettingsPage::applyTo(core::FineTuneOptions& o) const {
    o.epochs = epochs_->value(), o.lr = lr_->value(), o.batch = batch_->value();
    o.device = device_->currentData().toString(), o.threads = threads_->value();
    o.seed = quint64(seed_->value());
    o.name = name_->text(), o.experiment = experiment_->text();
    o.withBaseline = withBaseline_->isChecked();
    const WizardRecipe& r = wizardRecipes()[std::max(0, recipe_->currentIndex())];
    o.freeze = r.freeze, o.align = r.align, o.withBandPower = r.withBandPower;
    o.subjectCentring = r.centring, o.probeEpochs = r.probeEpochs, o.loraRank = r.loraRank;
}

bool SettingsPage::validatePage() {
    stopTiming();
    applyTo(draft_.options);
    checkEstimate();
    return true;
}

void SettingsPage::cleanupPage() {
    stopTiming();
}

void SettingsPage::stopTiming() {
    pendingAdaptation_ = false;  // leaving the page: the adaptation is not timed after all
    timing_->cancel();
}

void SettingsPage::estimate() {
    if (timing_->busy()) return;
    applyTo(draft_.options);
    core::FineTuneOptions o = draft_.options;
    measuredFor_ = timedPart(o);
    // The copy the preview read (files already imported there); runs and checkpoints of the
    // timing stay in the scratch folder.
    o.workspace = QDir(draft_.scratch.path()).filePath("preview.alfee");
    o.name = "timing", o.experiment.clear();
    o.withBaseline = false;    // it takes seconds
    if (o.fitsLinearHead()) {  // a probe has no training steps to time
        estimate_->setText(
            tr("A probe has no training steps: it reads and encodes each window "
               "once, about as long as preparing the data."));
        draft_.estimate = estimate_->text();
        return;
    }
    adaptation_ = o.adaptSteps > 0 ? core::adaptationOf(o) : core::PretrainOptions();
    o.adaptSteps = 0;  // the adaptation is a run of its own, timed after this one
    fineTuning_ = -1;
    draft_.estimate.clear();
    clock_.start();
    measure_->setEnabled(false);
    startTiming(std::make_unique<core::FineTuneJob>(o));
}

void SettingsPage::startTiming(std::unique_ptr<core::Job> job) {
    preparedAt_ = -1, lastStep_ = -1, estimated_ = false;
    stepAt_.clear();
    stageStart_ = clock_.elapsed() / 1000.0;
    estimate_->setText(
        tr("Preparing the data and timing %1 steps...").arg(kWarmupSteps + kTimedSteps + 1));
    timing_->start(std::move(job));
}

// Seconds a step takes: the median interval after the warm-up steps (LibTorch's first steps
// allocate and choose kernels).
double SettingsPage::medianStep() const {
    QVector<double> intervals;
    for (int i = kWarmupSteps + 1; i < stepAt_.size(); ++i)
        intervals << stepAt_[i] - stepAt_[i - 1];
    std::sort(intervals.begin(), intervals.end());
    return intervals[intervals.size() / 2];
}

void SettingsPage::onProgress(const core::JobProgress& p) {
    if (estimated_) return;  // the timing run's last messages, after its cancel
    const double now = clock_.elapsed() / 1000.0 - stageStart_;
    const QString stage = fineTuning_ < 0 ? tr("the fine-tuning") : tr("the adaptation");
    if (p.phase != "training") {
        estimate_->setText(tr("Timing %1: %2 %3 of %4...")
                               .arg(stage, core::phaseDisplayName(p.phase))
                               .arg(p.done)
                               .arg(p.total));
        return;
    }
    if (stepAt_.isEmpty()) preparedAt_ = now;
    if (!stepAt_.isEmpty() && p.done <= lastStep_) return;  // the same step again
    stepAt_ << now, lastStep_ = p.done;
    if (stepAt_.size() < kWarmupSteps + kTimedSteps + 1) {
        estimate_->setText(tr("Timing %1: step %2 of %3...")
                               .arg(stage)
                               .arg(stepAt_.size())
                               .arg(kWarmupSteps + kTimedSteps + 1));
        return;
    }
    estimated_ = true;
    timing_->cancel();
    if (fineTuning_ < 0)
        fineTuned(medianStep(), p.total);
    else
        adapted(medianStep(), p.total);
}

// The fine-tuning's time; then the adaptation is timed, if there is one.
void SettingsPage::fineTuned(double perStep, qint64 steps) {
    const core::TrainingData& d = draft_.preview;
    const int batch = std::max(1, batch_->value()), epochs = std::max(1, epochs_->value());
    // Validation (each epoch) and test are forward passes only: about a third of a training
    // step a batch.
    auto seconds = [&](int ran) {
        const double evaluation =
            perStep / 3 * (ran * windowsIn(d, "validation") + windowsIn(d, "test")) / batch;
        return preparedAt_ + perStep * double(steps) * ran / epochs + evaluation;
    };
    // Early stopping ends a run whose validation score has not improved for `patience` epochs,
    // after epoch patience + 1 at the earliest: the full count is an upper bound, said as one.
    const int earliest = std::min(epochs, draft_.options.patience + 1);
    fineTuning_ = seconds(epochs);
    fineTuneText_ = tr("data preparation %1, then %2 s a step x %3 steps, and validation and "
                       "test")
                        .arg(duration(preparedAt_))
                        .arg(perStep, 0, 'f', 2)
                        .arg(steps);
    if (earliest < epochs)
        fineTuneText_ += tr("; early stopping (--patience %1) may end it after epoch %2 of %3, "
                            "in about %4")
                             .arg(draft_.options.patience)
                             .arg(earliest)
                             .arg(epochs)
                             .arg(duration(seconds(earliest)));
    if (adaptation_.adaptationOf.isEmpty()) return finish(fineTuning_, fineTuneText_);
    pendingAdaptation_ = true;  // started once the fine-tuning timing has stopped
}

void SettingsPage::adapted(double perStep, qint64 steps) {
    const double adaptation = preparedAt_ + perStep * steps;
    finish(fineTuning_ + adaptation,
           tr("adaptation %1 s a step x %2 steps (%3), then fine-tuning: %4")
               .arg(perStep, 0, 'f', 2)
               .arg(steps)
               .arg(duration(adaptation), fineTuneText_));
}

void SettingsPage::finish(double total, const QString& parts) {
    estimate_->setText(tr("At most about %1: %2.").arg(duration(total), parts));
    draft_.estimate = estimate_->text();
    measure_->setEnabled(true);
    checkEstimate();  // a setting changed while it was timed
    emit estimateReady(total);
}

ReviewPage::ReviewPage(FineTuneDraft& draft, QWidget* parent) : QWizardPage(parent), draft_(draft) {
    setTitle(tr("Review"));
    setSubTitle(tr("Start begins the run; it shows in the Runs tab at once."));
    text_ = new QPlainTextEdit(this);
    text_->setReadOnly(true);
    problem_ = new QLabel(this);
    problem_->setWordWrap(true);
    problem_->setStyleSheet("color: #c62828;");
    problem_->hide();
    // Short enough not to be cut off in a narrow wizard (a check box does not wrap its text).
    compare_ =
        new QCheckBox(tr("Compare with the band-power baseline over K subject-wise folds"), this);
    compare_->setToolTip(
        tr("A study: each fold's subjects are tested once, by both. Instead of one split, every "
           "fold runs these settings and the band-power baseline (aligned and centred as the "
           "model is); the Study window then shows both with 95% intervals and paired tests."));
    folds_ = new QSpinBox(this);
    folds_->setRange(2, 20);
    folds_->setValue(5);
    folds_->setPrefix(tr("K = "));
    folds_->setEnabled(false);
    connect(compare_, &QCheckBox::toggled, folds_, &QSpinBox::setEnabled);
    auto keep = [this] { draft_.compareFolds = compare_->isChecked() ? folds_->value() : 0; };
    connect(compare_, &QCheckBox::toggled, this, keep);
    connect(folds_, &QSpinBox::valueChanged, this, keep);
    auto* study = new QHBoxLayout;
    study->addWidget(compare_, 1);
    study->addWidget(folds_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text_);
    layout->addWidget(problem_);
    layout->addLayout(study);
    setButtonText(QWizard::FinishButton, tr("Start"));
}

bool ReviewPage::isComplete() const {
    return problem_->isHidden();
}

void ReviewPage::initializePage() {
    const core::FineTuneOptions& o = draft_.options;
    const core::TrainingData& d = draft_.preview;
    QStringList lines;
    lines << tr("Run: %1%2").arg(o.name, o.experiment.isEmpty() ? "" : " (" + o.experiment + ")");
    lines << tr("Data: %1, %2 recording(s), %3 window(s) of %4 s")
                 .arg(o.datasets.isEmpty() ? o.dataPaths.join(", ") : o.datasets.front())
                 .arg(d.recordings.size())
                 .arg(d.windows.size())
                 .arg(d.spec.windowSeconds);
    lines << tr("Classes: %1").arg(d.spec.classNames().join(", "));
    const QString tested = !o.datasets.isEmpty() ? tr("as the dataset splits them")
                           : o.spec.split.testSubjects.isEmpty()
                               ? tr("drawn by seed %1").arg(o.spec.split.seed)
                               : o.spec.split.testSubjects.join(", ");
    lines << tr("Test subjects: %1").arg(tested);
    lines << tr("Start: %1")
                 .arg(o.scratch ? tr("scratch (%1)").arg(o.size)
                                : (o.from.isEmpty() ? tr("bundled pretrained") : o.from));
    if (o.adaptSteps > 0)
        lines << (o.adaptOn == "all"
                      ? tr("Adaptation first: %1 steps of continued pretraining on the windows of "
                           "every subject, the test subjects' included (without labels)")
                      : tr("Adaptation first: %1 steps of continued pretraining on the windows of "
                           "the training and validation subjects"))
                     .arg(o.adaptSteps);
    lines << (o.withBaseline ? tr("Reference: the band-power baseline on the same split (a run "
                                  "of its own, shown beside the model's metrics)")
                             : tr("Reference: none (no band-power baseline on this split)"));
    lines << tr("Model: %1").arg(tr(wizardRecipes()[recipeIndexOf(o)].label));
    if (o.align != "none" || o.subjectCentring)
        lines << tr(
            "Alignment and centring use each test subject's unlabelled windows (as they "
            "would on a new subject); the report says so.");
    if (o.freeze == "encoder")
        lines << tr("Settings: a logistic regression (C = %1) on features computed once in "
                    "batches of %2, seed %3, device %4; no epochs or learning rate")
                     .arg(o.probeC)
                     .arg(o.batch)
                     .arg(o.seed)
                     .arg(o.device);
    else
        lines << tr("Settings: %1 epoch(s), batch %2, learning rate %3, seed %4, device %5")
                     .arg(o.epochs)
                     .arg(o.batch)
                     .arg(o.lr)
                     .arg(o.seed)
                     .arg(o.device);
    lines << tr("Run time: %1")
                 .arg(draft_.estimate.isEmpty() ? tr("not measured (Back to Settings to measure)")
                                                : draft_.estimate);
    core::RunRecord run;
    run.kind = "finetune", run.config = o.toJson();
    run.name = o.name, run.experiment = o.experiment;
    lines << "" << tr("The same run from the command line:")
          << core::shellCommand(core::reproducingCommand(run) << "--workspace" << o.workspace);
    text_->setPlainText(lines.join("\n"));
    // Settings that do not go together (LoRA or a probe from scratch...): Back to change them.
    const QString problem = o.validate();
    problem_->setText(tr("This run would be refused: %1. Go Back to change the starting point "
                         "or the recipe.")
                          .arg(problem));
    problem_->setVisible(!problem.isEmpty());
    emit completeChanged();
}

}  // namespace alfee::ui
