// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which files are recordings: EDF, BDF, BrainVision (through its .vhdr or .ahdr header), Neuroscan
// CNT and FIF always, with BioSig in the build GDF and BCI2000 .dat, with libmatio EEGLAB datasets
// (.set, with its .fdt), with libxdf XDF.

#include <QString>
#include <QStringList>

namespace alfee::core {

// Whether this build reads formats through BioSig.
bool haveBiosig();
// Whether this build reads XDF (Lab Streaming Layer) recordings, through libxdf.
bool haveXdf();
bool isXdfFileName(const QString& path);
// Whether this build reads EEGLAB datasets (through libmatio).
bool haveEeglab();
// The formats this build reads, for messages ("EDF, BDF, GDF, ...").
QString readableFormats();

// Lower-case endings of the files a folder import takes as recordings.
QStringList recordingSuffixes();
bool isRecordingFileName(const QString& path);

// The patterns of a file dialog's filter ("*.edf *.EDF *.bdf ...").
QString recordingFilePatterns();

// The files that hold a recording: `path`, and for a BrainVision header the data and marker
// files it names, for an EEGLAB .set its .fdt, for a split FIF recording its later parts (they
// take part in its content hash).
QStringList recordingFileSet(const QString& path);
// Their bytes together (what a header's sample count must fit in).
qint64 recordingFileBytes(const QString& path);

// Why a file found in a folder is not imported, from its name.
QString notARecordingReason(const QString& path);
// What to do with a file of a format other programs write and this one does not read (an
// EEGLAB .set, an MNE .fif): export it as EDF or BDF. Empty for other files.
QString otherFormatHint(const QString& path);
// Whether this is a FIF raw file (.fif; MNE-Python, Elekta/MEGIN).
bool isFifFileName(const QString& path);
// Whether this is a Neuroscan .cnt (read by the CNT reader, BioSig for variants it does not know).
bool isCntFileName(const QString& path);
// Whether this is a BrainVision header (.vhdr, or an amplifier export's .ahdr).
bool isBrainVisionFileName(const QString& path);
// Whether this is an EEGLAB dataset's .set and this build reads it.
bool isEeglabFileName(const QString& path);
// Whether BioSig is the reader meant for this file name (GDF, CNT, BCI2000).
bool isBiosigFileName(const QString& path);

}  // namespace alfee::core
