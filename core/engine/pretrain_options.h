// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Everything a pretraining run is configured with (MODEL.md section 6); stored as the run's
// config JSON so that a resumed run continues with the settings it started with. Each setting
// is defined once, in pretrainOptionTable().

#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include "core/engine/distributed_env.h"
#include "core/engine/training_option.h"

namespace alfee::core {

// One source of unlabelled windows: files and folders, or a workspace dataset, and the paradigm
// class (MODEL.md's ten, as in paradigmNames()) its t_DT learns; empty: not declared.
struct PretrainSource {
    QStringList paths;
    QString dataset;
    QString paradigm;
};

// Data, model, recipe and runtime of a pretraining run; the defaults, ranges and flags of the
// settings are in pretrainOptionTable().
struct PretrainOptions {
    PretrainOptions();  // every setting at its table default

    QString workspace;
    QVector<PretrainSource> sources;
    // An adaptation run (alfee finetune --adapt-steps): {"finetune": the fine-tuning options'
    // data (datasets, data, spec), "adapt_on": training | all}; its windows are the fine-tuning
    // run's own, cut as that run cuts them. Empty: the sources above.
    QJsonObject adaptationOf;
    double windowSeconds;    // one patch per second
    int validationSubjects;  // held out (the last ones by name) for a validation loss
    QString subjectPattern;  // how file names say their subject ("auto": the known schemes)

    QString size;
    QString from;  // checkpoint to continue pretraining from; empty: a fresh model of `size`
    qint64 steps;
    int batch;
    double lr;
    double weightDecay;
    double warmupFraction;
    double clipNorm;
    int checkpointEvery;    // steps between resumable checkpoints and validation losses
    int logEvery;           // steps between per-task training losses in the registry
    int validationWindows;  // held-out windows per validation, spread over the subjects
    int maxBadSteps;

    quint64 seed;
    QString device;
    int threads;
    bool deterministic;  // deterministic algorithms: a resumed run ends identical
    QString name, experiment;

    // Data parallel (not saved: a resumed run may be started on other processes): this
    // process's rank, and how long a rank waits for the others before giving up.
    DistributedEnv distributed;
    int distributedTimeoutSeconds;

    QJsonObject toJson() const;
    static PretrainOptions fromJson(const QJsonObject& json);
    QString validate() const;  // empty when usable
};

// The settings of `alfee pretrain`, in the order the reproducing command line writes them.
const QVector<TrainingOption<PretrainOptions>>& pretrainOptionTable();

}  // namespace alfee::core
