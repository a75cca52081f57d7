// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: an EEGLAB dataset through Recording::open (libmatio for MATLAB v5 and v7.3, the
// trial read in a child, our checks of its fields), then reads of every signal's first and last
// samples and of the annotations. The input is the .set; its last 4 kB are also written as the
// .fdt beside it, so that both the samples-inside and the data-file layouts are reached.

#include "fuzz/recording_reads.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const size_t tail = size < 4096 ? size : 4096;
    alfee::fuzz::writeInput(data + size - tail, tail, QStringLiteral("in.fdt"));
    alfee::fuzz::openAndReadRecording(data, size, QStringLiteral("in.set"));
    return 0;
}
