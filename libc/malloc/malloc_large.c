#include <errno.h>
#include <stdint.h>
#include <string.h>

#include "malloc_impl.h"

// Allocations above MALLOC_SMALL_MAX each get a mapping: the header at its
// start, the object at least 64 bytes later (further if a larger alignment
// was asked for).  Every mapping extends at least one granule past its
// object, so the objects of two mappings never lie in the same granule and
// the object's granule alone identifies the mapping in the radix map.
//
// Freed mappings of up to CACHE_ENTRY_MAX bytes are kept, at most
// CACHE_SLOTS of them and CACHE_BYTES in all, for reuse by allocations of
// about their size; the oldest ones are unmapped first.

#define HEADER_SPACE ((size_t)64)
#define CACHE_SLOTS 32
#define CACHE_BYTES ((size_t)64 << 20)
#define CACHE_ENTRY_MAX ((size_t)16 << 20)

malloc_lock_t __malloc_large_lock = MALLOC_LOCK_INITIALIZER;

static struct malloc_large *cache[CACHE_SLOTS];  // oldest first
static unsigned cache_count;
static size_t cache_bytes;

static size_t round_page(size_t n) {
  return (n + MALLOC_PAGE_SIZE - 1) & ~(MALLOC_PAGE_SIZE - 1);
}

// Length of mapping needed for n bytes at alignment align, or 0 on overflow.
static size_t mapping_length(size_t n, size_t align) {
  size_t lead = align > HEADER_SPACE ? align : HEADER_SPACE;
  size_t body = n > MALLOC_GRANULE ? n : MALLOC_GRANULE;
  if (lead > SIZE_MAX / 4 || body > SIZE_MAX / 4)
    return 0;
  return round_page(lead + body);
}

// Best-fitting cached mapping of at least len bytes and at most twice that,
// removed from the cache; or NULL.
static struct malloc_large *cache_take(size_t len) {
  malloc_lock(&__malloc_large_lock);
  unsigned best = cache_count;
  for (unsigned i = 0; i < cache_count; ++i) {
    size_t have = cache[i]->map_bytes;
    if (have >= len && have - len <= len &&
        (best == cache_count || have < cache[best]->map_bytes))
      best = i;
  }
  struct malloc_large *m = NULL;
  if (best < cache_count) {
    m = cache[best];
    cache_bytes -= m->map_bytes;
    --cache_count;
    for (unsigned i = best; i < cache_count; ++i)
      cache[i] = cache[i + 1];
  }
  malloc_unlock(&__malloc_large_lock);
  return m;
}

static void unmap(struct malloc_large *m) {
  __malloc_os_unmap(m, m->map_bytes);
}

static void cache_put(struct malloc_large *m) {
  if (m->map_bytes > CACHE_ENTRY_MAX) {
    unmap(m);
    return;
  }
  struct malloc_large *evicted[CACHE_SLOTS];
  unsigned nevicted = 0;
  malloc_lock(&__malloc_large_lock);
  cache_bytes += m->map_bytes;
  // Evict the oldest entries while full or over the byte budget.
  while (cache_count == CACHE_SLOTS ||
         (cache_count > 0 && cache_bytes > CACHE_BYTES)) {
    cache_bytes -= cache[nevicted]->map_bytes;
    evicted[nevicted] = cache[nevicted];
    ++nevicted;
    --cache_count;
  }
  for (unsigned i = 0; i < cache_count; ++i)
    cache[i] = cache[i + nevicted];
  cache[cache_count++] = m;
  malloc_unlock(&__malloc_large_lock);
  for (unsigned i = 0; i < nevicted; ++i)
    unmap(evicted[i]);
}

// Places the object in mapping m of m->map_bytes bytes and registers it.
static void *install(struct malloc_large *m, size_t align) {
  size_t lead = align > HEADER_SPACE ? align : HEADER_SPACE;
  uintptr_t user = ((uintptr_t)m + HEADER_SPACE + lead - 1) & ~(lead - 1);
  m->user = user;
  m->check = user ^ MALLOC_LARGE_LIVE;
  if (!__malloc_map_set(user, 1, (uintptr_t)m | MALLOC_TAG_LARGE))
    return NULL;
  return (void *)user;
}

void *__malloc_large_alloc(size_t n, size_t align, bool zero) {
  size_t len = mapping_length(n, align);
  if (len == 0) {
    errno = ENOMEM;
    return NULL;
  }
  struct malloc_large *m = cache_take(len);
  bool fresh = m == NULL;
  if (fresh) {
    m = __malloc_os_map(NULL, len);
    if (m == NULL) {
      errno = ENOMEM;
      return NULL;
    }
    m->map_bytes = len;
  }
  void *p = install(m, align);
  if (p == NULL) {
    m->check = 0;
    cache_put(m);
    errno = ENOMEM;
    return NULL;
  }
  if (zero && !fresh)
    memset(p, 0, n);
  return p;
}

void __malloc_large_free(struct malloc_large *m) {
  __malloc_map_clear(m->user, 1);
  m->check = 0;
  cache_put(m);
}

size_t __malloc_large_usable(const struct malloc_large *m) {
  return m->map_bytes - (m->user - (uintptr_t)m);
}

void *__malloc_large_realloc(struct malloc_large *m, size_t n) {
  void *p = (void *)m->user;
  size_t off = m->user - (uintptr_t)m;
  size_t cap = m->map_bytes - off;
  if (n <= MALLOC_SMALL_MAX) {
    // Small enough for a size class: move there.
    void *q = __malloc_class_alloc(__malloc_class_of(n));
    if (q == NULL)
      return NULL;
    // The object may be smaller than n (a large alignment can leave a
    // mapping with less than a size class's worth after the object).
    memcpy(q, p, n < cap ? n : cap);
    __malloc_large_free(m);
    return q;
  }
  if (n <= cap) {
    // Shrink in place, unmapping the tail if that frees a quarter or more.
    size_t keep = round_page(off + (n > MALLOC_GRANULE ? n : MALLOC_GRANULE));
    if (m->map_bytes - keep >= m->map_bytes / 4) {
      __malloc_os_unmap((char *)m + keep, m->map_bytes - keep);
      m->map_bytes = keep;
    }
    return p;
  }
  if (n > SIZE_MAX / 4) {
    errno = ENOMEM;
    return NULL;
  }
  // Grow in place if the pages after the mapping are free.
  size_t extra = round_page(n - cap);
  char *end = (char *)m + m->map_bytes;
  char *got = __malloc_os_map(end, extra);
  if (got == end) {
    m->map_bytes += extra;
    return p;
  }
  if (got != NULL)
    __malloc_os_unmap(got, extra);
  // Move, leaving room to grow by half again so that a sequence of small
  // growths copies a total of only a few times the final length.
  void *q = __malloc_large_alloc(n + n / 2, 0, false);
  if (q == NULL)
    q = __malloc_large_alloc(n, 0, false);
  if (q == NULL)
    return NULL;
  memcpy(q, p, cap);
  __malloc_large_free(m);
  return q;
}
