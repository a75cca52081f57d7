#include "core/cli/report_command.h"

#include <QSaveFile>

#include "core/cli/cli_support.h"
#include "core/engine/run_registry.h"
#include "core/report/html_report.h"

namespace alfee::core::cli {

int runReport(CliContext& ctx) {
    QCommandLineParser p;
    p.addPositionalArgument("run", "Run id or name");
    p.addOption({"html", "Write the report as one self-contained HTML file", "FILE"});
    const QString usage = "alfee report RUN --html FILE [--workspace W]";
    if (!parseArgs(p, ctx.args, ctx, usage)) return p.isSet("help") ? kOk : kUsage;
    if (p.positionalArguments().size() != 1 || !p.isSet("html")) {
        ctx.err << "usage: " << usage << " (PDF export is not there yet)" << Qt::endl;
        return kUsage;
    }
    auto ws = openWorkspace(p, ctx);
    if (!ws) return kFailed;
    QString error;
    const auto run = RunRegistry(*ws).find(p.positionalArguments().front(), &error);
    if (!run) return fail(ctx, error);
    const QString html = runReportHtml(*ws, run->id, &error);
    if (html.isEmpty()) return fail(ctx, error);
    QSaveFile file(p.value("html"));
    if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0 || !file.commit())
        return fail(ctx, p.value("html") + ": cannot write: " + file.errorString());
    ctx.out << "report of run " << run->id << " in " << p.value("html") << Qt::endl;
    return kOk;
}

}  // namespace alfee::core::cli
