#include "malloctuning.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace tillsyn {

void MallocTuning::apply()
{
#if defined(__GLIBC__)
    constexpr int kMmapThreshold = 32 * 1024 * 1024;
    mallopt(M_MMAP_THRESHOLD, kMmapThreshold);
    mallopt(M_TRIM_THRESHOLD, 2 * kMmapThreshold);
#endif
}

} // namespace tillsyn
