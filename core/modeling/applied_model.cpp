// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/modeling/applied_model.h"

#include "core/modeling/model_loading.h"

namespace alfee::core {

QVector<QVector<double>> AppliedModel::predict(WindowReader& reader, const TrainingData& data,
                                               const QVector<int>& indices, int task, int batch,
                                               const std::atomic_bool* cancel,
                                               const std::function<void(int)>& progress) const {
    if (session)
        return predictProbabilities(*session, task, reader, indices, batch, cancel, progress);
    QVector<QVector<double>> out;
    QString error;
    if (!baseline->predict(reader, data, indices, cancel, &out, &error) && !error.isEmpty())
        failJob(error);
    if (progress) progress(int(out.size()));
    return out;
}

AppliedModel appliedModel(const EvaluationOptions& o, Workspace* workspace, qint64* run) {
    AppliedModel m;
    if (!o.run.isEmpty() && !workspace) failJob(o.workspace + ": no workspace there");
    if (!o.run.isEmpty()) m.baseline = linearHeadOfRun(*workspace, o.run, o.device, o.threads);
    if (m.baseline) {
        *run = m.baseline->run;
        m.source = m.baseline->modelPath;
        m.device = m.baseline->encoder ? m.baseline->encoder->device() : QStringLiteral("cpu");
        m.data = m.baseline->data();
        return m;
    }
    m.source = o.run.isEmpty() ? o.checkpoint : selectedCheckpoint(o, *workspace, run);
    LoadedModel loaded = loadModel(m.source, o);
    m.device = QString::fromStdString(loaded.session->device().str());
    m.data = loaded.data, m.session = std::move(loaded.session);
    return m;
}

}  // namespace alfee::core
