// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An EEG-BIDS dataset as found on disk: participants, the EEG recordings with the entities of
// their names, and each recording's sidecars (channels.tsv, events.tsv, _eeg.json). What is
// missing or inconsistent becomes a warning naming the file; a BIDS validator it is not.

#include <QMap>
#include <QStringList>
#include <QVector>
#include <optional>

#include "core/recording/recording_info.h"

namespace alfee::core {

// The entities of a BIDS file name (sub-01_ses-2_task-rest_acq-a_run-1_eeg.edf).
struct BidsEntities {
    QString subject, session, task, acquisition, run;
};
std::optional<BidsEntities> parseBidsName(const QString& fileName);

// One row of channels.tsv.
struct BidsChannel {
    QString name, type, units, status, description;
    bool bad() const { return status.compare("bad", Qt::CaseInsensitive) == 0; }
};

// One EEG recording of the dataset with what its sidecars say.
struct BidsRecording {
    QString path;
    BidsEntities entities;
    QString channelsFile, eventsFile, sidecarFile;  // empty where the dataset has none
    QVector<BidsChannel> channels;
    QVector<Annotation> events;  // onset, duration, trial_type (else value)
    double samplingFrequency = 0, lineFrequency = 0;
    QString reference;
    QStringList warnings;

    QStringList badChannels() const;
};

// A dataset root with its recordings.
struct BidsDataset {
    QString root, name;
    QStringList participantColumns;
    QMap<QString, QMap<QString, QString>> participants;  // by subject label (no "sub-")
    QVector<BidsRecording> recordings;
    QStringList warnings;  // dataset-level: participants.tsv, unreadable files
};

// Whether `dir` is a BIDS root (it has dataset_description.json).
bool isBidsRoot(const QString& dir);

// Reads the layout under `root`; nullopt with *error when it is no BIDS root or holds no EEG.
std::optional<BidsDataset> scanBids(const QString& root, QString* error);

}  // namespace alfee::core
