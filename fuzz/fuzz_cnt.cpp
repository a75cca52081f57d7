// Fuzz target: bytes as a Neuroscan CNT file through Recording::open (the project's CNT reader,
// BioSig after a trial read for what it refuses), then reads of every signal's first and last
// samples and of the annotations.

#include <cstdlib>

#include "core/recording/recording.h"
#include "fuzz/fuzz_support.h"

namespace {

using namespace alfee::core;

void readEdges(const Recording& rec) {
    const RecordingInfo& info = rec.info();
    for (int s = 0; s < info.signalInfos.size() && s < 16; ++s) {
        const qint64 n = info.signalInfos[s].samples;
        const qint64 count = qMin<qint64>(n, 512);
        QVector<float> out;
        QString error;
        rec.readFloat(s, 0, count, &out, &error);
        rec.readFloat(s, n - count, count, &out, &error);
        if (!rec.readFloat(s, n, 1, &out, &error) && error.isEmpty()) std::abort();
    }
    for (const Annotation& a : info.annotations)
        if (a.onset100ns < 0) std::abort();  // every event lies inside the recording
    info.durationSeconds();
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString path = alfee::fuzz::writeInput(data, size, QStringLiteral("in.cnt"));
    QString error;
    auto rec = Recording::open(path, &error);
    if (!rec) {
        if (error.isEmpty()) std::abort();  // a refusal always says why
        return 0;
    }
    readEdges(*rec);
    return 0;
}
