// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Everything a fine-tuning (or band-power baseline) run is configured with; stored as the
// run's config JSON, so that a resumed run continues with exactly the settings it started with.
// Each setting is defined once, in fineTuneOptionTable().

#include <QJsonObject>
#include <QStringList>

#include "core/dataset/dataset_spec.h"
#include "core/engine/training_option.h"

namespace alfee::core {

// Data, starting point, recipe (MODEL.md section 7) and runtime of a fine-tuning run. The
// defaults, ranges and flags of the settings are in fineTuneOptionTable().
struct FineTuneOptions {
    FineTuneOptions();  // every setting at its table default

    QString workspace;
    QStringList datasets;   // workspace datasets, one task each
    QStringList dataPaths;  // or files and folders, one task, cut with `spec`
    DatasetSpec spec;       // label options for dataPaths

    QString from;  // checkpoint to start from; empty with scratch = false: the bundled one
    bool scratch;
    QString size;          // model size when starting from scratch
    int adaptSteps;        // continued pretraining on the run's own recordings first; 0: none
    QString adaptOn;       // whose recordings the adaptation reads: training (and validation)
                           // subjects, or all (the test subjects' too, unlabelled)
    qint64 adaptationRun;  // the pretraining run that adapted `from` to these recordings (0: none)
    QString adaptedCheckpoint;  // its checkpoint: where fine-tuning starts instead of `from`

    int epochs;
    int batch;
    double lr;
    double weightDecay;
    double warmupFraction;  // of all steps, linear warm-up before the cosine
    double clipNorm;
    int patience;         // epochs without a better validation balanced accuracy
    int checkpointEvery;  // steps between resumable checkpoints (and at each epoch end)
    int maxBadSteps;      // non-finite steps in a row that end the run as failed
    QString align;        // "none", or "euclidean": each subject's windows whitened by its own
                          // mean spatial covariance (core/engine/subject_alignment.h)

    // The recipe for small data (issue 33).
    QString freeze;         // "none", or "encoder": a linear probe on features computed once
    int probeEpochs;        // epochs that train the task head only before the whole model
    double layerDecay;      // learning rate of encoder layer l: lr * decay^(depth above l)
    double headLr;          // the task head's learning rate; 0: --lr
    double labelSmoothing;  // of the classification loss's targets
    int loraRank;           // LoRA adapters of this rank on the attention projections; 0: none
    bool subjectCentring;   // features minus their subject's mean (frozen encoder, baseline)
    bool withBandPower;     // the frozen encoder's probe also sees each channel's log band power
    double probeC;          // the frozen encoder probe's inverse L2 strength (scikit-learn's C)

    QString baseline;   // empty: fine-tune the model; "bandpower": the classical baseline
    double baselineC;   // the baseline's inverse L2 strength (scikit-learn's C)
    bool withBaseline;  // a model run: fit the baseline on the same split first (a run of its own)
    QVector<qint64> baselineRuns;  // the baselines FineTunePlan ran beside this run (config JSON)

    quint64 seed;
    QString device;
    int threads;
    bool deterministic;
    QString name, experiment;

    // A run whose model is a logistic regression on features computed once per window: the
    // band-power baseline, or the frozen encoder's probe.
    bool fitsLinearHead() const { return !baseline.isEmpty() || freeze == "encoder"; }
    // kModelRun or kBaselineRun: which of the table's settings apply.
    unsigned use() const { return baseline.isEmpty() ? kModelRun : kBaselineRun; }
    QJsonObject toJson() const;
    static FineTuneOptions fromJson(const QJsonObject& json);
    QString validate() const;       // empty when usable
    QString recipeProblem() const;  // settings of the recipe that do not go together
};

// The settings of `alfee finetune`, in the order the reproducing command line writes them.
const QVector<TrainingOption<FineTuneOptions>>& fineTuneOptionTable();

// The bundled pretrained checkpoint, when this installation ships one (empty otherwise).
QString bundledCheckpoint();

}  // namespace alfee::core
