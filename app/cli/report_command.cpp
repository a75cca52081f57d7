// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/report_command.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include "app/cli/cli_support.h"
#include "app/cli/job_runner.h"
#include "core/engine/run_registry.h"
#include "core/modeling/report_job.h"
#include "core/report/pdf_report.h"
#include "core/report/study_report.h"

namespace alfee::cli {
namespace {

bool writeHtml(const QString& html, const QString& path, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(html.toUtf8()) < 0) {
        *error = path + ": cannot write: " + f.errorString();
        return false;
    }
    return true;
}

// `alfee report --study ID`: the study's page, written as it is (no model runs for it).
int studyReportCommand(const QCommandLineParser& p, CliContext& ctx) {
    bool ok = false;
    const qint64 id = p.value("study").toLongLong(&ok);
    if (!ok) return fail(ctx, "--study takes a study's id, not '" + p.value("study") + "'");
    auto ws = openWorkspace(p, ctx);
    if (!ws) return kFailed;
    QString error;
    if (p.isSet("html")) {
        const ReportPage page = studyReport(*ws, id, ReportFormat::Html, &error);
        if (page.html.isEmpty() || !writeHtml(page.html, p.value("html"), &error))
            return fail(ctx, error);
    }
    if (p.isSet("pdf")) {
        const ReportPage page = studyReport(*ws, id, ReportFormat::Pdf, &error);
        if (page.html.isEmpty() ||
            !writeReportPdf(page, QStringLiteral("Study %1").arg(id), p.value("pdf"), &error))
            return fail(ctx, error);
    }
    ctx.out << "report of study " << id << " in "
            << QStringList({p.value("html"), p.value("pdf")})
                   .filter(QRegularExpression("."))
                   .join(" and ")
            << Qt::endl;
    return kOk;
}

}  // namespace

int runReport(CliContext& ctx) {
    QCommandLineParser p;
    p.addPositionalArgument("run", "Run id or name");
    p.addOptions({{"html", "Write the report as one self-contained HTML file", "FILE"},
                  {"pdf", "Write the report as PDF", "FILE"},
                  {"study", "Report a study (alfee study) instead of a run", "ID"},
                  {"device", "Where the example window runs: cpu, cuda or auto", "DEVICE", "cpu"},
                  {"json", "Print the outcome as JSON."}});
    const QString usage =
        "alfee report (RUN | --study ID) [--html FILE] [--pdf FILE] [--workspace W]";
    if (!parseArgs(p, ctx.args, ctx, usage)) return p.isSet("help") ? kOk : kUsage;
    const int runs = p.isSet("study") ? 0 : 1;
    if (p.positionalArguments().size() != runs || (!p.isSet("html") && !p.isSet("pdf"))) {
        ctx.err << "usage: " << usage << " (give --html, --pdf or both)" << Qt::endl;
        return kUsage;
    }
    if (p.isSet("study")) return studyReportCommand(p, ctx);
    ReportOptions o{workspacePath(p), p.positionalArguments().front(), p.value("html"),
                    p.value("pdf"), p.value("device")};
    ReportJob job(o);
    const QString status = runJob(job, ctx.out, ctx.err, p.isSet("json"));
    QJsonObject outcome = job.result();
    outcome["status"] = status, outcome["message"] = job.message();
    if (p.isSet("json")) {
        ctx.out << QJsonDocument(outcome).toJson(QJsonDocument::Compact) << Qt::endl;
    } else if (status == run_status::kFinished) {
        ctx.out
            << "report of run " << outcome["run"].toInteger() << " in "
            << QStringList({o.htmlPath, o.pdfPath}).filter(QRegularExpression(".")).join(" and ")
            << Qt::endl;
        if (!outcome["figures"].toBool()) ctx.out << "note: " << job.message() << Qt::endl;
    } else {
        ctx.err << "error: " << job.message() << Qt::endl;
    }
    return status == run_status::kFinished ? kOk : kFailed;
}

}  // namespace alfee::cli
