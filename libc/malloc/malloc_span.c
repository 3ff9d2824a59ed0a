#include <stdint.h>

#include "malloc_impl.h"

// Spans come from the system as granule-aligned mappings of their own and go
// back to a small cache when they become empty.  The cache keeps at most
// RETAIN_BYTES of spans (their memory still committed, so a class that
// empties and refills a span repeatedly costs no system calls); spans freed
// beyond that are unmapped.

#define SPAN_SHIFT_MIN 16
#define SPAN_SHIFT_MAX 22
#define RETAIN_BYTES ((size_t)16 << 20)
#define RETAIN_SLOTS 128

malloc_lock_t __malloc_span_lock = MALLOC_LOCK_INITIALIZER;

static struct {
  void *base[RETAIN_SLOTS];
  unsigned count;
} cache[SPAN_SHIFT_MAX - SPAN_SHIFT_MIN + 1];
static size_t retained;

// Where the next mapping would be both free and aligned if the system keeps
// placing mappings downwards from the previous one, as Linux does.  Only a
// hint: a wrong guess costs one extra mapping attempt.
static _Atomic uintptr_t next_hint;

static void *map_aligned(size_t len) {
  uintptr_t hint = atomic_load_explicit(&next_hint, memory_order_relaxed);
  if (hint < len)
    hint = 0;
  else
    hint -= len;
  char *p = __malloc_os_map((void *)hint, len);
  if (p == NULL)
    return NULL;
  if (((uintptr_t)p & (MALLOC_GRANULE - 1)) != 0) {
    // Map enough to contain an aligned range and cut off the rest.
    __malloc_os_unmap(p, len);
    size_t slack = MALLOC_GRANULE - MALLOC_PAGE_SIZE;
    p = __malloc_os_map(NULL, len + slack);
    if (p == NULL)
      return NULL;
    size_t head = -(uintptr_t)p & (MALLOC_GRANULE - 1);
    if (head != 0)
      __malloc_os_unmap(p, head);
    if (head != slack)
      __malloc_os_unmap(p + head + len, slack - head);
    p += head;
  }
  atomic_store_explicit(&next_hint, (uintptr_t)p, memory_order_relaxed);
  return p;
}

void *__malloc_span_get(unsigned span_shift) {
  unsigned i = span_shift - SPAN_SHIFT_MIN;
  malloc_lock(&__malloc_span_lock);
  if (cache[i].count > 0) {
    void *base = cache[i].base[--cache[i].count];
    retained -= (size_t)1 << span_shift;
    malloc_unlock(&__malloc_span_lock);
    return base;
  }
  malloc_unlock(&__malloc_span_lock);
  return map_aligned((size_t)1 << span_shift);
}

void __malloc_span_put(void *base, unsigned span_shift) {
  unsigned i = span_shift - SPAN_SHIFT_MIN;
  size_t len = (size_t)1 << span_shift;
  malloc_lock(&__malloc_span_lock);
  if (cache[i].count < RETAIN_SLOTS && retained + len <= RETAIN_BYTES) {
    cache[i].base[cache[i].count++] = base;
    retained += len;
    malloc_unlock(&__malloc_span_lock);
    return;
  }
  malloc_unlock(&__malloc_span_lock);
  __malloc_os_unmap(base, len);
}
