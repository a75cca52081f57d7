// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// BrainVision's text files (.vhdr/.ahdr headers, .vmrk/.amrk marker files) as their sections of
// "key=value" lines.

#include <QHash>
#include <QPair>
#include <QString>
#include <QVector>
#include <optional>

namespace alfee::core {

// The sections of a BrainVision text file, decoded by its Codepage (UTF-8; ANSI and files that
// are not valid UTF-8 as Latin-1, as MNE falls back), names of sections and keys in lower case,
// lines in file order; the free text after [Comment] is left out.
struct BrainVisionIni {
    QString firstLine;  // the identification line ("Brain Vision Data Exchange Header File ...")
    QHash<QString, QVector<QPair<QString, QString>>> sections;

    QString value(const QString& section, const QString& key, const QString& fallback = {}) const;
    bool has(const QString& section, const QString& key) const;
};

// Null with *why when the file cannot be read.
std::optional<BrainVisionIni> readBrainVisionIni(const QString& path, QString* why);

// The header's [Common Infos] (NeurOne writes [Common infos]: lower case covers both).
inline constexpr char kBvCommon[] = "common infos";

// The version (1 or 2) of a header's or marker file's identification line as MNE accepts them
// ("Brain Vision Data Exchange Header File Version 1.0", "BrainVision Core Data ...", V-Amp);
// 0 for another line. `kind` is "Header" or "Marker".
int brainVisionVersion(const QString& firstLine, const QString& kind);

// Bytes a sample of BinaryFormat takes (INT_16, UINT_16, INT_32, UINT_32, IEEE_FLOAT_32,
// IEEE_FLOAT_64); 0 for another format.
int brainVisionSampleBytes(const QString& binaryFormat);

}  // namespace alfee::core
