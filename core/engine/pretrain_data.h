// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The unlabelled windows of a pretraining run: every whole window of every segment of the
// recordings of each source (folders imported into the workspace on the way, or a workspace
// dataset's windows), labelled with the source's paradigm class for t_DT.

#include "core/engine/pretrain_options.h"
#include "core/engine/training_data.h"

namespace alfee::core {

// Adds one source's windows to *data (whose spec gives the window length and preprocessing);
// files are of the subject `subjectPattern` (kAutoSubjects or a regex) finds in their names.
bool addPretrainSource(Workspace& workspace, const PretrainSource& source,
                       const QString& subjectPattern, TrainingData* data, QString* error);
// All sources of `options`, the windows of the last `validationSubjects` subjects (by name)
// split "validation", the rest "train".
bool loadPretrainData(Workspace& workspace, const PretrainOptions& options, TrainingData* out,
                      QString* error);

// At most `maxWindows` of `indices`, shared evenly between their subjects and spread evenly
// over each subject's windows (not the first ones by index, which are one subject's start).
QVector<int> spreadAcrossSubjects(const TrainingData& data, const QVector<int>& indices,
                                  int maxWindows);

}  // namespace alfee::core
