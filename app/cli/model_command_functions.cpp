// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/model_command_functions.h"

#include "app/cli/model_commands.h"
#include "app/cli/reconstruction_command.h"
#include "app/cli/study_command.h"
#include "app/cli/training_commands.h"
#include "app/cli/weights_command.h"
#ifdef ALFEE_WITH_REPORTS
#include "app/cli/report_command.h"
#endif

namespace alfee::cli {
namespace {

int reportCommand(CliContext& ctx) {
#ifdef ALFEE_WITH_REPORTS
    return runReport(ctx);
#else
    ctx.err << "alfee report: this build has no reports (configured with "
               "-DALFEE_WITH_REPORTS=OFF, for machines without QtGui)\n";
    return kUsage;
#endif
}

}  // namespace

const QHash<QString, CommandFunction>& modelCommandFunctions() {
    static const QHash<QString, CommandFunction> functions = {
        {"model", runModel},
        {"pretrain", runPretrain},
        {"finetune", runFineTune},
        {"evaluate", runEvaluate},
        {"infer", runInfer},
        {"report", reportCommand},
        {"study", runStudy},
        {"export-weights", runExportWeights},
        {"export-reconstruction", runExportReconstruction},
    };
    return functions;
}

}  // namespace alfee::cli
