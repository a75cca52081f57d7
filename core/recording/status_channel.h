// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Trigger channels of EDF and BDF files ("Status" of BioSemi, "Trigger"): each sample's code is
// its low 16 bits (BioSemi keeps its status bits, CMS in range and battery, above them), and
// events are the onsets of codes, as MNE's find_events finds them.

#include <QVector>

#include "core/recording/recording_info.h"

namespace alfee::core {

// The data signal that holds triggers, or -1: a label "Status" or "Trigger" (any case), as MNE's
// stim_channel='auto' picks it.
int triggerSignalIndex(const RecordingInfo& info);

inline qint32 triggerCode(qint32 digital) {
    return digital & 0xFFFF;
}

// A code's onset: a sample where the code rises to a larger value (MNE's find_events with
// consecutive='increasing'; the first sample's code is no event, as with initial_event=False).
struct TriggerOnset {
    qint64 sample = 0;
    qint32 code = 0;
    qint64 samples = 0;  // how long the code lasts
};
QVector<TriggerOnset> triggerOnsets(const QVector<qint32>& codes);

// Recording time of sample `k` of a signal with `samplesPerRecord` (EDF+D records at their
// segments' onsets).
double sampleSeconds(const RecordingInfo& info, qint64 samplesPerRecord, qint64 k);

}  // namespace alfee::core
