// Host stand-in for libc/malloc/malloc_os.c, so the allocator can be built
// and stress-tested natively (see run.sh).  Counts system calls for tests.
#define _GNU_SOURCE
#include <sched.h>
#include <stdatomic.h>
#include <sys/mman.h>
#include <sys/random.h>

#include "malloc_os.h"

atomic_long host_maps, host_unmaps, host_mapped_bytes;

void *__malloc_os_map(void *hint, size_t len) {
  void *p = mmap(hint, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                 -1, 0);
  if (p == MAP_FAILED)
    return NULL;
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
