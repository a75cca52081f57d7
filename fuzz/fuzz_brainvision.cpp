// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: a BrainVision recording through Recording::open (the project's BrainVision
// reader), then reads of every signal's first and last samples and of the annotations. The
// input is the header (.vhdr); it is also written as the marker file and its last 4 kB as the
// data file beside it, so that one input reaches the header, the markers and the samples (the
// seeds name in.eeg and in.vmrk).

#include "fuzz/recording_reads.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const size_t tail = size < 4096 ? size : 4096;
    alfee::fuzz::writeInput(data + size - tail, tail, QStringLiteral("in.eeg"));
    alfee::fuzz::writeInput(data, size, QStringLiteral("in.vmrk"));
    alfee::fuzz::openAndReadRecording(data, size, QStringLiteral("in.vhdr"));
    return 0;
}
