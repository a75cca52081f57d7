// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include "core/modeling/model_loading.h"
#include "core/modeling/window_batch.h"

namespace alfee::core {
namespace {

// A patch is one second at 256 Hz with a 129-bin log periodogram: what the data side prepares
// and model::ModelConfig::validate() requires of every checkpoint.
constexpr int kPatchSamples = 256, kPsdBins = 129;

model::PretrainTask maskTaskOf(const QString& name) {
    if (name == "channel") return model::PretrainTask::MaskChannel;
    if (name == "temporal") return model::PretrainTask::MaskTime;
    if (name == "forecast") return model::PretrainTask::Forecast;
    if (name == "none") return model::PretrainTask::None;
    failJob(QStringLiteral("mask task '%1' is not channel, temporal, forecast or none").arg(name));
}

// Which patch (c, t) the model did not see, and which prediction stands for it.
bool hiddenPatch(model::PretrainTask task, const model::MaskPlan& plan, int c, int t) {
    switch (task) {
        case model::PretrainTask::MaskChannel:
            return plan.channelMasked[0][c].item<bool>();
        case model::PretrainTask::MaskTime:
            return plan.stepMasked[0][t].item<bool>();
        case model::PretrainTask::Forecast:
            return t > 0;
        default:
            return false;
    }
}

// Squared errors and the judged originals of one channel, for its RMS error and explained
// variance.
struct ChannelFit {
    double squared = 0, sum = 0, sumSquares = 0;
    int judged = 0;
    void add(double original, double reconstructed) {
        squared += (reconstructed - original) * (reconstructed - original);
        sum += original, sumSquares += original * original, ++judged;
    }
    double rms() const { return judged ? std::sqrt(squared / judged) : std::nan(""); }
    double explainedVariance() const {
        const double total = sumSquares - sum * sum / std::max(1, judged);
        return judged && total > 0 ? 1 - squared / total : std::nan("");
    }
};

// Copies the model's output into the result, in microvolts (the window's z-scored rows mapped
// back with their mean and standard deviation); a forecast's prediction at step t is of patch
// t + 1, so it is drawn there (patch 0 has none: NaN).
void fillReconstruction(const PreparedWindow& w, const model::Reconstruction& r,
                        model::PretrainTask task, ReconstructionResult* out) {
    const int c = w.electrodes.size(), patch = kPatchSamples, bins = kPsdBins;
    const int t = w.samplesPerChannel / patch;
    const auto predictionTensor = r.prediction[0].to(torch::kCPU, torch::kFloat32).contiguous();
    const auto targetTensor = r.target[0].to(torch::kCPU, torch::kFloat32).contiguous();
    const auto prediction = predictionTensor.accessor<float, 3>();  // [T, C, patch + bins]
    const auto target = targetTensor.accessor<float, 3>();
    const int shift = task == model::PretrainTask::Forecast ? 1 : 0;
    out->original.resize(c * t * patch), out->reconstructed.fill(std::nanf(""), c * t * patch);
    out->originalPsd.resize(c * t * bins), out->reconstructedPsd.fill(std::nanf(""), c * t * bins);
    out->hidden.resize(c * t);
    out->errorPerChannel.resize(c), out->explainedVariance.resize(c);
    for (int ch = 0; ch < c; ++ch) {
        ChannelFit fit;
        for (int step = 0; step < t; ++step) {
            const bool hidden = hiddenPatch(task, r.plan, ch, step);
            out->hidden[ch * t + step] = hidden;
            for (int k = 0; k < bins; ++k)
                out->originalPsd[(ch * t + step) * bins + k] = target[step][ch][patch + k];
            for (int k = 0; k < patch; ++k)
                out->original[(ch * t + step) * patch + k] = float(
                    w.data[ch * w.samplesPerChannel + step * patch + k] * w.std[ch] + w.mean[ch]);
            if (step - shift < 0) continue;
            const auto predicted = prediction[step - shift][ch];
            for (int k = 0; k < bins; ++k)
                out->reconstructedPsd[(ch * t + step) * bins + k] = predicted[patch + k];
            for (int k = 0; k < patch; ++k) {
                const int i = (ch * t + step) * patch + k;
                out->reconstructed[i] = float(predicted[k] * w.std[ch] + w.mean[ch]);
                if (hidden || task == model::PretrainTask::None)
                    fit.add(out->original[i], out->reconstructed[i]);
            }
        }
        out->errorPerChannel[ch] = fit.rms(), out->explainedVariance[ch] = fit.explainedVariance();
    }
}

}  // namespace

ReconstructJob::ReconstructJob(const EvaluationOptions& options, QObject* parent)
    : Job(parent), o_(options) {
    qRegisterMetaType<alfee::core::ReconstructionResult>();
}
ReconstructJob::~ReconstructJob() = default;

QString ReconstructJob::execute(QString* message) {
    const QString path = checkpointOfOptions(o_);
    LoadedModel m = loadModel(path, o_, false);
    const model::PretrainTask task = maskTaskOf(o_.maskTask);
    const PreparedWindow w = windowOfOptions(o_, m.data);
    torch::manual_seed(o_.maskSeed);
    m.session->model()->eval();
    const model::Reconstruction r = m.session->reconstruct(makeBatch({w}), task);
    ReconstructionResult out;
    out.recording = o_.dataPaths.value(0), out.onsetSeconds = o_.onsetSeconds;
    out.task = o_.maskTask, out.electrodes = w.electrodes;
    out.steps = w.samplesPerChannel / kPatchSamples;
    fillReconstruction(w, r, task, &out);
    auto perChannel = [&](const QVector<double>& values) {
        QJsonObject o;
        for (int c = 0; c < out.electrodes.size(); ++c)
            o[out.electrodes[c]] = std::isfinite(values[c]) ? QJsonValue(values[c]) : QJsonValue();
        return o;
    };
    result_ = {{"checkpoint", path},
               {"task", o_.maskTask},
               {"rms_error_uv", perChannel(out.errorPerChannel)},
               {"explained_variance", perChannel(out.explainedVariance)}};
    emit reconstructed(out);
    *message = QStringLiteral("%1 channels x %2 s").arg(out.electrodes.size()).arg(out.steps);
    return run_status::kFinished;
}

}  // namespace alfee::core
