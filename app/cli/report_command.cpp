#include "app/cli/report_command.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include "app/cli/cli_support.h"
#include "app/cli/job_runner.h"
#include "core/engine/run_registry.h"
#include "core/modeling/report_job.h"

namespace alfee::cli {

int runReport(CliContext& ctx) {
    QCommandLineParser p;
    p.addPositionalArgument("run", "Run id or name");
    p.addOptions({{"html", "Write the report as one self-contained HTML file", "FILE"},
                  {"pdf", "Write the report as PDF", "FILE"},
                  {"device", "Where the example window runs: cpu, cuda or auto", "DEVICE", "cpu"},
                  {"json", "Print the outcome as JSON."}});
    const QString usage = "alfee report RUN [--html FILE] [--pdf FILE] [--workspace W]";
    if (!parseArgs(p, ctx.args, ctx, usage)) return p.isSet("help") ? kOk : kUsage;
    if (p.positionalArguments().size() != 1 || (!p.isSet("html") && !p.isSet("pdf"))) {
        ctx.err << "usage: " << usage << " (give --html, --pdf or both)" << Qt::endl;
        return kUsage;
    }
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
