// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the registry recorded of the run a job made, for the job tests.

#include "core/engine/job.h"
#include "core/engine/run_registry.h"
#include "core/workspace/workspace.h"

namespace alfee::tests {

inline core::RunRecord recordOf(const QString& workspace, const core::Job& job) {
    QString error;
    auto ws = core::Workspace::open(workspace, &error);
    if (!ws) return {};
    const auto run =
        core::RunRegistry(*ws).find(QString::number(job.result()["run"].toInteger()), &error);
    return run ? *run : core::RunRecord();
}

}  // namespace alfee::tests
