// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The runs of a study, handed out one at a time as FineTunePlan hands out a request's: the next
// cell without a finished run. A cell whose fine-tuning run was interrupted (the study killed)
// resumes that run; a baseline (seconds) starts again. The command line and the dashboard run
// what it hands out.

#include <memory>

#include "core/engine/job.h"
#include "core/engine/study_design.h"

namespace alfee::core {

// A stored study and where it stands.
class StudyPlan {
  public:
    // Plans and stores a new study (its folds drawn from the data); null with *error.
    static std::unique_ptr<StudyPlan> create(StudyDesign design, QString* error);
    // A stored study, to go on with at its first unfinished cell; null with *error.
    static std::unique_ptr<StudyPlan> resume(const QString& workspace, qint64 study,
                                             QString* error);

    qint64 study() const { return study_.id; }
    const StudyRecord& record() const { return study_; }
    // The next cell's job; null when every cell has a finished run (or on error, in *error).
    std::unique_ptr<Job> next(QString* error);
    // What the job handed out last ended with: its run is recorded for its cell.
    bool finished(const QJsonObject& result, QString* error);
    // "arm scratch, fold 2, seed 3 (cell 14 of 54), resuming its run 40".
    QString currentCell() const;

  private:
    StudyPlan(StudyDesign design, StudyRecord study);
    bool cellDone(const StudyCell& cell) const;
    std::unique_ptr<Job> jobFor(const StudyCell& cell);

    StudyDesign design_;
    StudyRecord study_;
    int current_ = -1;
    qint64 resumed_ = 0;  // the interrupted run the current cell resumes (0: a new run)
};

}  // namespace alfee::core
