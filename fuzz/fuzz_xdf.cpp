// Fuzz target: bytes as an XDF file through Recording::open (libxdf after a trial read in a
// child), then reads of every signal's first and last samples and of the annotations.

#include "core/recording/recording.h"
#include "fuzz/fuzz_support.h"
#include "fuzz/recording_reads.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString path = alfee::fuzz::writeInput(data, size, QStringLiteral("in.xdf"));
    QString error;
    auto rec = alfee::core::Recording::open(path, &error);
    if (!rec) {
        if (error.isEmpty()) std::abort();  // a refusal always says why
        return 0;
    }
    alfee::fuzz::readRecordingEdges(*rec);
    return 0;
}
