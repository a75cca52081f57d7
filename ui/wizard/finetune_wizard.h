// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The fine-tuning wizard: data, channel check, labels and class balance, subject-wise split,
// starting point, settings with a measured run-time estimate, review. Finishing hands the run to
// the dashboard's worker (it shows there at once); cancelling at any page leaves the workspace
// as it was (everything the wizard reads or times runs on a scratch copy of it).

#include <QWizard>
#include <optional>

#include "ui/wizard/finetune_draft.h"

namespace alfee::ui {

// The wizard itself: its pages share one FineTuneDraft.
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
