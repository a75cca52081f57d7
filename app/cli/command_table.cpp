// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/command_table.h"

#include "app/cli/tool_commands.h"

namespace alfee::cli {

const QVector<CommandInfo>& commandTable() {
    static const QVector<CommandInfo> table = {
        {"info", "header, channels with their mapping, annotations: info [--json] FILE...",
         Runner::Cli},
        {"read", "samples of one channel: read [--json] FILE --channel L --start N --count K",
         Runner::Cli},
        {"repair", "write a compliant EDF+/BDF+ copy through EDFlib: repair FILE OUT", Runner::Cli},
        {"workspace", "create or describe a workspace: workspace init|info", Runner::Cli},
        {"import", "import recordings, folders or a BIDS dataset: import FILE|DIR...", Runner::Cli},
        {"dataset", "build, inspect and export datasets: dataset create|show|list|export",
         Runner::Cli},
        {"mapping", "show or override a channel mapping: mapping show|set REC [L=E...]",
         Runner::Cli},
        {"montage", "montages: montage list|save|export|import", Runner::Cli},
        {"model", "the ALFEE network: model info --size NAME [--json]", Runner::Model},
        {"pretrain", "pretrain ALFEE: pretrain (--data PATH...|--dataset NAME)... [options]",
         Runner::Model},
        {"finetune", "fine-tune ALFEE: finetune (--data PATH...|--dataset NAME) [options]",
         Runner::Model},
        {"evaluate", "metrics of a model: evaluate (--run RUN|--checkpoint F) --data PATH...",
         Runner::Model},
        {"infer", "class probabilities per window: infer (--run RUN|--checkpoint F) FILE...",
         Runner::Model},
        {"study",
         "does the model help? arms x subject-wise folds x seeds with statistics: study "
         "(--data PATH...|--dataset NAME) --folds K [--arms ...] | --resume ID | show ID | export "
         "ID --csv F",
         Runner::Model},
        {"runs", "the run registry: runs list | show RUN | compare RUN RUN", Runner::Cli},
        {"report",
         "a run's or a study's report: report (RUN | --study ID) [--html FILE] [--pdf FILE]",
         Runner::Model},
        {"export",
         "results for other tools: export predictions RUN --csv FILE | export weights "
         "RUN|CHECKPOINT OUT",
         Runner::Cli},
        {"demo", "demo workspace, then fine-tune on it: demo [--dir DIR] [--epochs N]",
         Runner::Cli},
        {"export-weights", "", Runner::Model},  // run by `alfee export weights`
        {"export-reconstruction", "", Runner::Model},
    };
    return table;
}

const CommandInfo* findCommand(const QString& name) {
    for (const CommandInfo& c : commandTable())
        if (name == QLatin1String(c.name)) return &c;
    return nullptr;
}

namespace {

void printUsage(QTextStream& out) {
    out << "usage: alfee COMMAND [ARGS]\n\ncommands:\n";
    for (const CommandInfo& c : commandTable())
        if (*c.summary)
            out << QStringLiteral("  %1 %2\n").arg(QString::fromLatin1(c.name), -10).arg(c.summary);
    out.flush();
}

}  // namespace

int dispatch(const QStringList& args, QTextStream& out, QTextStream& err, Runner self,
             const QHash<QString, CommandFunction>& functions) {
    if (self == Runner::Cli &&
        (args.isEmpty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help")) {
        printUsage(args.isEmpty() ? err : out);
        return args.isEmpty() ? kUsage : kOk;
    }
    const CommandInfo* command = findCommand(args.value(0));
    CliContext ctx{args.mid(1), out, err};
    if (command && command->runner == self && functions.contains(command->name))
        return functions[command->name](ctx);
    if (command && self == Runner::Cli && command->runner == Runner::Model && *command->summary)
        return runModelTool(command->name, ctx);
    if (self == Runner::Model) {
        err << "usage: alfee-model COMMAND ARGS, run through alfee (alfee --help lists them)\n";
        return kUsage;
    }
    err << "alfee: unknown command '" << args[0] << "'\n";
    printUsage(err);
    return kUsage;
}

}  // namespace alfee::cli
