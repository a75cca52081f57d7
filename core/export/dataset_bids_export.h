// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A dataset as a BIDS-style folder of events: for each recording an events.tsv of its windows
// (onset, duration, trial_type = class, value = class index, split), participants.tsv with
// each subject's split, recordings.tsv naming the source file of each events.tsv, and a
// dataset_description.json carrying the dataset spec. The recordings are not copied: the
// windows go back to MNE, EEGLAB or pandas as events on the files they came from.

#include <QStringList>

namespace alfee::core {

class Workspace;

// Writes dataset `name` into `dir`; *written lists the files. False with *error naming the
// dataset or the file.
bool exportDatasetEvents(Workspace& workspace, const QString& name, const QString& dir,
                         QStringList* written, QString* error);

}  // namespace alfee::core
