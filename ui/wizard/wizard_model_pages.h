// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The model half of the fine-tuning wizard: what to start from, the settings with a run-time
// estimate measured on a few real steps, and the review.

#include <QElapsedTimer>
#include <QJsonObject>
#include <QVector>
#include <QWizardPage>
#include <memory>

#include "core/engine/finetune_options.h"
#include "core/engine/job.h"
#include "core/engine/pretrain_options.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace alfee::ui {

struct FineTuneDraft;
class JobController;

// The bundled pretrained checkpoint, another checkpoint, or a fresh model of a size.
class StartPage : public QWizardPage {
    Q_OBJECT
  public:
    explicit StartPage(FineTuneDraft& draft, QWidget* parent = nullptr);
    bool isComplete() const override;
    bool validatePage() override;
    // Takes the choices of the last run the wizard started.
    void restore(const core::FineTuneOptions& last);
    QRadioButton* bundled() const { return bundled_; }
    QRadioButton* scratch() const { return scratch_; }
    QCheckBox* adapt() const { return adapt_; }
    QSpinBox* adaptSteps() const { return adaptSteps_; }
    QComboBox* adaptOn() const { return adaptOn_; }

  private:
    FineTuneDraft& draft_;
    QRadioButton* bundled_ = nullptr;
    QRadioButton* other_ = nullptr;
    QRadioButton* scratch_ = nullptr;
    QLineEdit* checkpoint_ = nullptr;
    QComboBox* size_ = nullptr;
    QCheckBox* adapt_ = nullptr;
    QSpinBox* adaptSteps_ = nullptr;
    QComboBox* adaptOn_ = nullptr;
};

// Epochs, learning rate, batch, device, threads, seed and names, with an estimate of the run
// time from timing real steps of this very run on the scratch copy of the workspace.
class SettingsPage : public QWizardPage {
    Q_OBJECT
  public:
    explicit SettingsPage(FineTuneDraft& draft, QWidget* parent = nullptr);
    ~SettingsPage() override;
    void initializePage() override;
    bool validatePage() override;
    void cleanupPage() override;
    void estimate();  // times a few steps on a worker; estimateReady() when known
    // Takes the settings of the last run the wizard started (not its name).
    void restore(const core::FineTuneOptions& last);
    QSpinBox* epochs() const { return epochs_; }
    QSpinBox* batch() const { return batch_; }
    QLabel* estimateText() const { return estimate_; }
    QLineEdit* name() const { return name_; }
    QCheckBox* withBaseline() const { return withBaseline_; }
    QComboBox* recipe() const { return recipe_; }

  signals:
    void estimateReady(double seconds);

  private:
    void applyTo(core::FineTuneOptions& o) const;
    void checkEstimate();
    void showRecipeFields();
    void suggestName();
    void onProgress(const core::JobProgress& p);
    void onTimingEnded(const QString& status, const QString& message);
    void startTiming(std::unique_ptr<core::Job> job);
    double medianStep() const;
    void fineTuned(double perStep, qint64 steps);
    void adapted(double perStep, qint64 steps);
    void finish(double total, const QString& parts);
    void stopTiming();

    FineTuneDraft& draft_;
    QSpinBox* epochs_ = nullptr;
    QDoubleSpinBox* lr_ = nullptr;
    QSpinBox* batch_ = nullptr;
    QComboBox* device_ = nullptr;
    QSpinBox* threads_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QLineEdit* name_ = nullptr;
    QString suggestedName_;  // the name suggestName() set, replaced while the user keeps it
    QLineEdit* experiment_ = nullptr;
    QCheckBox* withBaseline_ = nullptr;
    QComboBox* recipe_ = nullptr;  // wizardRecipes(): whole model, head first, probes
    QPushButton* measure_ = nullptr;
    QLabel* estimate_ = nullptr;
    JobController* timing_ = nullptr;
    QElapsedTimer clock_;
    double preparedAt_ = -1;  // seconds from the start to the first training step
    qint64 lastStep_ = -1;
    QVector<double> stepAt_;  // seconds from the stage's start at which each step was reported
    bool estimated_ = false;  // the stage being timed is measured
    double stageStart_ = 0;   // seconds from the start when the stage's timing began
    // The adaptation to time after the fine-tuning (empty adaptationOf: none), and the
    // fine-tuning's measured seconds (-1 until known) and parts in words.
    core::PretrainOptions adaptation_;
    bool pendingAdaptation_ = false;
    double fineTuning_ = -1;
    QString fineTuneText_;
    QJsonObject measuredFor_;  // timedPart() of the options the estimate was measured with
};

// Everything the run will do, and the command line that does the same.
class ReviewPage : public QWizardPage {
    Q_OBJECT
  public:
    explicit ReviewPage(FineTuneDraft& draft, QWidget* parent = nullptr);
    void initializePage() override;
    QPlainTextEdit* text() const { return text_; }
    QCheckBox* compare() const { return compare_; }
    QSpinBox* folds() const { return folds_; }
    QLabel* problem() const { return problem_; }
    // False while the settings are ones the run would refuse (problem() says why).
    bool isComplete() const override;

  private:
    FineTuneDraft& draft_;
    QPlainTextEdit* text_ = nullptr;
    QLabel* problem_ = nullptr;     // the settings' refusal, in red; hidden when there is none
    QCheckBox* compare_ = nullptr;  // run a study against band power instead of one run
    QSpinBox* folds_ = nullptr;
};

}  // namespace alfee::ui
