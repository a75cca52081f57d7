// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/job.h"

#include <exception>
#include <new>

#include "core/engine/run_registry.h"

namespace alfee::core {

void Job::start() {
    qRegisterMetaType<alfee::core::JobProgress>();
    QString message;
    bool threw = true;
    try {
        status_ = execute(&message);
        threw = false;
    } catch (const std::bad_alloc&) {
        message = "out of memory (try a smaller --batch or model size)";
        status_ = run_status::kFailed;
    } catch (const std::exception& e) {
        // LibTorch errors carry a C++ backtrace after the first line; the first line says it.
        message = QString::fromUtf8(e.what()).section('\n', 0, 0);
        status_ = run_status::kFailed;
    } catch (...) {
        message = "unknown error";
        status_ = run_status::kFailed;
    }
    // A job that returns a status has recorded it itself; one that threw has not.
    if (threw) {
        try {
            recordFailure(message);
        } catch (...) {
        }
    }
    message_ = message;
    emit finished(status_, message_);
}

}  // namespace alfee::core
