// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Checks made before a file goes to libbiosig: BioSig 2.5 crashes on some damaged headers
// (a GDF with no channels, for one), and a crash would take the application with it. What is
// checked here is the part of each header that BioSig trusts when it allocates and seeks.

#include <QString>

namespace alfee::core {

// False with *why (plain words) when the file must not be handed to BioSig: not one of the
// formats read through it (GDF, BrainVision, Neuroscan CNT, BCI2000) by its signature, or a GDF
// header that BioSig would trust into a crash.
bool biosigMayOpen(const QString& path, QString* why);

}  // namespace alfee::core
