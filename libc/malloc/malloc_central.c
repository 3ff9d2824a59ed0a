#include <errno.h>
#include <stdint.h>

#include "malloc_impl.h"

// Central per-class caches and the slow paths of the thread caches.

#define TRANSFER_MAX 64  // >= every class's transfer count

struct central {
  malloc_lock_t lock;
  uint32_t nbatches;
  struct malloc_span *partial;  // spans with at least one free slot
  struct malloc_free *batches[TRANSFER_MAX];  // each exactly `batch` long
} __attribute__((aligned(64)));

static struct central centrals[MALLOC_NCLASSES];

_Thread_local struct malloc_tcache __malloc_tcache
    __attribute__((tls_model("initial-exec")));

atomic_uintptr_t __malloc_secret;

static void init_secret(void) {
  uintptr_t s = 0;
  __malloc_os_random(&s, sizeof(s));
  s |= 1;  // never zero, even if the system gave no randomness
  uintptr_t expected = 0;
  atomic_compare_exchange_strong_explicit(&__malloc_secret, &expected, s,
                                          memory_order_relaxed,
                                          memory_order_relaxed);
}

static uintptr_t span_base(const struct malloc_span *s, unsigned c) {
  const struct malloc_class *cl = &__malloc_classes[c];
  return (uintptr_t)s + cl->header - ((uintptr_t)1 << cl->span_shift);
}

static void partial_push(struct central *cen, struct malloc_span *s) {
  s->prev = NULL;
  s->next = cen->partial;
  if (s->next != NULL)
    s->next->prev = s;
  cen->partial = s;
}

static void partial_remove(struct central *cen, struct malloc_span *s) {
  if (s->prev != NULL)
    s->prev->next = s->next;
  else
    cen->partial = s->next;
  if (s->next != NULL)
    s->next->prev = s->prev;
}

static struct malloc_span *new_span(unsigned c) {
  const struct malloc_class *cl = &__malloc_classes[c];
  size_t len = (size_t)1 << cl->span_shift;
  void *base = __malloc_span_get(cl->span_shift);
  if (base == NULL)
    return NULL;
  if (!__malloc_map_set((uintptr_t)base, len, (uintptr_t)base | (c + 1))) {
    __malloc_span_put(base, cl->span_shift);
    return NULL;
  }
  struct malloc_span *s = __malloc_span_header((uintptr_t)base, c);
  s->nfree = cl->nslots;
  s->scan = 0;
  unsigned words = (cl->nslots + 63) / 64;
  for (unsigned w = 0; w < words; ++w)
    s->free_bits[w] = ~(uint64_t)0;
  if (cl->nslots % 64 != 0)
    s->free_bits[words - 1] = ((uint64_t)1 << (cl->nslots % 64)) - 1;
  return s;
}

// Takes up to want free slots from the class's spans, creating spans as
// needed.  Returns how many were taken, as a list in *out.
static unsigned carve(struct central *cen, unsigned c, unsigned want,
                      struct malloc_free **out) {
  const struct malloc_class *cl = &__malloc_classes[c];
  struct malloc_free *head = NULL, **tail = &head;
  unsigned n = 0;
  while (n < want) {
    struct malloc_span *s = cen->partial;
    if (s == NULL) {
      s = new_span(c);
      if (s == NULL)
        break;
      partial_push(cen, s);
    }
    uintptr_t base = span_base(s, c);
    uint32_t w = s->scan;
    while (n < want && s->nfree > 0) {
      uint64_t bits = s->free_bits[w];
      if (bits == 0) {
        ++w;
        continue;
      }
      do {
        unsigned i = w * 64 + (unsigned)__builtin_ctzll(bits);
        bits &= bits - 1;
        struct malloc_free *o = (struct malloc_free *)(base + (uintptr_t)i * cl->size);
        o->key = __malloc_free_key(o);
        *tail = o;
        tail = &o->next;
        ++n;
        --s->nfree;
      } while (bits != 0 && n < want);
      s->free_bits[w] = bits;
    }
    s->scan = w;
    if (s->nfree == 0)
      partial_remove(cen, s);
  }
  *tail = NULL;
  *out = head;
  return n;
}

// Marks object o free in its span.  Spans that become entirely free are
// unlinked and chained onto *empty for the caller to release.
static void return_to_span(struct central *cen, unsigned c,
                           struct malloc_free *o, struct malloc_span **empty) {
  const struct malloc_class *cl = &__malloc_classes[c];
  uintptr_t e = __malloc_map_lookup(o);
  if ((e & MALLOC_TAG_MASK) != c + 1)
    __malloc_corrupted(o);  // a cached list was overwritten
  uintptr_t base = e & ~MALLOC_TAG_MASK;
  uint32_t i = __malloc_slot_index(c, (uint32_t)((uintptr_t)o - base));
  if (i >= cl->nslots)
    __malloc_corrupted(o);
  struct malloc_span *s = __malloc_span_header(base, c);
  uint64_t bit = (uint64_t)1 << (i % 64);
  if (s->free_bits[i / 64] & bit)
    __malloc_double_free(o);
  s->free_bits[i / 64] |= bit;
  if (i / 64 < s->scan)
    s->scan = i / 64;
  if (s->nfree++ == 0)
    partial_push(cen, s);
  if (s->nfree == cl->nslots) {
    partial_remove(cen, s);
    s->next = *empty;
    *empty = s;
  }
}

// Gives a list of n objects of class c back to the central cache.
static void central_put(unsigned c, struct malloc_free *head, unsigned n) {
  const struct malloc_class *cl = &__malloc_classes[c];
  struct central *cen = &centrals[c];
  struct malloc_span *empty = NULL;
  malloc_lock(&cen->lock);
  if (n == cl->batch && cen->nbatches < cl->transfer) {
    cen->batches[cen->nbatches++] = head;
    malloc_unlock(&cen->lock);
    return;
  }
  while (head != NULL) {
    struct malloc_free *next = head->next;
    return_to_span(cen, c, head, &empty);
    head = next;
  }
  malloc_unlock(&cen->lock);
  while (empty != NULL) {
    struct malloc_span *s = empty;
    empty = s->next;
    uintptr_t base = span_base(s, c);
    __malloc_map_clear(base, (size_t)1 << cl->span_shift);
    __malloc_span_put((void *)base, cl->span_shift);
  }
}

void *__malloc_refill(unsigned c) {
  struct malloc_tcache *tc = &__malloc_tcache;
  struct central *cen = &centrals[c];
  if (atomic_load_explicit(&__malloc_secret, memory_order_relaxed) == 0)
    init_secret();
  struct malloc_free *head;
  unsigned n;
  malloc_lock(&cen->lock);
  if (tc->closed) {
    n = carve(cen, c, 1, &head);
  } else if (cen->nbatches > 0) {
    head = cen->batches[--cen->nbatches];
    n = __malloc_classes[c].batch;
  } else {
    n = carve(cen, c, __malloc_classes[c].batch, &head);
  }
  malloc_unlock(&cen->lock);
  if (n == 0) {
    errno = ENOMEM;
    return NULL;
  }
  if (!tc->closed) {
    struct malloc_bin *b = &tc->bins[c];
    b->head = head->next;
    b->count = n - 1;
  }
  head->key = 0;
  return head;
}

void __malloc_overflow(void *p, unsigned c) {
  struct malloc_tcache *tc = &__malloc_tcache;
  struct malloc_free *o = p;
  o->key = __malloc_free_key(o);
  if (tc->closed) {
    o->next = NULL;
    central_put(c, o, 1);
    return;
  }
  // Hand the most recently freed batch to the central cache.
  struct malloc_bin *b = &tc->bins[c];
  unsigned batch = __malloc_classes[c].batch;
  struct malloc_free *head = b->head, *last = head;
  for (unsigned i = 1; i < batch; ++i)
    last = last->next;
  b->head = last->next;
  b->count -= batch;
  last->next = NULL;
  central_put(c, head, batch);
  o->next = b->head;
  b->head = o;
  b->count++;
}

void __malloc_thread_exit(void) {
  struct malloc_tcache *tc = &__malloc_tcache;
  if (tc->closed)
    return;
  tc->closed = true;
  for (unsigned c = 0; c < MALLOC_NCLASSES; ++c) {
    struct malloc_bin *b = &tc->bins[c];
    unsigned batch = __malloc_classes[c].batch;
    while (b->head != NULL) {
      struct malloc_free *head = b->head, *last = head;
      unsigned n = 1;
      while (n < batch && last->next != NULL) {
        last = last->next;
        ++n;
      }
      b->head = last->next;
      last->next = NULL;
      central_put(c, head, n);
    }
    b->count = MALLOC_BIN_CLOSED;
  }
}

// Lock order: a central lock, then the span lock, then the map lock; the
// large-allocation lock is never held together with another.
void __malloc_fork_prepare(void) {
  for (unsigned c = 0; c < MALLOC_NCLASSES; ++c)
    malloc_lock(&centrals[c].lock);
  malloc_lock(&__malloc_span_lock);
  malloc_lock(&__malloc_large_lock);
  malloc_lock(&__malloc_map_lock);
}

void __malloc_fork_parent(void) {
  malloc_unlock(&__malloc_map_lock);
  malloc_unlock(&__malloc_large_lock);
  malloc_unlock(&__malloc_span_lock);
  for (unsigned c = 0; c < MALLOC_NCLASSES; ++c)
    malloc_unlock(&centrals[c].lock);
}

void __malloc_fork_child(void) {
  // Only the forking thread exists in the child; the caches of the others
  // are lost (leaked), which is harmless.
  __malloc_fork_parent();
}
