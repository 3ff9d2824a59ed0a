#include <cloudabi_syscalls.h>

#include "pthread_impl.h"

void __pthread_unmap(struct __pthread *t) {
  if (t->map == NULL)
    return;  // the initial thread
  size_t len = t->map_len;
  atomic_fetch_sub_explicit(&__pthread_mapped_bytes, len, memory_order_relaxed);
  cloudabi_sys_mem_unmap(t->map, len);
}
