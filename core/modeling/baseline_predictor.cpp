#include "core/modeling/baseline_predictor.h"

#include <QFileInfo>

#include "core/engine/run_registry.h"
#include "core/modeling/model_loading.h"

namespace alfee::core {

CheckpointData BaselinePredictor::data() const {
    CheckpointData d;
    d.preprocess = model.preprocess;
    d.windowSeconds = model.windowSeconds;
    d.electrodes = model.electrodes;
    d.tasks = {TaskHead{QStringLiteral("bandpower"), model.classes}};
    d.align = model.align;
    return d;
}

bool BaselinePredictor::predict(WindowReader& reader, const TrainingData& windows,
                                const QVector<int>& indices, const std::atomic_bool* cancel,
                                QVector<QVector<double>>* out, QString* error) const {
    const double rate = dsp::PreprocessConfig::fromJson(model.preprocess).targetRateHz;
    out->clear();
    for (int i : indices) {
        if (cancel && *cancel) return false;
        PreparedWindow w;
        QVector<double> features;
        if (!reader.read(i, &w, error)) return false;
        if (!model.features(w, rate, &features, error)) {
            *error = windows.recordings[windows.windows[i].recording].path + ": " + *error;
            return false;
        }
        *out << model.model.probabilities(features);
    }
    return true;
}

std::optional<BaselinePredictor> baselineOfRun(Workspace& workspace, const QString& idOrName) {
    QString error;
    RunRegistry registry(workspace);
    const auto run = registry.find(idOrName, &error);
    if (!run) failJob(error);
    if (run->kind != "baseline") return std::nullopt;
    BaselinePredictor p;
    p.run = run->id;
    p.modelPath = registry.runFolder(run->id) + "/" + kBandPowerModelFile;
    if (!QFileInfo::exists(p.modelPath))
        failJob(QStringLiteral("run %1 is a band-power baseline fitted before baselines kept their "
                               "model (%2 is missing): fit it again with alfee finetune "
                               "--baseline bandpower")
                    .arg(run->id)
                    .arg(p.modelPath));
    if (!BandPowerModel::load(p.modelPath, &p.model, &error)) failJob(error);
    return p;
}

}  // namespace alfee::core
