// A few mappings of joined or reaped threads are kept for the next
// pthread_create with the same layout, which then needs neither mem_map nor
// mem_protect for the guard pages (they stay protected), and finds its stack
// pages already faulted in.  The cache is bounded in entries and bytes;
// anything that does not fit is unmapped as before.
#include <cloudabi_syscalls.h>
#include <string.h>

#include "pthread_impl.h"

#define CACHE_ENTRIES 4
#define CACHE_MAX_BYTES ((size_t)24 << 20)

struct cached_map {
  void *map;
  size_t len, guard, stack;
  bool own_stack;
};

static libc_lock_t cache_lock = LIBC_LOCK_INITIALIZER;
static struct cached_map cache[CACHE_ENTRIES];
static size_t cache_count;
atomic_size_t __pthread_cached_bytes;

void *__pthread_cache_take(size_t len, size_t guard, size_t stack, bool own_stack) {
  if (atomic_load_explicit(&__pthread_cached_bytes, memory_order_relaxed) == 0)
    return NULL;
  void *map = NULL;
  libc_lock_acquire(&cache_lock);
  for (size_t i = cache_count; i-- > 0;) {
    struct cached_map *c = &cache[i];
    if (c->len == len && c->guard == guard && c->stack == stack &&
        c->own_stack == own_stack) {
      map = c->map;
      *c = cache[--cache_count];
      atomic_fetch_sub_explicit(&__pthread_cached_bytes, len, memory_order_relaxed);
      break;
    }
  }
  libc_lock_release(&cache_lock);
  return map;
}

bool __pthread_cache_put(struct __pthread *t) {
  size_t len = t->map_len;
  if (len > CACHE_MAX_BYTES)
    return false;
  struct cached_map entry = {
      .map = t->map,
      .len = len,
      .guard = t->map_guard,
      .stack = t->map_stack,
      .own_stack = t->map_own_stack,
  };
  bool stored = false;
  libc_lock_acquire(&cache_lock);
  size_t bytes = atomic_load_explicit(&__pthread_cached_bytes, memory_order_relaxed);
  if (cache_count < CACHE_ENTRIES && bytes + len <= CACHE_MAX_BYTES) {
    cache[cache_count++] = entry;
    atomic_store_explicit(&__pthread_cached_bytes, bytes + len, memory_order_relaxed);
    stored = true;
  }
  libc_lock_release(&cache_lock);
  return stored;
}

// The child of proc_fork inherits the cached mappings; only the lock may be
// held by a thread that does not exist there.
void __pthread_cache_fork_child(void) {
  libc_lock_reset(&cache_lock);
}
