// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A trial read of a file in a child process, for the libraries that crash (segfault, assert)
// or call exit() on some damaged files of the very formats they read (libbiosig, found by
// fuzz/; libmatio through HDF5). A crash in-process would take the application, and any work
// not yet saved, with it: a file that kills the child, makes it exit or hangs it is refused.

#include <QString>
#include <functional>

namespace alfee::core {

// What the child's read returns when the library merely refused the file: not a crash.
inline constexpr int kTrialRefused = 3;

// Runs `read` in a child process with its output sent to /dev/null. True when it returns 0 or
// kTrialRefused (the in-process open then says why); false with *why ("<library> crashes
// reading it (...)", "... gives up on it ...", "... did not finish ...") otherwise.
// `read` may use only C and the library: the parent's threads and locks are not in the child.
bool survivesTrialRead(const QString& library, const std::function<int()>& read, QString* why);

}  // namespace alfee::core
