// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/modeling/study_plan.h"

#include "core/engine/linear_head_job.h"
#include "core/engine/run_registry.h"
#include "core/modeling/finetune_job.h"
#include "core/modeling/frozen_encoder.h"

namespace alfee::core {
namespace {

std::unique_ptr<Workspace> openOrFail(const QString& path, QString* error) {
    auto ws = Workspace::open(path, error);
    if (!ws) ws = Workspace::create(path, error);
    return ws;
}

}  // namespace

StudyPlan::StudyPlan(StudyDesign design, StudyRecord study)
    : design_(std::move(design)), study_(std::move(study)) {}

std::unique_ptr<StudyPlan> StudyPlan::create(StudyDesign design, QString* error) {
    if (*error = design.validate(); !error->isEmpty()) return nullptr;
    auto ws = openOrFail(design.data.workspace, error);
    if (!ws) return nullptr;
    QVector<StudyCell> cells;
    if (!planCells(*ws, design, &cells, error)) return nullptr;
    const auto id = StudyStore(*ws).create(design.name, design.toJson(), cells, error);
    if (!id) return nullptr;
    const auto record = StudyStore(*ws).find(*id, error);
    if (!record) return nullptr;
    return std::unique_ptr<StudyPlan>(new StudyPlan(std::move(design), *record));
}

std::unique_ptr<StudyPlan> StudyPlan::resume(const QString& workspace, qint64 study,
                                             QString* error) {
    auto ws = Workspace::open(workspace, error);
    if (!ws) return nullptr;
    const auto record = StudyStore(*ws).find(study, error);
    if (!record) return nullptr;
    return std::unique_ptr<StudyPlan>(
        new StudyPlan(StudyDesign::fromJson(record->config, workspace), *record));
}

bool StudyPlan::cellDone(const StudyCell& cell) const {
    if (!cell.run) return false;
    QString error;
    auto ws = Workspace::open(design_.data.workspace, &error);
    const auto run = ws ? RunRegistry(*ws).find(QString::number(cell.run), &error) : std::nullopt;
    return run && run->status == run_status::kFinished;
}

// The cell's run: the interrupted fine-tuning run of the same name resumed, else a new one.
std::unique_ptr<Job> StudyPlan::jobFor(const StudyCell& cell) {
    const FineTuneOptions o = cellOptions(design_, study_.id, cell);
    if (o.fitsLinearHead()) return std::make_unique<LinearHeadJob>(o, loadRunEncoder);
    QString error;
    auto ws = Workspace::open(o.workspace, &error);
    const auto old = ws ? RunRegistry(*ws).find(o.name, &error) : std::nullopt;
    resumed_ = 0;
    if (old && old->kind == "finetune" && old->status != run_status::kFinished &&
        old->status != run_status::kRunning) {
        resumed_ = old->id;
        return std::make_unique<FineTuneJob>(o.workspace, old->id);
    }
    return std::make_unique<FineTuneJob>(o);
}

std::unique_ptr<Job> StudyPlan::next(QString* error) {
    error->clear();
    for (int i = 0; i < study_.cells.size(); ++i) {
        if (cellDone(study_.cells[i])) continue;
        current_ = i;
        return jobFor(study_.cells[i]);
    }
    return nullptr;
}

bool StudyPlan::finished(const QJsonObject& result, QString* error) {
    const qint64 run = result["run"].toInteger();
    if (current_ < 0 || run <= 0) return true;  // the job failed before it made a run
    auto ws = Workspace::open(design_.data.workspace, error);
    if (!ws || !StudyStore(*ws).setRun(study_.id, study_.cells[current_], run, error)) return false;
    study_.cells[current_].run = run;
    return true;
}

QString StudyPlan::currentCell() const {
    if (current_ < 0) return {};
    const StudyCell& c = study_.cells[current_];
    return QStringLiteral("arm %1, fold %2, seed %3 (cell %4 of %5)")
               .arg(c.arm)
               .arg(c.fold + 1)
               .arg(c.seed)
               .arg(current_ + 1)
               .arg(study_.cells.size()) +
           (resumed_ ? QStringLiteral(", resuming its run %1").arg(resumed_) : QString());
}

}  // namespace alfee::core
