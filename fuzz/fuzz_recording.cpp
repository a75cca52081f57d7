// Fuzz target: Recording::open on a file image (EDF/BDF by its first byte), through both the
// automatic choice (EDFlib where it accepts the file) and the tolerant reader alone, then reads
// of every signal's first and last samples and of the annotations.

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
        rec.readMicrovolts(s, 0, count, &out, &error);
        if (!rec.readFloat(s, n, 1, &out, &error) && error.isEmpty()) std::abort();
    }
    for (const Annotation& a : info.annotations) a.text.size();
    info.durationSeconds();
}

void openWith(const QString& path, ReaderChoice choice) {
    QString error;
    auto rec = Recording::open(path, &error, choice);
    if (!rec) {
        if (error.isEmpty()) std::abort();  // a refusal always says why
        return;
    }
    readEdges(*rec);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const bool bdf = size > 0 && data[0] == 0xff;
    const QString path = alfee::fuzz::writeInput(
        data, size, bdf ? QStringLiteral("in.bdf") : QStringLiteral("in.edf"));
    openWith(path, ReaderChoice::Automatic);
    openWith(path, ReaderChoice::TolerantOnly);
    return 0;
}
