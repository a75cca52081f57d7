#pragma once
// What a CLI command gets: its arguments and the two output streams.

#include <QStringList>
#include <QTextStream>

namespace alfee::core::cli {

// Arguments after the command name, stdout and stderr; commands return the process exit code.
struct CliContext {
    QStringList args;
    QTextStream& out;
    QTextStream& err;
};

// Exit codes shared by every command.
enum ExitCode { kOk = 0, kFailed = 1, kUsage = 2 };

}  // namespace alfee::core::cli
