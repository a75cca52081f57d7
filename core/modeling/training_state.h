// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where a training run stands, saved inside each resumable checkpoint: epoch and position in
// the epoch's seeded order, step, best validation score, early-stopping count, skipped steps,
// the running epoch loss and LibTorch's random state. With the optimizer state (saved beside
// it) and the schedule (a function of the step), a resumed run continues exactly.

#include <QJsonObject>
#include <QtGlobal>
#include <limits>

namespace alfee::core {

// The resumable state of a training loop.
struct TrainingState {
    int epoch = 0;
    int batchInEpoch = 0;
    qint64 step = 0;
    double bestScore = -std::numeric_limits<double>::infinity();
    int bestEpoch = -1;
    int epochsWithoutGain = 0;
    qint64 skipped = 0;
    double epochLossSum = 0;
    qint64 epochLossCount = 0;
    QByteArray randomState;  // LibTorch's CPU generator, as saved by toJson()

    // Captures LibTorch's CPU random state too.
    QJsonObject toJson() const;
    static TrainingState fromJson(const std::string& json);
    void restoreRandomState() const;
};

}  // namespace alfee::core
