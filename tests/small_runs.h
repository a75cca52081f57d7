// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The small training runs of the job tests (tiny model, CPU, one thread): fine-tuning on EEGMAT
// demo recordings straight from a folder (rest against task, 2/1/1 subjects of four for
// training/validation/test), and pretraining on a motor-imagery and a workload source.

#include "core/engine/finetune_options.h"
#include "core/engine/pretrain_options.h"

namespace alfee::tests {

inline core::FineTuneOptions smallFineTuning(const QString& workspace, const QString& data) {
    core::FineTuneOptions o;
    o.workspace = workspace;
    o.dataPaths = {data};
    o.spec.name = "files";
    o.spec.label.classes = {{"rest", "_1$"}, {"task", "_2$"}};
    o.spec.split = {42, 0.5, 0.25, 0.25, {}};
    o.scratch = true;
    o.epochs = 1, o.batch = 8, o.lr = 1e-3;
    o.threads = 1, o.device = "cpu", o.seed = 3;
    o.checkpointEvery = 4;
    return o;
}

inline core::PretrainOptions smallPretraining(const QString& workspace, const QString& motor,
                                              const QString& workload) {
    core::PretrainOptions o;
    o.workspace = workspace;
    o.sources = {{{motor}, {}, "motor-imagery"}, {{workload}, {}, "workload"}};
    o.validationSubjects = 1;
    o.steps = 6, o.batch = 4, o.lr = 1e-3;
    o.checkpointEvery = 3, o.logEvery = 2, o.validationWindows = 8;
    o.threads = 1, o.device = "cpu", o.seed = 5;
    return o;
}

}  // namespace alfee::tests
