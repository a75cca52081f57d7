// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli_command_functions.h"

#include "app/cli/demo_command.h"
#include "app/cli/export_commands.h"
#include "app/cli/recording_commands.h"
#include "app/cli/runs_commands.h"
#include "app/cli/workspace_commands.h"

namespace alfee::cli {

const QHash<QString, CommandFunction>& cliCommandFunctions() {
    static const QHash<QString, CommandFunction> functions = {
        {"info", runInfo},           {"read", runRead},       {"repair", runRepair},
        {"workspace", runWorkspace}, {"import", runImport},   {"dataset", runDataset},
        {"mapping", runMapping},     {"montage", runMontage}, {"runs", runRuns},
        {"export", runExport},       {"demo", runDemo},
    };
    return functions;
}

int runAlfee(const QStringList& args, QTextStream& out, QTextStream& err) {
    return dispatch(args, out, err, Runner::Cli, cliCommandFunctions());
}

}  // namespace alfee::cli
