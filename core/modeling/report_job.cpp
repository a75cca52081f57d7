// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/modeling/report_job.h"

#include <QSaveFile>

#include "core/engine/run_registry.h"
#include "core/modeling/model_loading.h"
#include "core/report/pdf_report.h"

namespace alfee::core {
namespace {

// Runs `job` here (not on a thread of its own) and returns its failure message, if any.
QString runHere(Job& job) {
    job.start();
    return job.status() == run_status::kFinished ? QString() : job.message();
}

// The run's model on the window it predicted first: reconstruction (channels masked, seed 1)
// and attention. A figure that cannot be made leaves a note, never a failed report.
ReportFigures figuresOf(Workspace& ws, const RunRecord& run, const QString& device) {
    ReportFigures f;
    if (run.kind == "baseline") {
        f.note = "The band-power baseline has no network: nothing to reconstruct or attend.";
        return f;
    }
    QString error;
    const auto window = RunRegistry(ws).examplePrediction(run.id, &error);
    EvaluationOptions o;
    o.workspace = ws.path(), o.run = QString::number(run.id), o.device = device;
    qint64 unused = 0;
    try {
        o.checkpoint = selectedCheckpoint(o, ws, &unused);
    } catch (const std::exception& e) {
        f.note = QString::fromUtf8(e.what());
        return f;
    }
    if (!window) {
        f.note =
            "The run predicted no window to show the model on (open it in the Inspect tab "
            "of ALFEE Workbench with a recording of your choice).";
        return f;
    }
    o.run.clear();  // the checkpoint found above; the jobs need not open the workspace again
    o.dataPaths = {window->recording}, o.onsetSeconds = window->onsetSeconds;
    ReconstructJob reconstruct(o);
    QObject::connect(&reconstruct, &ReconstructJob::reconstructed,
                     [&](const ReconstructionResult& r) { f.reconstruction = r; });
    AttentionJob attend(o);
    QObject::connect(&attend, &AttentionJob::attention,
                     [&](const AttentionMaps& a) { f.attention = a; });
    QStringList problems;
    for (Job* job : {static_cast<Job*>(&reconstruct), static_cast<Job*>(&attend)})
        if (const QString why = runHere(*job); !why.isEmpty()) problems << why;
    if (!problems.isEmpty()) f.note = "The model could not run: " + problems.join("; ");
    return f;
}

void writeText(const QString& path, const QString& text) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        failJob(path + ": cannot write: " + file.errorString());
}

}  // namespace

ReportJob::ReportJob(const ReportOptions& options, QObject* parent) : Job(parent), o_(options) {}

QString ReportJob::execute(QString* message) {
    if (o_.htmlPath.isEmpty() && o_.pdfPath.isEmpty()) failJob("no report file given");
    auto ws = openOrCreateWorkspace(o_.workspace);
    QString error;
    const auto run = RunRegistry(*ws).find(o_.run, &error);
    if (!run) failJob(error);
    emit progress({"running the model on an example window", 0, 2});
    const ReportFigures figures = figuresOf(*ws, *run, o_.device);
    emit progress({"writing the report", 1, 2});
    if (!o_.htmlPath.isEmpty()) {
        const ReportPage page = runReport(*ws, run->id, figures, ReportFormat::Html, &error);
        if (page.html.isEmpty()) failJob(error);
        writeText(o_.htmlPath, page.html);
    }
    if (!o_.pdfPath.isEmpty()) {
        const ReportPage page = runReport(*ws, run->id, figures, ReportFormat::Pdf, &error);
        if (page.html.isEmpty()) failJob(error);
        if (!writeReportPdf(page, QStringLiteral("Run %1: %2").arg(run->id).arg(run->name),
                            o_.pdfPath, &error))
            failJob(error);
    }
    result_ = {{"run", run->id},
               {"html", o_.htmlPath},
               {"pdf", o_.pdfPath},
               {"figures", figures.reconstruction.has_value()}};
    emit progress({"writing the report", 2, 2});
    *message =
        figures.note.isEmpty() ? QStringLiteral("report of run %1").arg(run->id) : figures.note;
    return run_status::kFinished;
}

}  // namespace alfee::core
