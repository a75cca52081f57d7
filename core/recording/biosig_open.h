#pragma once
// sopen of libbiosig with its header buffer zeroed. BioSig 2.5's sopen reads the first 4 KiB of
// a file into a fresh malloc(4097) buffer and then compares bytes past what a short file (a
// BrainVision .vhdr) filled (valgrind: bcmp in sopen_extended, on a heap block it allocated):
// those bytes are whatever the heap held there before, and with some heap layouts a BrainVision
// header opens with no samples. Both allocators the programs use are made to hand sopen a zeroed
// block: glibc through M_PERTURB for the call (a request that large never comes from its
// per-thread cache, and every other path fills the block), jemalloc by freeing a zeroed block of
// that size class just before (its per-thread cache hands the same block back next).

#include <biosig.h>

namespace alfee::core {

// sopen(name, "r", hdr) with every byte of its header buffer defined.
HDRTYPE* biosigOpenZeroed(const char* name, HDRTYPE* hdr);
// The same without the lock that keeps two threads' opens apart: for a forked child, which has
// one thread and must take no lock its parent may have held at the fork.
HDRTYPE* biosigOpenZeroedInChild(const char* name, HDRTYPE* hdr);

}  // namespace alfee::core
