// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A trial read of a file through libbiosig in a child process (trial_read.h): BioSig 2.5
// segfaults in sread on some damaged GDF files (found by fuzz/). The child opens the file,
// reads its events and every sample the way BiosigSource does.

#include <QString>

namespace alfee::core {

// True when the child read the file to the end, or when BioSig merely refused it (the
// in-process open then says why); false with *why when BioSig crashed, exited or hung on it.
bool biosigSurvivesTrialRead(const QString& path, QString* why);

}  // namespace alfee::core
