#include "core/cli/command_table.h"

#include <functional>

#include "core/cli/cli_context.h"
#include "core/cli/demo_command.h"
#include "core/cli/export_commands.h"
#include "core/cli/recording_commands.h"
#include "core/cli/runs_commands.h"
#include "core/cli/tool_commands.h"
#include "core/cli/workspace_commands.h"

namespace alfee::core::cli {
namespace {

struct Command {
    const char* name;
    const char* summary;
    std::function<int(CliContext&)> run;
};

const QVector<Command>& commands() {
    static const QVector<Command> table = {
        {"info", "header, channels with their mapping, annotations: info [--json] FILE...",
         runInfo},
        {"read", "samples of one channel: read [--json] FILE --channel L --start N --count K",
         runRead},
        {"repair", "write a compliant EDF+/BDF+ copy through EDFlib: repair FILE OUT", runRepair},
        {"workspace", "create or describe a workspace: workspace init|info", runWorkspace},
        {"import", "import recordings, folders or a BIDS dataset: import FILE|DIR...", runImport},
        {"dataset", "build, inspect and export datasets: dataset create|show|list|export",
         runDataset},
        {"mapping", "show or override a channel mapping: mapping show|set REC [L=E...]",
         runMapping},
        {"montage", "montages: montage list|save|export|import", runMontage},
        {"model", "the ALFEE network: model info --size NAME [--json]",
         [](CliContext& c) { return runModelTool("model", c); }},
        {"pretrain", "pretrain ALFEE: pretrain (--data PATH...|--dataset NAME)... [options]",
         [](CliContext& c) { return runModelTool("pretrain", c); }},
        {"finetune", "fine-tune ALFEE: finetune (--data PATH...|--dataset NAME) [options]",
         [](CliContext& c) { return runModelTool("finetune", c); }},
        {"evaluate", "metrics of a model: evaluate (--run RUN|--checkpoint F) --data PATH...",
         [](CliContext& c) { return runModelTool("evaluate", c); }},
        {"infer", "class probabilities per window: infer (--run RUN|--checkpoint F) FILE...",
         [](CliContext& c) { return runModelTool("infer", c); }},
        {"runs", "the run registry: runs list | show RUN | compare RUN RUN", runRuns},
        {"report", "a run's report: report RUN [--html FILE] [--pdf FILE]",
         [](CliContext& c) { return runModelTool("report", c); }},
        {"export",
         "results for other tools: export predictions RUN --csv FILE | export weights "
         "RUN|CHECKPOINT OUT",
         runExport},
        {"demo", "demo workspace, then fine-tune on it: demo [--dir DIR] [--epochs N]", runDemo},
    };
    return table;
}

void printUsage(QTextStream& out) {
    out << "usage: alfee COMMAND [ARGS]\n\ncommands:\n";
    for (const Command& c : commands())
        out << QStringLiteral("  %1 %2\n").arg(QString::fromLatin1(c.name), -10).arg(c.summary);
    out.flush();
}

}  // namespace

int dispatch(const QStringList& args, QTextStream& out, QTextStream& err) {
    if (args.isEmpty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        printUsage(args.isEmpty() ? err : out);
        return args.isEmpty() ? kUsage : kOk;
    }
    for (const Command& c : commands()) {
        if (args[0] != QLatin1String(c.name)) continue;
        CliContext ctx{args.mid(1), out, err};
        return c.run(ctx);
    }
    err << "alfee: unknown command '" << args[0] << "'\n";
    printUsage(err);
    return kUsage;
}

}  // namespace alfee::core::cli
