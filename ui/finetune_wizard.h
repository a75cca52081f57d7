// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The fine-tuning wizard: data, channel check, labels and class balance, subject-wise split,
// starting point, settings with a measured run-time estimate, review. Finishing hands the run to
// the dashboard's worker (it shows there at once); cancelling at any page leaves the workspace
// as it was (everything the wizard reads or times runs on a scratch copy of it).

#include <QTemporaryDir>
#include <QWizard>
#include <optional>

#include "core/engine/finetune_options.h"
#include "core/engine/training_data.h"

namespace alfee::ui {

// What the pages fill in and read: the run's options and the preview of its data.
struct FineTuneDraft {
    core::FineTuneOptions options;
    core::TrainingData preview;  // valid once `previewed`
    bool previewed = false;
    QString previewError;
    QString estimate;       // the settings page's measured run time, in words; empty: not measured
    int compareFolds = 0;   // > 0: a study against band power over this many folds, not one run
    QTemporaryDir scratch;  // the workspace copy of the preview and the timing run
};

class FineTuneWizard : public QWizard {
    Q_OBJECT
  public:
    enum Page { kData, kChannels, kLabels, kSplit, kStart, kSettings, kReview };
    explicit FineTuneWizard(const QString& workspace, QWidget* parent = nullptr);
    ~FineTuneWizard() override;

    FineTuneDraft& draft() { return draft_; }
    // The options of the run Finish starts (the review page shows them as a command line).
    core::FineTuneOptions options() const { return draft_.options; }
    // The options of the run the wizard started last (in this user's settings), if any.
    static std::optional<core::FineTuneOptions> lastStarted();

  signals:
    // Finish: start this run (the dashboard's worker runs it; with options.adaptSteps above 0,
    // continued pretraining on the same recordings comes first).
    void startRequested(const alfee::core::FineTuneOptions& options);
    // Finish with "compare with the band-power baseline over K folds" ticked: run these
    // settings as a study (core::studyOfRequest) against band power.
    void studyRequested(const alfee::core::FineTuneOptions& options, int folds);

  protected:
    void done(int result) override;

  private:
    FineTuneDraft draft_;
};

}  // namespace alfee::ui

Q_DECLARE_METATYPE(alfee::core::FineTuneOptions)
