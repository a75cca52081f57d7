#pragma once
// A trial read of a file through libbiosig in a child process. BioSig 2.5 crashes (segfaults,
// asserts) or calls exit() on some damaged files of the very formats it reads, as found by
// fuzz/ (a GDF whose sread segfaults); a crash in-process would take the application, and any
// work not yet saved, with it. The child opens the file, reads its events and every sample the
// way BiosigSource does; a file that kills it or makes it exit is refused.

#include <QString>

namespace alfee::core {

// True when the child read the file to the end, or when BioSig merely refused it (the
// in-process open then says why); false with *why when BioSig crashed, exited or hung on it.
bool biosigSurvivesTrialRead(const QString& path, QString* why);

}  // namespace alfee::core
