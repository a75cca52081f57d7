#pragma once
// sopen of libbiosig with its header buffer zeroed. BioSig 2.5's sopen reads the first 4 KiB of
// a file into a fresh malloc(4097) buffer and its file-type checks then compare bytes past what
// a short file (a BrainVision .vhdr) filled (valgrind: bcmp in sopen_extended, on that block):
// bytes the heap left there. Both allocators the programs use hand sopen a zeroed block here:
// glibc through M_PERTURB for the call (a request that large never comes from its per-thread
// cache, and every other path fills the block), jemalloc by a zeroed block of that size class
// freed just before (its per-thread cache hands the same block back next).

#include <biosig.h>

namespace alfee::core {

// sopen(name, "r", hdr) with every byte of its header buffer defined.
HDRTYPE* biosigOpenZeroed(const char* name, HDRTYPE* hdr);
// The same without the lock that keeps two threads' opens apart: for a forked child, which has
// one thread and must take no lock its parent may have held at the fork.
HDRTYPE* biosigOpenZeroedInChild(const char* name, HDRTYPE* hdr);

}  // namespace alfee::core
