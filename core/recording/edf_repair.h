// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes a compliant EDF+/BDF+ copy of a recording through EDFlib (`alfee repair`).

#include <QStringList>

#include "core/recording/recording.h"

namespace alfee::core {

// Copies every data signal (digital values unchanged) and every annotation to `outPath`; an
// EDF+D file with real gaps becomes one file per segment (`name_seg1.edf`, ...), since EDFlib
// writes only continuous files. The source file is never written. Each written file is opened
// again with EDFlib to prove that it is accepted. `added` annotations (onsets from the
// recording's first sample) are written beside the recording's own.
bool repairRecording(const Recording& recording, const QString& outPath, QStringList* written,
                     QString* error, const QVector<Annotation>& added = {});
// The same copy with `annotations` in place of the file's own (the workspace's edited ones).
bool copyWithAnnotations(const Recording& recording, QVector<Annotation> annotations,
                         const QString& outPath, QStringList* written, QString* error);

}  // namespace alfee::core
