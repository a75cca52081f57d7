// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/modeling/frozen_encoder.h"

#include <stdexcept>

#include "core/engine/finetune_options.h"
#include "core/modeling/training_support.h"
#include "core/modeling/window_batch.h"

namespace alfee::core {
namespace {

// A pretrained network in evaluation mode, without gradients.
class FrozenEncoder : public EncoderFeatures {
  public:
    FrozenEncoder(QString checkpoint, std::unique_ptr<model::AlfeeSession> session)
        : checkpoint_(std::move(checkpoint)), session_(std::move(session)) {
        session_->model()->eval();
    }
    QString checkpoint() const override { return checkpoint_; }
    QString device() const override { return QString::fromStdString(session_->device().str()); }
    int dimension() const override { return 2 * session_->model()->config().dim; }

    QVector<QVector<double>> of(const QVector<PreparedWindow>& windows) override {
        torch::NoGradGuard noGrad;
        const at::Tensor memory = session_->embeddings(makeBatch(windows));  // [B, T+1, D]
        const at::Tensor pooled = torch::cat({memory.select(1, 0), memory.slice(1, 1).mean(1)}, 1)
                                      .to(torch::kFloat64)
                                      .cpu()
                                      .contiguous();
        QVector<QVector<double>> rows;
        for (int64_t i = 0; i < pooled.size(0); ++i) {
            const double* row = pooled[i].data_ptr<double>();
            rows << QVector<double>(row, row + pooled.size(1));
        }
        return rows;
    }

  private:
    QString checkpoint_;
    std::unique_ptr<model::AlfeeSession> session_;
};

}  // namespace

QString probedCheckpoint(const FineTuneOptions& o) {
    if (!o.adaptedCheckpoint.isEmpty()) return o.adaptedCheckpoint;
    return o.from.isEmpty() ? bundledCheckpoint() : o.from;
}

std::unique_ptr<EncoderFeatures> loadFrozenEncoder(const QString& checkpoint, const QString& device,
                                                   int threads) {
    if (checkpoint.isEmpty())
        throw std::runtime_error(
            "--freeze encoder: no pretrained checkpoint in this installation; give --from");
    model::applyRuntime({device.toStdString(), threads, false, 0});
    std::string why;
    const auto chosen = model::chooseDevice(device.toStdString(), &why);
    if (!chosen) throw std::runtime_error(why);
    auto loaded = readCheckpoint(checkpoint, torch::kCPU);
    return std::make_unique<FrozenEncoder>(
        checkpoint, std::make_unique<model::AlfeeSession>(loaded.model, *chosen));
}

std::unique_ptr<EncoderFeatures> loadRunEncoder(const FineTuneOptions& o) {
    return loadFrozenEncoder(probedCheckpoint(o), o.device, o.threads);
}

}  // namespace alfee::core
