// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One reconstructed window as EDF+: each electrode's original and reconstructed trace (uV at
// 256 Hz, "Fp1" and "Fp1 rec"), with annotations naming the mask and the seconds the model
// did not see, so that EDFbrowser or MNE show what the model made of the hidden parts.

#include <QDateTime>
#include <QString>

#include "core/engine/reconstruction.h"

namespace alfee::core {

// Writes `r` to `path` through EDFlib; `start` is the wall-clock time of the window's first
// sample (invalid: 1985-01-01). False with *error naming the file.
bool writeReconstructionEdf(const ReconstructionResult& r, const QDateTime& start,
                            const QString& path, QString* error);

}  // namespace alfee::core
