#include <cloudabi_syscalls.h>

#include "pthread_impl.h"

// Called once the thread no longer runs on its mapping: the mapping goes to
// the reuse cache, or back to the system if the cache is full.
void __pthread_unmap(struct __pthread *t) {
  if (t->map == NULL)
    return;  // the initial thread
  size_t len = t->map_len;
  void *map = t->map;
  atomic_fetch_sub_explicit(&__pthread_mapped_bytes, len, memory_order_relaxed);
  if (!__pthread_cache_put(t))
    cloudabi_sys_mem_unmap(map, len);
}
