// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/modeling/model_loading.h"
#include "core/modeling/window_batch.h"

namespace alfee::core {
namespace {

// A CPU float copy of `t`, flattened.
QVector<float> floats(const at::Tensor& t) {
    const auto c = t.to(torch::kCPU, torch::kFloat32).contiguous();
    return QVector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

// The window's samples back in microvolts (the model saw them z-scored per channel).
QVector<float> microvolts(const PreparedWindow& w) {
    QVector<float> out(w.data.size());
    for (int c = 0; c < w.electrodes.size(); ++c)
        for (int i = 0; i < w.samplesPerChannel; ++i) {
            const int k = c * w.samplesPerChannel + i;
            out[k] = float(w.data[k] * w.std[c] + w.mean[c]);
        }
    return out;
}

// Per layer [1, T, H, C] -> L x T x C, averaged over heads.
QVector<float> channelAttention(model::AlfeeSession& session, const model::Batch& batch) {
    std::vector<at::Tensor> layers = session.channelAttention(batch);
    std::vector<at::Tensor> means;
    for (const at::Tensor& w : layers) means.push_back(w[0].to(torch::kFloat32).mean(1));
    return floats(torch::stack(means));
}

void addTaskAttention(model::AlfeeSession& session, const model::Batch& batch,
                      const CheckpointData& data, AttentionMaps* out) {
    torch::NoGradGuard noGrad;
    at::Tensor weights;  // [B, H, K, T]
    const std::vector<at::Tensor> logits = session.fineTuneLogits(batch, &weights);
    out->task = floats(weights[0].to(torch::kFloat32).mean(0));
    for (const TaskHead& t : data.tasks) out->tasks << t.name;
    out->classes = data.tasks.front().classes;
    out->probabilities = floats(torch::softmax(logits.front()[0].to(torch::kFloat32), 0));
}

}  // namespace

AttentionJob::AttentionJob(const EvaluationOptions& options, QObject* parent)
    : Job(parent), o_(options) {
    qRegisterMetaType<alfee::core::AttentionMaps>();
}
AttentionJob::~AttentionJob() = default;

QString AttentionJob::execute(QString* message) {
    const QString path = checkpointOfOptions(o_);
    LoadedModel m = loadModel(path, o_, false);
    const PreparedWindow w = windowOfOptions(o_, m.data);
    m.session->model()->eval();
    const model::Batch batch = makeBatch({w});
    AttentionMaps out;
    out.recording = o_.dataPaths.value(0), out.checkpoint = path;
    out.onsetSeconds = o_.onsetSeconds, out.electrodes = w.electrodes;
    out.steps = w.samplesPerChannel / 256;
    out.traces = microvolts(w);
    out.channel = channelAttention(*m.session, batch);
    out.layers = out.channel.size() / std::max(1, out.steps * int(w.electrodes.size()));
    if (!m.data.tasks.isEmpty()) addTaskAttention(*m.session, batch, m.data, &out);
    result_ = {{"checkpoint", path}, {"layers", out.layers}, {"steps", out.steps}};
    emit attention(out);
    *message = QStringLiteral("%1 channels x %2 s").arg(out.electrodes.size()).arg(out.steps);
    return run_status::kFinished;
}

}  // namespace alfee::core
