// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/modeling/torch_include.h"  // first: it includes ATen/CPUGeneratorImpl.h too

#include <QJsonDocument>
#include <cmath>
#include <cstring>
#include <mutex>

#include "core/modeling/training_state.h"

namespace alfee::core {
namespace {

QByteArray currentRandomState() {
    auto gen = at::detail::getDefaultCPUGenerator();
    std::lock_guard<std::mutex> lock(gen.mutex());
    const auto state = gen.get_state().contiguous();
    return QByteArray(static_cast<const char*>(state.data_ptr()), state.numel());
}

}  // namespace

QJsonObject TrainingState::toJson() const {
    return {{"epoch", epoch},
            {"batch_in_epoch", batchInEpoch},
            {"step", step},
            {"best_score", std::isfinite(bestScore) ? QJsonValue(bestScore) : QJsonValue()},
            {"best_epoch", bestEpoch},
            {"epochs_without_gain", epochsWithoutGain},
            {"skipped", skipped},
            {"epoch_loss_sum", epochLossSum},
            {"epoch_loss_count", epochLossCount},
            {"random_state", QString::fromLatin1(currentRandomState().toBase64())}};
}

TrainingState TrainingState::fromJson(const std::string& json) {
    const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
    TrainingState s;
    s.epoch = o["epoch"].toInt();
    s.batchInEpoch = o["batch_in_epoch"].toInt();
    s.step = o["step"].toInteger();
    s.bestScore = o["best_score"].isNull() ? s.bestScore : o["best_score"].toDouble();
    s.bestEpoch = o["best_epoch"].toInt(-1);
    s.epochsWithoutGain = o["epochs_without_gain"].toInt();
    s.skipped = o["skipped"].toInteger();
    s.epochLossSum = o["epoch_loss_sum"].toDouble();
    s.epochLossCount = o["epoch_loss_count"].toInteger();
    s.randomState = QByteArray::fromBase64(o["random_state"].toString().toLatin1());
    return s;
}

void TrainingState::restoreRandomState() const {
    if (randomState.isEmpty()) return;
    auto gen = at::detail::getDefaultCPUGenerator();
    std::lock_guard<std::mutex> lock(gen.mutex());
    auto bytes = torch::empty({randomState.size()}, torch::kUInt8);
    std::memcpy(bytes.data_ptr(), randomState.constData(), randomState.size());
    gen.set_state(bytes);
}

}  // namespace alfee::core
