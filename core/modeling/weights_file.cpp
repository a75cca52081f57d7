// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/modeling/weights_file.h"

#include <set>

#include "core/modeling/safetensors.h"
#include "core/modeling/training_support.h"
#include "core/modeling/weights_export.h"

namespace alfee::core {
namespace {

// The file's tensors into the model's parameters: every name once, each of the model's shape.
bool copyTensors(const SafetensorsContent& content, model::Alfee& net, QString* why) {
    std::map<std::string, at::Tensor> byName(content.tensors.begin(), content.tensors.end());
    std::set<std::string> used;
    torch::NoGradGuard noGrad;
    for (auto& p : net->named_parameters()) {
        const auto it = byName.find(p.key());
        if (it == byName.end()) {
            *why = "no tensor " + QString::fromStdString(p.key());
            return false;
        }
        if (it->second.sizes() != p.value().sizes()) {
            *why = QString::fromStdString(p.key()) + " has another shape than the config's";
            return false;
        }
        p.value().copy_(it->second.to(torch::kFloat32));
        used.insert(p.key());
    }
    for (const auto& [name, tensor] : content.tensors)
        if (!used.count(name)) {
            *why = "a tensor the model does not have: " + QString::fromStdString(name);
            return false;
        }
    return true;
}

std::optional<model::CheckpointMeta> metaOf(const QMap<QString, QString>& metadata, QString* why) {
    if (metadata.value("format") != QLatin1String(kWeightsFormat) ||
        !metadata.contains("alfee_config")) {
        *why = "not ALFEE weights (no alfee_config in its metadata)";
        return std::nullopt;
    }
    std::string error;
    const auto config =
        model::ModelConfig::deserialize(metadata.value("alfee_config").toStdString(), &error);
    if (!config) {
        *why = "its model config: " + QString::fromStdString(error);
        return std::nullopt;
    }
    model::CheckpointMeta meta;
    meta.config = *config;
    meta.preprocessJson = metadata.value("preprocess").toStdString();
    meta.vocabularyVersion = metadata.value("vocabulary_version", "1").toLongLong();
    meta.step = metadata.value("step", "0").toLongLong();
    if (meta.vocabularyVersion != model::kVocabularyVersion)
        return *why =
                   QStringLiteral("made for electrode vocabulary version %1, this program has %2")
                       .arg(meta.vocabularyVersion)
                       .arg(model::kVocabularyVersion),
               std::nullopt;
    return meta;
}

}  // namespace

bool writeWeightsFile(const QString& path, model::Alfee& net, const model::CheckpointMeta& meta,
                      QString* error) {
    SafetensorsContent content;
    for (const auto& p : net->named_parameters())
        content.tensors.push_back({p.key(), p.value().detach().to(torch::kFloat32)});
    content.metadata = {{"format", kWeightsFormat},
                        {"alfee_config", QString::fromStdString(meta.config.serialize())},
                        {"preprocess", QString::fromStdString(meta.preprocessJson)},
                        {"vocabulary_version", QString::number(meta.vocabularyVersion)},
                        {"step", QString::number(meta.step)}};
    return writeSafetensors(path, content, error);
}

std::optional<model::LoadedCheckpoint> readWeightsFile(const QString& path,
                                                       const c10::Device& device, QString* error) {
    const auto content = readSafetensors(path, error);
    if (!content) return std::nullopt;
    QString why;
    const auto meta = metaOf(content->metadata, &why);
    if (!meta) {
        *error = path + ": " + why;
        return std::nullopt;
    }
    model::LoadedCheckpoint out{model::Alfee(meta->config), *meta};
    if (!copyTensors(*content, out.model, &why)) {
        *error = path + ": the weights do not fit the model config (" + why + ")";
        return std::nullopt;
    }
    out.model->to(device);
    return out;
}

bool exportWeights(const QString& checkpoint, const QString& out, QString* error) {
    try {
        model::LoadedCheckpoint loaded = readCheckpoint(checkpoint, torch::kCPU);
        return writeWeightsFile(out, loaded.model, loaded.meta, error);
    } catch (const std::exception& e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
}

}  // namespace alfee::core
