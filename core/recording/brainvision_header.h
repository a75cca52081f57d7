// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a BrainVision header (.vhdr) says about its data file, checked against the file itself:
// BioSig trusts the header's sample count, so a data file shorter than promised was described
// with the promised samples and then refused at the first read.

#include <QString>
#include <optional>

namespace alfee::core {

// The number of whole sample points (all channels) the binary data file named by `vhdrPath`
// holds; nullopt where the header does not say enough to know (ASCII data, an unknown binary
// format, no channel count) or the data file cannot be found.
std::optional<qint64> brainVisionDataPoints(const QString& vhdrPath);

}  // namespace alfee::core
