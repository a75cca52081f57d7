// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: a damaged workspace file. Opening it (schema check and migration) and reading
// every table the application lists (recordings and mappings, datasets, montages, runs) must
// fail with a message, never crash.

#include <QFile>
#include <cstdlib>

#include "core/dataset/dataset_store.h"
#include "core/engine/run_registry.h"
#include "core/montage/montage_store.h"
#include "core/workspace/recording_store.h"
#include "core/workspace/workspace.h"
#include "fuzz/fuzz_support.h"

namespace {

using namespace alfee::core;

void readDatasets(Workspace& ws) {
    QString error;
    DatasetStore store(ws);
    for (const QString& name : store.names(&error)) store.load(name, &error);
}

void readRuns(Workspace& ws) {
    QString error;
    RunRegistry runs(ws);
    for (const RunRecord& run : runs.list(&error)) {
        runs.details(run, &error);
        runs.checkpoints(run.id, &error);
        runs.predictions(run.id, &error);
    }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    alfee::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString path = alfee::fuzz::writeInput(data, size, QStringLiteral("workspace.alfee"));
    for (const char* leftover : {"-journal", "-wal", "-shm"}) QFile::remove(path + leftover);
    QString error;
    auto ws = Workspace::open(path, &error);
    if (!ws) {
        if (error.isEmpty()) std::abort();  // a refusal always says why
        return 0;
    }
    RecordingStore(*ws).list(&error);
    MontageStore(*ws).list(&error);
    readDatasets(*ws);
    readRuns(*ws);
    return 0;
}
