// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the EDF/BDF header parser and the header check (every issue named, no crash).

#include "core/recording/edf_header.h"
#include "core/recording/header_check.h"
#include "fuzz/fuzz_support.h"

#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace alfee::core;
    const QByteArray bytes = alfee::fuzz::bytesOf(data, size);
    announcedHeaderBytes(bytes.left(256));
    EdfHeader header;
    QString error;
    // The file may claim to be longer than the header bytes at hand (a header read alone).
    if (!parseEdfHeader(bytes, bytes.size(), &header, &error)) return 0;
    for (const HeaderIssue& issue : checkEdfHeader(header))
        if (issue.what.isEmpty()) std::abort();  // every issue says what is wrong
    header.recordBytes();
    header.annotationSignals();
    header.formatName();
    return 0;
}
