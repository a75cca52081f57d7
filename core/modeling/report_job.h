// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes a run's report as HTML and/or PDF, with an example reconstruction and the attention
// maps from running the run's model on one of the windows it predicted. `alfee report` and the
// dashboard's Export report run it.

#include "core/engine/job.h"

namespace alfee::core {

// Which run, where its report goes.
struct ReportOptions {
    QString workspace;
    QString run;       // id or name
    QString htmlPath;  // either or both
    QString pdfPath;
    QString device = "cpu";  // one window: the CPU is quick and leaves a GPU to training
};

// result(): {"run", "html", "pdf", "figures": whether the model's figures are in it}.
class ReportJob : public Job {
    Q_OBJECT
  public:
    explicit ReportJob(const ReportOptions& options, QObject* parent = nullptr);

  protected:
    QString execute(QString* message) override;

  private:
    ReportOptions o_;
};

}  // namespace alfee::core
