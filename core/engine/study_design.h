// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a study compares (`alfee study`): one labelled data set cut into subject-wise folds,
// arms (the band-power baseline, the model from scratch, the pretrained model, or any
// fine-tuning flags), seeds; every arm x fold x seed is an ordinary fine-tuning or baseline run
// on the same folds.

#include <QJsonObject>
#include <QVector>

#include "core/engine/finetune_options.h"
#include "core/engine/study_store.h"

namespace alfee::core {

// One arm: its name and its fine-tuning settings as the config JSON keys of
// fineTuneOptionTable() (baseline, scratch, lr, ...; the data is the study's).
struct StudyArm {
    QString name;
    QJsonObject options;
};

// A study before it runs.
struct StudyDesign {
    QString name;
    FineTuneOptions data;  // workspace, the files (datasets become their recordings) and spec
    QJsonObject common;    // settings of every arm (config JSON keys), under each arm's own
    int folds = 5;         // 0: leave subjects out (one fold per subject)
    QVector<qint64> seeds{1, 2, 3};
    QVector<StudyArm> arms;
    QString reference = QStringLiteral("bandpower");

    QJsonObject toJson() const;
    static StudyDesign fromJson(const QJsonObject& json, const QString& workspace);
    QString validate() const;  // empty when usable
};

// The built-in arms: bandpower (the baseline), scratch (a fresh tiny model), pretrained (the
// bundled checkpoint with today's defaults); nullopt for another name.
std::optional<StudyArm> builtInArm(const QString& name);

// The study a fine-tuning request becomes when the wizard is asked to compare it with the
// band-power baseline over `folds` subject-wise folds: two arms on the request's data, "model"
// (every setting of the request) and "bandpower" (the reference, aligned and centred as the
// model is), its seed the only seed. The caller turns a dataset request into files first.
StudyDesign studyOfRequest(const FineTuneOptions& request, int folds);

// A workspace dataset as the files it was cut from and its spec, so that each fold can name its
// own test subjects; false with *error.
bool datasetAsFiles(Workspace& workspace, const QString& dataset, FineTuneOptions* data,
                    QString* error);

// The cells of the study, fold by fold, arm by arm, seed by seed: folds drawn from the data's
// subjects and classes (stratified, seeded with the split seed), the same for every arm.
bool planCells(Workspace& workspace, const StudyDesign& design, QVector<StudyCell>* cells,
               QString* error);

// The run of one cell: the arm's settings on the study's data with the cell's test subjects
// (validation drawn from the others as in any run) and seed.
FineTuneOptions cellOptions(const StudyDesign& design, qint64 study, const StudyCell& cell);

}  // namespace alfee::core
