// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The links between the parts of a split FIF recording (MNE writes one of 2 GB or more as parts
// that each name the next and the one before), read from the tag headers alone: the data
// buffers are skipped, so a 2 GB part costs a few hundred small reads.

#include <QString>
#include <QStringList>

namespace alfee::core {

// A FIF file's references to the other parts of its recording.
struct FifLinks {
    QString next;           // the next part's file name as the file says it; empty: the last
    qint32 nextNumber = 0;  // or only its number (older writers)
    bool continuesAnother = false;  // the file names a part before it: not a recording's start
};

// The links of `path` (none for a file that is not FIF, cannot be read, or is gzipped).
FifLinks readFifLinks(const QString& path);

// The file a part continues in, as MNE finds it: the name the part gives, or the part's own
// name with the number ("rec_raw.fif", 1 -> "rec_raw-1.fif"); empty when there is none.
QString nextFifPartName(const QString& current, const FifLinks& links);

// The parts after `path` that exist beside it, in order (not `path` itself).
QStringList laterFifParts(const QString& path);

}  // namespace alfee::core
