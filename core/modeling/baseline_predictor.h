#pragma once
// A band-power baseline run as evaluate and infer apply it: the model its run folder keeps,
// what its windows must be, and class probabilities of windows.

#include <atomic>
#include <optional>

#include "core/engine/bandpower_model.h"
#include "core/engine/window_reader.h"
#include "core/modeling/training_support.h"
#include "core/workspace/workspace.h"

namespace alfee::core {

// A fitted band-power baseline, ready to predict.
struct BaselinePredictor {
    qint64 run = 0;
    QString modelPath;
    BandPowerModel model;

    // The windows it reads, as a checkpoint would say it: preprocessing, window length, its
    // electrodes (every one required) and one task head with its classes.
    CheckpointData data() const;
    // Probabilities of the windows `indices` of `reader` (prepared); false when cancelled or
    // with *error naming the window's recording and what it lacks.
    bool predict(WindowReader& reader, const TrainingData& windows, const QVector<int>& indices,
                 const std::atomic_bool* cancel, QVector<QVector<double>>* out,
                 QString* error) const;
};

// The baseline of the run `idOrName` when it is a band-power baseline run; nullopt for other
// runs. Throws (failJob) when its model file is missing or damaged.
std::optional<BaselinePredictor> baselineOfRun(Workspace& workspace, const QString& idOrName);

}  // namespace alfee::core
