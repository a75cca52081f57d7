// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// EDF ingest to float microvolts, and band-pass + resampling, over a set of recordings.
// Prints one JSON object; bench/compare_mne.py runs it next to MNE and writes the ratios.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent>
#include <cstdio>

#include "core/dsp/preprocessing.h"
#include "core/recording/recording.h"

using namespace alfee::core;

namespace {

// Opens each file and reads every signal whole as float microvolts (physical units for
// signals that are not voltages). Returns the number of samples read.
qint64 ingest(const QStringList& files) {
    qint64 samples = 0;
    for (const QString& path : files) {
        QString error;
        auto rec = Recording::open(path, &error);
        if (!rec) qFatal("%s", qPrintable(error));
        QVector<float> buffer;
        for (int s = 0; s < rec->info().signalInfos.size(); ++s) {
            const qint64 n = rec->info().signalInfos[s].samples;
            if (!rec->readMicrovolts(s, 0, n, &buffer, &error) &&
                !rec->readFloat(s, 0, n, &buffer, &error))
                qFatal("%s", qPrintable(error));
            samples += buffer.size();
        }
    }
    return samples;
}

// The channels of each file in double precision, as the filters take them (all EEGMAT signals
// share one rate per file).
struct FileChannels {
    double rateHz = 0;
    std::vector<std::vector<double>> channels;
};

QVector<FileChannels> loadChannels(const QStringList& files) {
    QVector<FileChannels> out;
    for (const QString& path : files) {
        QString error;
        auto rec = Recording::open(path, &error);
        FileChannels f;
        f.rateHz = rec->info().signalInfos[0].rateHz;
        for (int s = 0; s < rec->info().signalInfos.size(); ++s) {
            const qint64 n = rec->info().signalInfos[s].samples;
            std::vector<double> x(n);
            rec->readPhysical(s, 0, n, x.data(), &error);
            f.channels.push_back(std::move(x));
        }
        out.push_back(std::move(f));
    }
    return out;
}

// The preprocessing path of the project: band-pass 0.5-45 Hz (order 4, zero phase), then
// resampling to 256 Hz; no notch, as in the MNE side of the comparison.
void bandpassAndResample(FileChannels f) {
    dsp::PreprocessConfig config;
    config.notchHz = 0;
    dsp::preprocessChannels(f.channels, f.rateHz, config);
}

template <typename F>
double bestOf(int repeats, F f) {
    double best = 1e300;
    for (int r = 0; r < repeats; ++r) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, t.nsecsElapsed() / 1e9);
    }
    return best;
}

}  // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList files = app.arguments().mid(1);
    if (files.isEmpty()) {
        std::fprintf(stderr, "usage: bench_edf_dsp FILE.edf...\n");
        return 2;
    }
    qint64 samples = 0;
    const double ingestSeconds = bestOf(5, [&] { samples = ingest(files); });
    const QVector<FileChannels> perFile = loadChannels(files);
    const double dspSeconds = bestOf(3, [&] {
        for (const FileChannels& f : perFile) bandpassAndResample(f);
    });
    const double dspParallelSeconds = bestOf(3, [&] {
        QtConcurrent::blockingMap(perFile, [](const FileChannels& f) { bandpassAndResample(f); });
    });
    const QJsonObject result{{"files", int(files.size())},
                             {"samples", samples},
                             {"ingest_s", ingestSeconds},
                             {"bandpass_resample_s", dspSeconds},
                             {"bandpass_resample_parallel_s", dspParallelSeconds},
                             {"threads", QThreadPool::globalInstance()->maxThreadCount()}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
