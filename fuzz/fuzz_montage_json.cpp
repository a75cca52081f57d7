// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: a montage JSON file as the GUI and `alfee montage import` load it, the
// derivations it gives over a 10-20 cap, and its round trip through JSON.

#include <cstdlib>

#include "core/montage/montage.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace alfee::core;
    const QString path = alfee::fuzz::writeInput(data, size, QStringLiteral("montage.json"));
    Montage montage;
    QString error;
    if (!Montage::loadFile(path, &montage, &error)) {
        if (error.isEmpty()) std::abort();
        return 0;
    }
    // What loaded saves and loads back the same.
    Montage again;
    if (!Montage::fromJson(montage.toJson(), &again, &error) || again.toJson() != montage.toJson())
        std::abort();
    const QStringList electrodes = {"FP1", "FP2", "F7", "F3", "FZ", "F4", "F8", "T3", "C3", "CZ",
                                    "C4",  "T4",  "T5", "P3", "PZ", "P4", "T6", "O1", "O2", "A1"};
    QStringList skipped;
    const QVector<Derivation> derivations = montage.derive(electrodes, &skipped, &error);
    QVector<QVector<float>> channels(electrodes.size(), QVector<float>(8, 1.0f));
    applyDerivations(derivations, electrodes, channels);
    return 0;
}
