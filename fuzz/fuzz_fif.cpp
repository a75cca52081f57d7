// Fuzz target: bytes as a FIF raw file through Recording::open (the project's FIF reader: tags,
// blocks, channel info, buffers, skips, annotations), then reads of every signal's first and
// last samples and of the annotations.

#include "core/recording/recording.h"
#include "fuzz/fuzz_support.h"
#include "fuzz/recording_reads.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString path = alfee::fuzz::writeInput(data, size, QStringLiteral("in.fif"));
    QString error;
    auto rec = alfee::core::Recording::open(path, &error);
    if (!rec) {
        if (error.isEmpty()) std::abort();  // a refusal always says why
        return 0;
    }
    alfee::fuzz::readRecordingEdges(*rec);
    return 0;
}
