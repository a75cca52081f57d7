// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a C library prints while a call runs (BioSig reports problems on stdout and stderr),
// captured so that it can be shown with the file instead of on the terminal.

#include <QString>
#include <functional>

namespace alfee::core {

// Runs `call` with file descriptors 1 and 2 sent to a temporary file and returns what was
// written. Calls are serialised; another thread's output during the call is captured as well.
QString captureLibraryOutput(const std::function<void()>& call);

}  // namespace alfee::core
