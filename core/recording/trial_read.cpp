// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/trial_read.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QElapsedTimer>
#include <csignal>
#include <cstring>

// Built with AddressSanitizer (the fuzz build): a sanitizer report in the child would run the
// death callback libFuzzer installed in the parent.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#include <sanitizer/common_interface_defs.h>
#define ALFEE_WITH_SANITIZER 1
#endif
#endif

namespace alfee::core {
namespace {

constexpr int kTrialMs = 300000;  // a large file read whole on a slow disk

[[noreturn]] void runInChild(const std::function<int()>& read) {
    // A crash here must end this process plainly, not run the handlers it inherited (a crash
    // reporter, a sanitizer's or fuzzer's) as if the parent had crashed.
    for (int signal : {SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL}) std::signal(signal, SIG_DFL);
#ifdef ALFEE_WITH_SANITIZER
    // libFuzzer's would save the parent's input as a crash of its own: the child's death is the
    // library's answer to the file, which the parent turns into a refusal.
    __sanitizer_set_death_callback(nullptr);
#endif
    const int devnull = ::open("/dev/null", O_WRONLY);
    if (devnull >= 0) {
        ::dup2(devnull, STDOUT_FILENO);
        ::dup2(devnull, STDERR_FILENO);
    }
    ::_exit(read());
}

}  // namespace

bool survivesTrialRead(const QString& library, const std::function<int()>& read, QString* why) {
    const pid_t child = ::fork();
    if (child < 0) return true;  // no process to spare: read it as before
    if (child == 0) runInChild(read);
    int status = 0;
    QElapsedTimer clock;
    clock.start();
    while (::waitpid(child, &status, WNOHANG) == 0) {
        if (clock.elapsed() > kTrialMs) {
            ::kill(child, SIGKILL);
            ::waitpid(child, &status, 0);
            *why = QStringLiteral("%1 did not finish reading it in %2 s")
                       .arg(library)
                       .arg(kTrialMs / 1000);
            return false;
        }
        ::usleep(2000);
    }
    if (WIFSIGNALED(status)) {
        *why = QStringLiteral("%1 crashes reading it (%2 in a trial read)")
                   .arg(library, QString::fromLatin1(strsignal(WTERMSIG(status))));
        return false;
    }
    if (WEXITSTATUS(status) != 0 && WEXITSTATUS(status) != kTrialRefused) {
        *why = QStringLiteral("%1 gives up on it (it ends the process with status %2)")
                   .arg(library)
                   .arg(WEXITSTATUS(status));
        return false;
    }
    return true;
}

}  // namespace alfee::core
