#include "core/cli/tool_commands.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>

namespace alfee::core::cli {

int runModelTool(CliContext& ctx) {
    const QString tool = QCoreApplication::applicationDirPath() + "/alfee-model";
    if (!QFileInfo(tool).isExecutable()) {
        ctx.err << "error: " << tool << ": missing; it is built and installed with alfee" << Qt::endl;
        return kFailed;
    }
    ctx.out.flush();
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(tool, ctx.args);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit) {
        ctx.err << "error: " << tool << ": " << process.errorString() << Qt::endl;
        return kFailed;
    }
    return process.exitCode();
}

}  // namespace alfee::core::cli
