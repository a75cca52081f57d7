// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A recording's annotations (as the workspace keeps them, edited or not) written for other
// tools, by the file name's ending:
//   .csv          onset_s, duration_s, description, channels (a spreadsheet's columns; channels
//                 joined by ';', empty for all)
//   .txt          MNE's annotation text ("# MNE-Annotations"; mne.read_annotations reads it,
//                 ch_names included)
//   .tsv          BIDS events.tsv: onset, duration ("n/a" without one), trial_type, channels,
//                 with the events.json beside it that describes trial_type and channels
//   .edf / .bdf   a copy of the recording through EDFlib, samples untouched, with these
//                 annotations in place of the file's own (EDF+ has no channels: only the text)

#include <QStringList>
#include <QVector>

#include "core/recording/recording_info.h"

namespace alfee::core {

// Writes `annotations` of the recording at `recording` to `path`; *written lists the files
// (an EDF+D copy with gaps is one file per segment). False with *error naming the file.
bool exportAnnotations(const QString& recording, const QVector<Annotation>& annotations,
                       const QString& path, QStringList* written, QString* error);

// The endings exportAnnotations() takes, for a file dialog's filter.
QString annotationExportFilter();

}  // namespace alfee::core
