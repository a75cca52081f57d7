// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: Recording::open on a file image (EDF/BDF by its first byte), through both the
// automatic choice (EDFlib where it accepts the file) and the tolerant reader alone, then reads
// of every signal's first and last samples and of the annotations.

#include "core/recording/recording.h"
#include "fuzz/fuzz_support.h"
#include "fuzz/recording_reads.h"

namespace {

using namespace alfee::core;

void openWith(const QString& path, ReaderChoice choice) {
    QString error;
    auto rec = Recording::open(path, &error, choice);
    if (!rec) {
        if (error.isEmpty()) std::abort();  // a refusal always says why
        return;
    }
    alfee::fuzz::readRecordingEdges(*rec);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const bool bdf = size > 0 && data[0] == 0xff;
    const QString path = alfee::fuzz::writeInput(
        data, size, bdf ? QStringLiteral("in.bdf") : QStringLiteral("in.edf"));
    openWith(path, ReaderChoice::Automatic);
    openWith(path, ReaderChoice::TolerantOnly);
    return 0;
}
