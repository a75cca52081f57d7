// Fuzz target: an EEGLAB dataset through Recording::open (libmatio for MATLAB v5 and v7.3, the
// trial read in a child, our checks of its fields), then reads of every signal's first and last
// samples and of the annotations. The input is the .set; its last 4 kB are also written as the
// .fdt beside it, so that both the samples-inside and the data-file layouts are reached.

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
        rec.readMicrovolts(s, 0, count, &out, &error);
        rec.readMicrovolts(s, n - count, count, &out, &error);
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
    const size_t tail = size < 4096 ? size : 4096;
    alfee::fuzz::writeInput(data + size - tail, tail, QStringLiteral("in.fdt"));
    const QString path = alfee::fuzz::writeInput(data, size, QStringLiteral("in.set"));
    QString error;
    auto rec = Recording::open(path, &error);
    if (!rec) {
        if (error.isEmpty()) std::abort();  // a refusal always says why
        return 0;
    }
    readEdges(*rec);
    return 0;
}
