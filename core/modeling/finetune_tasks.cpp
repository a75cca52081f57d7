// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/modeling/finetune_tasks.h"

#include <algorithm>
#include <random>

#include "model/losses.h"

namespace alfee::core {

QVector<PlannedBatch> epochPlan(const std::vector<FineTuneTask>& tasks, quint64 seed, int epoch,
                                int batch) {
    std::mt19937_64 rng(seed * 1000003ULL + quint64(epoch));
    QVector<PlannedBatch> plan;
    for (size_t k = 0; k < tasks.size(); ++k) {
        QVector<int> order = tasks[k].train;
        std::shuffle(order.begin(), order.end(), rng);
        for (int i = 0; i < order.size(); i += batch) plan.push_back({int(k), order.mid(i, batch)});
    }
    std::shuffle(plan.begin(), plan.end(), rng);
    return plan;
}

at::Tensor labelsOf(const FineTuneTask& task, const QVector<int>& windows) {
    auto labels = torch::empty({windows.size()}, torch::kLong);
    for (int i = 0; i < windows.size(); ++i) labels[i] = task.data.windows[windows[i]].label;
    return labels;
}

at::Tensor classWeightsOf(const FineTuneTask& task) {
    auto counts = torch::zeros({task.head.classes.size()}, torch::kFloat32);
    for (int i : task.train) counts[task.data.windows[i].label] += 1;
    return model::inverseSqrtClassWeights(counts);
}

}  // namespace alfee::core
