#pragma once
// Option parsing and workspace opening shared by the workspace commands.

#include <QCommandLineParser>
#include <limits>
#include <memory>
#include <type_traits>

#include "app/cli/cli_context.h"
#include "core/workspace/workspace.h"

namespace alfee::cli {

// Adds --help and --workspace, parses `args`; prints the problem and usage on failure.
bool parseArgs(QCommandLineParser& parser, const QStringList& args, CliContext& ctx,
               const QString& usage);

// The workspace named by --workspace, $ALFEE_WORKSPACE, or ./workspace.alfee.
QString workspacePath(const QCommandLineParser& parser);
std::unique_ptr<Workspace> openWorkspace(const QCommandLineParser& parser, CliContext& ctx);

// Reads the number given with `--flag` into *out (left as it is when the flag is not given);
// false with "--flag takes a whole number, not 'abc'" in *error when it is no number of T.
template <typename T>
bool readNumber(const QCommandLineParser& parser, const QString& flag, T* out, QString* error) {
    if (!parser.isSet(flag)) return true;
    const QString text = parser.value(flag);
    bool ok = false;
    if constexpr (std::is_floating_point_v<T>) {
        *out = T(text.toDouble(&ok));
    } else if constexpr (std::is_unsigned_v<T>) {
        *out = T(text.toULongLong(&ok));
    } else {
        const qlonglong v = text.toLongLong(&ok);
        ok = ok && v >= std::numeric_limits<T>::min() && v <= std::numeric_limits<T>::max();
        if (ok) *out = T(v);
    }
    if (!ok)
        *error = QStringLiteral("--%1 takes %2, not '%3'")
                     .arg(flag, std::is_floating_point_v<T> ? "a number" : "a whole number", text);
    return ok;
}

// Prints "error: <message>" and returns kFailed.
int fail(CliContext& ctx, const QString& message);

}  // namespace alfee::cli
