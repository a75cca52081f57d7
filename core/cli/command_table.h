#pragma once
// The `alfee` commands by name.

#include <QStringList>
#include <QTextStream>

namespace alfee::core::cli {

// Runs `args[0]` with the rest of `args`; returns the exit code.
int dispatch(const QStringList& args, QTextStream& out, QTextStream& err);

}  // namespace alfee::core::cli
