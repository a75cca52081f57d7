// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/modeling/window_batch.h"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "core/electrodes/electrode_vocabulary.h"

namespace alfee::core {

namespace {

void checkWindows(const QVector<PreparedWindow>& windows) {
    const int samples = windows.isEmpty() ? 0 : windows.front().samplesPerChannel;
    if (samples <= 0 || samples % 256 != 0)
        throw std::invalid_argument("a window of " + std::to_string(samples) +
                                    " samples is not a whole number of 1 s patches at 256 Hz");
    for (const PreparedWindow& w : windows) {
        if (w.samplesPerChannel != samples)
            throw std::invalid_argument("windows of " + std::to_string(w.samplesPerChannel) +
                                        " and " + std::to_string(samples) +
                                        " samples in one batch");
        if (w.electrodes.isEmpty() || w.data.size() != qsizetype(w.electrodes.size()) * samples)
            throw std::invalid_argument("a window without channels (or with missing samples)");
        // The rows of the channel-embedding table: one per electrode, each in the vocabulary
        // (an index out of it would read another electrode's embedding, or past the table).
        if (w.vocabularyIndex.size() != w.electrodes.size())
            throw std::invalid_argument(std::to_string(w.electrodes.size()) + " electrodes but " +
                                        std::to_string(w.vocabularyIndex.size()) +
                                        " vocabulary indices in a window");
        for (int k = 0; k < w.vocabularyIndex.size(); ++k)
            if (w.vocabularyIndex[k] < 0 || w.vocabularyIndex[k] >= ElectrodeVocabulary::kSize)
                throw std::invalid_argument("electrode '" + w.electrodes[k].toStdString() +
                                            "' is not in the vocabulary");
    }
}

}  // namespace

model::Batch makeBatch(const QVector<PreparedWindow>& windows, const QVector<int>& paradigms) {
    checkWindows(windows);
    const int64_t b = windows.size();
    int64_t c = 0;
    for (const PreparedWindow& w : windows) c = std::max<int64_t>(c, w.electrodes.size());
    const int64_t samples = windows.isEmpty() ? 0 : windows.front().samplesPerChannel;
    const int64_t t = samples / 256;
    model::Batch batch;
    batch.patches = torch::zeros({b, c, t, 256});
    batch.channels = torch::zeros({b, c}, torch::kLong);
    batch.valid = torch::zeros({b, c}, torch::kBool);
    batch.paradigm = torch::full({b}, -1, torch::kLong);
    for (int64_t i = 0; i < b; ++i) {
        const PreparedWindow& w = windows[i];
        const int64_t ci = w.electrodes.size();
        auto data =
            torch::from_blob(const_cast<float*>(w.data.constData()), {ci, t, 256}, torch::kFloat32);
        batch.patches[i].narrow(0, 0, ci).copy_(data);
        for (int64_t k = 0; k < ci; ++k) batch.channels[i][k] = w.vocabularyIndex[k];
        batch.valid[i].narrow(0, 0, ci).fill_(true);
        if (i < paradigms.size()) batch.paradigm[i] = paradigms[i];
    }
    return batch;
}

}  // namespace alfee::core
