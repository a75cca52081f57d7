// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the EDF+ annotation (TAL) parser, and its exact time parser.

#include "core/recording/tal_parser.h"
#include "fuzz/fuzz_support.h"

#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace alfee::core;
    const QByteArray bytes = alfee::fuzz::bytesOf(data, size);
    for (bool requireSign : {true, false}) {
        const auto t = parseTalTime(bytes.left(64), requireSign);
        // Promised: any time it returns is within kMaxTalSeconds either side.
        if (t && (*t > kMaxTalSeconds * 10000000 || *t < -kMaxTalSeconds * 10000000)) std::abort();
    }
    QVector<Tal> tals;
    QString error;
    if (parseTals(bytes, &tals, &error)) {
        for (const Tal& tal : tals)
            if (tal.duration100ns < -1) std::abort();  // -1 means "no duration", nothing below
    } else if (error.isEmpty()) {
        std::abort();  // a refusal always says why
    }
    return 0;
}
