#pragma once
// Everything a pretraining run is configured with (MODEL.md section 6); stored as the run's
// config JSON so that a resumed run continues with the settings it started with.

#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include "core/engine/distributed_env.h"

namespace alfee::core {

// One source of unlabelled windows: files and folders, or a workspace dataset, and the paradigm
// class (MODEL.md's ten, as in paradigmNames()) its t_DT learns; empty: not declared.
struct PretrainSource {
    QStringList paths;
    QString dataset;
    QString paradigm;
};

// Data, model, recipe and runtime of a pretraining run.
struct PretrainOptions {
    QString workspace;
    QVector<PretrainSource> sources;
    double windowSeconds = 10;   // one patch per second
    int validationSubjects = 2;  // held out (the last ones by name) for a validation loss
    QString subjectPattern = QStringLiteral("auto");  // how file names say their subject

    QString size = "tiny";
    QString from;  // checkpoint to continue pretraining from; empty: a fresh model of `size`
    qint64 steps = 1000;
    int batch = 16;
    double lr = 1e-4;
    double weightDecay = 0.05;
    double warmupFraction = 0.05;
    double clipNorm = 1.0;
    int checkpointEvery = 100;    // steps between resumable checkpoints and validation losses
    int logEvery = 10;            // steps between per-task training losses in the registry
    int validationWindows = 256;  // held-out windows per validation, spread over the subjects
    int maxBadSteps = 20;

    quint64 seed = 1;
    QString device = "auto";
    int threads = 0;
    bool deterministic = false;  // deterministic algorithms: a resumed run ends identical
    QString name, experiment;

    // Data parallel (not saved: a resumed run may be started on other processes): this
    // process's rank, and how long a rank waits for the others before giving up.
    DistributedEnv distributed;
    int distributedTimeoutSeconds = 1800;

    QJsonObject toJson() const;
    static PretrainOptions fromJson(const QJsonObject& json);
    QString validate() const;  // empty when usable
};

}  // namespace alfee::core
