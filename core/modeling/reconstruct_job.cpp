#include <cmath>

#include "core/modeling/model_loading.h"
#include "core/modeling/window_batch.h"

namespace alfee::core {
namespace {

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

// Copies the model's output into the result, in microvolts; a forecast's prediction at step t
// is of patch t + 1, so it is drawn there (patch 0 has none: NaN).
void fillReconstruction(const PreparedWindow& w, const model::Reconstruction& r,
                        model::PretrainTask task, ReconstructionResult* out) {
    const int c = w.electrodes.size(), t = w.samplesPerChannel / 256;
    const auto predictionTensor = r.prediction[0].to(torch::kCPU, torch::kFloat32).contiguous();
    const auto targetTensor = r.target[0].to(torch::kCPU, torch::kFloat32).contiguous();
    const auto prediction = predictionTensor.accessor<float, 3>();  // [T, C, 385]
    const auto target = targetTensor.accessor<float, 3>();
    const int shift = task == model::PretrainTask::Forecast ? 1 : 0;
    out->original.resize(c * t * 256), out->reconstructed.fill(std::nanf(""), c * t * 256);
    out->originalPsd.resize(c * t * 129), out->reconstructedPsd.fill(std::nanf(""), c * t * 129);
    out->hidden.resize(c * t);
    out->errorPerChannel.resize(c);
    for (int ch = 0; ch < c; ++ch) {
        double squared = 0;
        int judged = 0;
        for (int step = 0; step < t; ++step) {
            const bool hidden = hiddenPatch(task, r.plan, ch, step);
            out->hidden[ch * t + step] = hidden;
            for (int k = 0; k < 129; ++k)
                out->originalPsd[(ch * t + step) * 129 + k] = target[step][ch][256 + k];
            for (int k = 0; k < 256; ++k)
                out->original[ch * t * 256 + step * 256 + k] = float(
                    w.data[ch * w.samplesPerChannel + step * 256 + k] * w.std[ch] + w.mean[ch]);
            if (step - shift < 0) continue;
            const auto predicted = prediction[step - shift][ch];
            for (int k = 0; k < 129; ++k)
                out->reconstructedPsd[(ch * t + step) * 129 + k] = predicted[256 + k];
            for (int k = 0; k < 256; ++k) {
                const int i = ch * t * 256 + step * 256 + k;
                out->reconstructed[i] = float(predicted[k] * w.std[ch] + w.mean[ch]);
                if (hidden || task == model::PretrainTask::None)
                    squared += std::pow(out->reconstructed[i] - out->original[i], 2), ++judged;
            }
        }
        out->errorPerChannel[ch] = judged ? std::sqrt(squared / judged) : std::nan("");
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
    ReconstructionResult out{o_.dataPaths.value(0),
                             o_.onsetSeconds,
                             o_.maskTask,
                             w.electrodes,
                             w.samplesPerChannel / 256,
                             {},
                             {},
                             {},
                             {},
                             {},
                             {}};
    fillReconstruction(w, r, task, &out);
    QJsonObject errors;
    for (int c = 0; c < out.electrodes.size(); ++c)
        errors[out.electrodes[c]] = std::isfinite(out.errorPerChannel[c])
                                        ? QJsonValue(out.errorPerChannel[c])
                                        : QJsonValue();
    result_ = {{"checkpoint", path}, {"task", o_.maskTask}, {"rms_error_uv", errors}};
    emit reconstructed(out);
    *message = QStringLiteral("%1 channels x %2 s").arg(out.electrodes.size()).arg(out.steps);
    return run_status::kFinished;
}

}  // namespace alfee::core
