// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/library_output.h"

#include <unistd.h>

#include <cstdio>
#include <mutex>

namespace alfee::core {
namespace {

QByteArray contents(FILE* f) {
    QByteArray text;
    std::rewind(f);
    char buffer[4096];
    for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, f)) > 0;)
        text.append(buffer, qsizetype(n));
    return text;
}

}  // namespace

QString captureLibraryOutput(const std::function<void()>& call) {
    static std::mutex one;
    const std::lock_guard<std::mutex> lock(one);
    std::fflush(stdout), std::fflush(stderr);
    FILE* sink = std::tmpfile();
    const int savedOut = sink ? ::dup(1) : -1, savedErr = sink ? ::dup(2) : -1;
    if (savedOut < 0 || savedErr < 0 || ::dup2(::fileno(sink), 1) < 0 ||
        ::dup2(::fileno(sink), 2) < 0) {  // no capture: the text stays on the terminal
        if (savedOut >= 0) ::dup2(savedOut, 1), ::close(savedOut);
        if (savedErr >= 0) ::dup2(savedErr, 2), ::close(savedErr);
        if (sink) std::fclose(sink);
        call();
        return {};
    }
    call();
    std::fflush(stdout), std::fflush(stderr);
    ::dup2(savedOut, 1), ::dup2(savedErr, 2);
    ::close(savedOut), ::close(savedErr);
    const QByteArray text = contents(sink);
    std::fclose(sink);
    return QString::fromLocal8Bit(text).trimmed();
}

}  // namespace alfee::core
