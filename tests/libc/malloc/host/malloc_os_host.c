// Host stand-in for libc/malloc/malloc_os.c, so the allocator can be built
// and stress-tested natively (see run.sh).  Counts system calls for tests.
#define _GNU_SOURCE
#include <sched.h>
#include <stdatomic.h>
#include <sys/mman.h>
#include <sys/random.h>

#include "malloc_os.h"

atomic_long host_maps, host_unmaps, host_mapped_bytes;

// Placement is perturbed: mappings without a hint start a pseudo-random
// number of pages into a larger one, as they might under address space
// randomisation, so nothing can depend on lucky alignment.
static atomic_ulong placement = 12345;

void *__malloc_os_map(void *hint, size_t len) {
  size_t pad = 0;
  if (hint == NULL) {
    unsigned long r = atomic_fetch_add(&placement, 0x9e3779b97f4a7c15UL);
    pad = ((r >> 20) % 64) * 4096;
  }
  char *p = mmap(hint, len + pad, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED)
    return NULL;
  if (pad != 0) {
    munmap(p, pad);
    p += pad;
  }
  atomic_fetch_add(&host_maps, 1);
  atomic_fetch_add(&host_mapped_bytes, (long)len);
  return p;
}

void __malloc_os_unmap(void *addr, size_t len) {
  atomic_fetch_add(&host_unmaps, 1);
  atomic_fetch_sub(&host_mapped_bytes, (long)len);
  munmap(addr, len);
}

void __malloc_os_decommit(void *addr, size_t len) {
  madvise(addr, len, MADV_DONTNEED);
}

void __malloc_os_yield(void) {
  sched_yield();
}

void __malloc_os_random(void *buf, size_t len) {
  getrandom(buf, len, 0);
}
