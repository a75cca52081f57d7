#pragma once
// The unlabelled windows of a pretraining run: every whole window of every segment of the
// recordings of each source (folders imported into the workspace on the way, or a workspace
// dataset's windows), labelled with the source's paradigm class for t_DT.

#include "core/engine/pretrain_options.h"
#include "core/engine/training_data.h"

namespace alfee::core {

// Adds one source's windows to *data (whose spec gives the window length and preprocessing).
bool addPretrainSource(Workspace& workspace, const PretrainSource& source, TrainingData* data,
                       QString* error);
// All sources of `options`, the windows of the last `validationSubjects` subjects (by name)
// split "validation", the rest "train".
bool loadPretrainData(Workspace& workspace, const PretrainOptions& options, TrainingData* out,
                      QString* error);

}  // namespace alfee::core
