// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the checkpoint loaders. The same bytes go to the .alfee-ckpt loader (LibTorch's
// archive, then our config, shape and checksum checks) and to the safetensors reader that
// `alfee finetune --from X.safetensors` uses. Both must refuse damage with a message.

#include <cstdlib>

#include "core/modeling/safetensors.h"
#include "fuzz/fuzz_support.h"
#include "model/checkpoint.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    torch::set_num_threads(1);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString path = alfee::fuzz::writeInput(data, size, QStringLiteral("in.alfee-ckpt"));
    std::string error;
    if (!alfee::model::loadCheckpoint(path.toStdString(), torch::kCPU, &error) && error.empty())
        std::abort();  // a refusal always says why
    QString why;
    if (!alfee::core::readSafetensors(path, &why) && why.isEmpty()) std::abort();
    return 0;
}
