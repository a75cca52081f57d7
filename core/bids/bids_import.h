// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Imports an EEG-BIDS dataset into a workspace: each recording as any file import, then what
// BIDS adds: bad channels of channels.tsv out of the model input (and channels it types as
// not EEG), events.tsv as annotations (usable for labels), entities, line frequency and
// reference per recording, and participants.tsv rows as subject metadata.

#include <QStringList>
#include <functional>

#include "core/bids/bids_layout.h"
#include "core/workspace/recording_store.h"

namespace alfee::core {

class Workspace;

// What a BIDS import did, for the command line and the import report.
struct BidsImportSummary {
    int imported = 0, alreadyPresent = 0, failed = 0;
    int subjects = 0, badChannels = 0, events = 0;
    QStringList errors;    // per failed recording, naming the file
    QStringList warnings;  // missing or inconsistent sidecars, naming the file
    QVector<QPair<QString, ImportOutcome>> outcomes;  // per recording file
};

// Imports every recording of `dataset`; `progress(done, total)` after each.
BidsImportSummary importBids(Workspace& workspace, const BidsDataset& dataset,
                             const std::function<void(int, int)>& progress = {});

// The line frequency BIDS gave the recordings (the same for all of them), else 0.
double bidsLineFrequency(Workspace& workspace, const QVector<qint64>& recordingIds);

// A participants.tsv column of a subject (the label without "sub-"); empty when unknown.
QString participantValue(Workspace& workspace, const QString& subject, const QString& column);

}  // namespace alfee::core
