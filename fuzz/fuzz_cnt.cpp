// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: bytes as a Neuroscan CNT file through Recording::open (the project's CNT reader,
// BioSig after a trial read for what it refuses), then reads of every signal's first and last
// samples and of the annotations.

#include "fuzz/recording_reads.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    alfee::fuzz::openAndReadRecording(data, size, QStringLiteral("in.cnt"));
    return 0;
}
