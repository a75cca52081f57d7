#include "core/recording/biosig_open.h"

#include <malloc.h>

#include <cstdlib>
#include <mutex>

namespace alfee::core {
namespace {

constexpr size_t kHeaderBuffer = 4097;  // BioSig 2.5: PAGESIZE + 1
constexpr int kZeroFill = 0xff;         // M_PERTURB fills new blocks with its complement: 0

std::mutex perturbMutex;  // M_PERTURB is process-wide: one open at a time sets and resets it
}  // namespace

HDRTYPE* biosigOpenZeroed(const char* name, HDRTYPE* hdr) {
    std::lock_guard<std::mutex> lock(perturbMutex);
    return biosigOpenZeroedInChild(name, hdr);
}

HDRTYPE* biosigOpenZeroedInChild(const char* name, HDRTYPE* hdr) {
    std::free(std::calloc(1, kHeaderBuffer));
    mallopt(M_PERTURB, kZeroFill);
    HDRTYPE* opened = sopen(name, "r", hdr);
    mallopt(M_PERTURB, 0);
    return opened;
}

}  // namespace alfee::core
