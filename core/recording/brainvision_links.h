// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// BioSig 2.5 reads a BrainVision recording's samples from <header's own name>.<extension of
// DataFile=>, not from the file DataFile= names: a renamed or copied .vhdr ("copy.vhdr" naming
// "Subject00_2.eeg") had it open "copy.eeg", which is not there, and take a sample count from
// memory it never set (0 records in one run, a number in the next). Such a header is given to
// BioSig through a private folder of links named the way BioSig looks for them.

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace alfee::core {

// The channel an amplifier export (.ahdr) holds beyond the ones it names; dropped after reading.
inline constexpr char kAhdrChannel[] = "AHDR_CHANNEL";

// The path to hand BioSig for `path`. Itself, unless `path` is a BrainVision header whose name
// differs from its data file's, or an amplifier export's .ahdr (a translated .vhdr then): then a
// link in *links (made here, to be kept while BioSig has the files open) beside links to its data
// and marker files. Empty with *why when the header names a data file that is not there, or no link
// could be made.
QString biosigReadablePath(const QString& path, std::unique_ptr<QTemporaryDir>* links,
                           QString* why);

}  // namespace alfee::core
