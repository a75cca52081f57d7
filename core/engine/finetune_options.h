#pragma once
// Everything a fine-tuning run is configured with; stored as the run's config JSON, so that a
// resumed run continues with exactly the settings it started with.

#include <QJsonObject>
#include <QStringList>

#include "core/dataset/dataset_spec.h"

namespace alfee::core {

// Data, starting point, recipe (MODEL.md section 7) and runtime of a fine-tuning run.
struct FineTuneOptions {
    QString workspace;
    QStringList datasets;   // workspace datasets, one task each
    QStringList dataPaths;  // or files and folders, one task, cut with `spec`
    DatasetSpec spec;       // label options for dataPaths

    QString from;  // checkpoint to start from; empty with scratch = false: the bundled one
    bool scratch = false;
    QString size = "tiny";  // model size when starting from scratch

    int epochs = 8;
    int batch = 16;
    double lr = 5e-4;
    double weightDecay = 0.05;
    double warmupFraction = 0.1;  // of all steps, linear warm-up before the cosine
    double clipNorm = 1.0;
    int patience = 4;          // epochs without a better validation balanced accuracy
    int checkpointEvery = 20;  // steps between resumable checkpoints (and at each epoch end)
    int maxBadSteps = 20;      // non-finite steps in a row that end the run as failed

    quint64 seed = 1;
    QString device = "auto";
    int threads = 0;
    bool deterministic = false;
    QString name, experiment;

    QJsonObject toJson() const;
    static FineTuneOptions fromJson(const QJsonObject& json);
    QString validate() const;  // empty when usable
};

// The bundled pretrained checkpoint, when this installation ships one (empty otherwise).
QString bundledCheckpoint();

}  // namespace alfee::core
